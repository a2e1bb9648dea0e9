# Integer arithmetic: floor division and modulo signs, powers, big values, mixed ops.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (2, -2, 3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b), a / b, -a // b, a * b, a - b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 10 ** 20, (-3) ** 0)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(2, 100, 1000000007))
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(5, 0))
show(lambda: 5 / 0)
show(lambda: pow(2, -1, 4))
show(lambda: pow(2, 3, 0))
show(lambda: 0 ** -1)
show(lambda: pow(2.0, 3, 5))
print(2 ** 64 - 1, -(2 ** 63), (2 ** 64) // 3, (2 ** 64) % 1000, -(2 ** 100) // 7)
print(10 ** 30 // 10 ** 15, 10 ** 30 % 999999937, abs(-10 ** 25))
big = 1
for i in range(1, 40):
    big *= i
print(big, big.bit_length(), big % 1000003, str(big)[:10], len(str(big)))
print(1 + True, True + True, True * 10, False - 1, -True, ~True, ~0, ~-1, ~5)
print(+5, -(-5), --5, 3 - -3)
print(7 // 2 * 2 + 7 % 2, (-7) // 2 * 2 + (-7) % 2)
print(1_000_000 + 0x_ff + 0o17 + 0b1010, 0xDEADBEEF, 0o777, 0b1111_0000)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0xF; print(x)
x ^= 0b101; print(x)
show(lambda: 1 + "a")
show(lambda: "a" - 1)
show(lambda: 3 * None)
show(lambda: [] // 2)
show(lambda: -"x")
show(lambda: ~1.5)
print(int.__add__(3, 4), int.__sub__(3, 4), (3).__mul__(2.0), (3).__rtruediv__(6))
