# Float arithmetic: division, floor division and modulo signs, powers, comparisons with ints, errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for a in (7.5, -7.5, 0.0, 3.0):
    for b in (2.0, -2.0, 0.5, 3):
        print(a, b, a / b, a // b, a % b, divmod(a, b), a ** 2, a * b)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: (-8.0) ** (1 / 3))
show(lambda: 10.0 ** 400)
show(lambda: 2 ** 10000.0)
show(lambda: pow(2.0, 2, 3))
print((-1.0) ** 0.5 == complex(0, 1) or "complex", type((-1.0) ** 0.5).__name__)
print(-7.0 % 3, 7.0 % -3, -0.0 % 5, 5 % -0.5, 1e300 % 7)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -2, 2.0 ** -1074, 0.0 ** 0)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf * 0, inf / inf, -inf, inf > 1e308, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, -inf < inf, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > inf, -10 ** 400 < -1e308)
print(0.1 + 0.2 == 0.3, 1 < 1.5 < 2, 3 == 3.0000000000000001, hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf))
print(abs(-2.5), abs(-0.0), -(0.0), max(0.0, -0.0), min(-0.0, 0.0), 1.0.__truediv__(4), (2.0).__rpow__(3))
x = 1.0
for i in range(20):
    x = x * 1.5 - 0.25
print(x)
x = 10.0
x /= 4; print(x)
x //= 0.3; print(x)
x %= 2.5; print(x)
x **= 2; print(x)
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate(), (2.5).is_integer(), (2.0).is_integer())
print(int(1e20), int(-1.9999), int(2.5e-3), float.fromhex("0x1.8p1"), (3.75).hex(), float.fromhex("-0x1p-1074"))
print((0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (1e100).as_integer_ratio()[1])
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
show(lambda: float.fromhex("0x1p99999"))
show(lambda: float.fromhex("zz"))
