# Mixed int/float arithmetic: exact comparisons of huge ints with floats, true division rounding, conversions.
big = 2 ** 53
print(big + 1 == float(big + 1), float(big + 1), big + 1 > float(big), int(float(big + 1)), float(2 ** 63), float(-(2 ** 63)))
print(10 ** 16 / 3, 10 ** 30 / 10 ** 15, (10 ** 400) // (10 ** 399), 1 / 3, 2 / 3, -7 / 2, 7 / -2, 10 ** 20 / 7)
print(2 ** 1000 / 2 ** 999, (2 ** 1000 + 1) / 2 ** 1000, (10 ** 300) / (10 ** 299 + 1), 1 / 10 ** 300)
print(int(1e15), int(1.5e16), int(-2.9), int(2.9), round(2.675, 2), round(-1.5), round(1.5), round(10 ** 20 + 0.5))
print(1 == 1.0, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 1024 > 1.7976931348623157e308, 2 ** 1024 > float("inf"), -(2 ** 1024) < -1e308)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") == 10 ** 1000, 0.0 == 0, -0.0 == 0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([2, 1.5, 1, 0.5, True]), sum([1, 0.5, 2 ** 60]))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(0.1), 3 * 0.1, 0.1 * 3, 7 // 2.0, 7 % 2.5, -7 // 2.0, divmod(7, -2.0))
print(pow(2, 0.5), pow(2.0, 3), 4 ** -0.5, (-8) ** 3, type(2 ** -1).__name__, type(2 ** 2).__name__, 10 ** -1)
for n in (0, 1, -1, 12345678901234567890, 2 ** 64):
    print(n, float(n), n * 1.0 == n, n.__float__() if hasattr(n, "__float__") else "", (n + 0.5) - n)
print((1).__truediv__(2), (1).__rtruediv__(2), (1.5).__floordiv__(1), (5).__mod__(2.0), (5).__radd__(1.0))
print(int.__truediv__(1, 0.5), float.__add__(1.0, 2), float.__add__(1.0, "x"))
