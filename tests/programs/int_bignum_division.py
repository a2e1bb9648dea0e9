# Big-integer arithmetic: multi-limb division and modulo with every sign, huge powers, conversions, and identities.
a = 3 ** 1000
b = 7 ** 300
q, r = divmod(a, b)
print(q % 10 ** 30, r % 10 ** 30, q * b + r == a, 0 <= r < b, len(str(q)), len(str(r)))
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (b, a), (a, 1), (a, -1), (a, a), (a, a + 1), (-a, a + 1)):
    q, r = divmod(x, y)
    print(q % 1000003, r % 1000003, q * y + r == x, (r == 0) or ((r < 0) == (y < 0)), x // y == q, x % y == r)
n = 2 ** 10000
print(len(str(n)), str(n)[:20], str(n)[-20:], n.bit_length(), (n - 1).bit_count(), hex(n)[:10], len(hex(n)))
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 2 ** 100, 2 ** 127 - 1), pow(10 ** 50 + 3, -1, 2 ** 89 - 1) * (10 ** 50 + 3) % (2 ** 89 - 1))
fact = 1
for i in range(1, 301):
    fact *= i
print(fact % (10 ** 40), fact // 10 ** 600, sum(int(d) for d in str(fact)), len(str(fact)) - len(str(fact).rstrip("0")))
fib_a, fib_b = 0, 1
for _ in range(2000):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(len(str(fib_a)), fib_a % 10 ** 15, fib_b * fib_b - fib_a * fib_b - fib_a * fib_a)
m = (1 << 521) - 1
print(m % 1000000007, pow(3, m - 1, m) == 1, (m * m) >> 1000, (-m) >> 500, (-m) % (1 << 100) == (1 << 100) - (m % (1 << 100)))
x = 12345678901234567890123456789
print(x * x, x ** 3 // x ** 2 == x, -x // 7, -x % 7, x // -7, x % -7, abs(-x), -(-x) == x, x & (x >> 13), x | -x, x ^ (x << 1))
print(int("9" * 1000) + 1 == 10 ** 1000, (10 ** 1000 - 1) // 9 == int("1" * 1000), round(10 ** 50 + 5, -1), round(-(10 ** 20) - 5, -1))
print(10 ** 40 / 10 ** 20, (10 ** 400) // 3 % 10, float(10 ** 300 // 7), (2 ** 2000) / (2 ** 1990), int(float(2 ** 80)))
