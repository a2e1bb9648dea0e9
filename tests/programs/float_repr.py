# Float repr and str: shortest round-trip digits, exponents, signed zeros, specials.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.00001234, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 1e23, 9007199254740993.0, 0.3, 2.5, 1.1 * 3]
for v in values:
    print(repr(v), str(v), v.hex())
print(float("1e500"), float("-1e500"), float("1e-500"), -float("1e-500"))
for text in ("3.14", "  -2.5e3 ", "1_000.5", "inf", "-Infinity", "nAn", "+0.0", ".5", "5.", "1E5", "0x1p3"):
    try:
        print(text.strip(), float(text))
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "abc", "1.2.3", "1__0.0", "_1.0", "1e", "--1", None, [1]):
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([round(x, 2) for x in (0.125, 0.135, 2.675, -0.5, 1.005)])
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.14159, 3), round(1234.5, -2), round(1e300, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(-0.0, 1), round(7.0, -1))
print(float(10 ** 20), float(2 ** 53 + 1), float(-(10 ** 30)), float(True))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, float("inf") - float("inf"))
print([x / 10 for x in range(11)])
print(sum([0.1] * 10), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
