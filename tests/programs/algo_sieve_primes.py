# Number theory: sieve of Eratosthenes, factorisation, gcd/lcm by hand, modular inverse, Miller-Rabin.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
def factorize(n):
    factors, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in (360, 97, 1001, 2 ** 20 - 1, 600851475143, 10 ** 12 + 39):
    print(n, factorize(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(1071, 462), gcd(-12, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm 1..20", acc)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), pow(17, -1, 3120), egcd(17, 3120)[1] % 3120)
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(10 ** 9, 10 ** 9 + 100) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(170141183460469231731687303715884105727))
totients = [sum(1 for k in range(1, n + 1) if gcd(n, k) == 1) for n in range(1, 25)]
print(totients)
