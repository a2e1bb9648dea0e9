# The arithmetic errors of the number types: ZeroDivisionError, OverflowError and ValueError
# from division, modulo, divmod(), powers and shifts (3.14 words every division by zero
# "division by zero"), across int, bool, float, complex and an int subclass.
class MyInt(int):
    pass

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e) + " " + repr(e.args)
    return "= " + type(r).__name__ + " " + repr(r)

NUMBERS = [("int", 7), ("bool", True), ("float", 2.5), ("complex", 1 + 2j), ("MyInt", MyInt(7)),
           ("big", 10 ** 400), ("negative", -3)]
ZEROS = [("0", 0), ("False", False), ("0.0", 0.0), ("-0.0", -0.0), ("0j", 0j), ("MyInt0", MyInt(0))]

for name, x in NUMBERS:
    for zname, zero in ZEROS:
        print(name, "/", zname, outcome(lambda: x / zero))
        print(name, "//", zname, outcome(lambda: x // zero))
        print(name, "%", zname, outcome(lambda: x % zero))
        print("divmod", name, zname, outcome(lambda: divmod(x, zero)))
        print(zname, "**", name, outcome(lambda: zero ** -x if name != "big" else zero ** -1))
        print(zname, "** -", name, outcome(lambda: zero ** (-abs(x) if name != "complex" else x)))

CASES = [
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("pow(2.0, 10000)", lambda: pow(2.0, 10000)),
    ("1e300 ** 2", lambda: 1e300 ** 2),
    ("(-1e300) ** 3", lambda: (-1e300) ** 3),
    ("10 ** 400.0", lambda: 10 ** 400.0),
    ("(1+1j) ** 10000", lambda: (1 + 1j) ** 10000),
    ("1e300j ** 2", lambda: (1e300j) ** 2),
    ("(-8) ** 0.5", lambda: (-8) ** 0.5),
    ("(-8.0) ** (1/3)", lambda: (-8.0) ** (1 / 3)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1.5", lambda: 0 ** -1.5),
    ("0j ** -1", lambda: 0j ** -1),
    ("0j ** 1j", lambda: 0j ** 1j),
    ("0j ** (1+1j)", lambda: 0j ** (1 + 1j)),
    ("pow(0, -1, 5)", lambda: pow(0, -1, 5)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("pow(2, 3, -5)", lambda: pow(2, 3, -5)),
    ("pow(3, -1, 7)", lambda: pow(3, -1, 7)),
    ("10 ** 400 / 3", lambda: 10 ** 400 / 3),
    ("10 ** 400 / 10 ** 399", lambda: 10 ** 400 / 10 ** 399),
    ("1 / 10 ** 400", lambda: 1 / 10 ** 400),
    ("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("10 ** 400 + 1.0", lambda: 10 ** 400 + 1.0),
    ("10 ** 400 // 1.0", lambda: 10 ** 400 // 1.0),
    ("10 ** 400 % 1.0", lambda: 10 ** 400 % 1.0),
    ("divmod(10 ** 400, 1.0)", lambda: divmod(10 ** 400, 1.0)),
    ("10 ** 400 < 1e308", lambda: 10 ** 400 < 1e308),
    ("10 ** 400 == float('inf')", lambda: 10 ** 400 == float("inf")),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
    ("1 << 2 ** 100", lambda: 1 << 2 ** 100),
    ("0 << 2 ** 100", lambda: 0 << 2 ** 100),
    ("1 >> 2 ** 100", lambda: 1 >> 2 ** 100),
    ("True << 1.5", lambda: True << 1.5),
    ("'a' * 2 ** 100", lambda: "a" * 2 ** 100),
    ("[0] * 2 ** 100", lambda: [0] * 2 ** 100),
    ("(0,) * -2 ** 100", lambda: (0,) * -2 ** 100),
    ("b'a' * 2 ** 70", lambda: b"a" * 2 ** 70),
    ("float('inf') % 1", lambda: float("inf") % 1),
    ("1 % float('inf')", lambda: 1 % float("inf")),
    ("-1 % float('inf')", lambda: -1 % float("inf")),
    ("float('nan') // 1", lambda: float("nan") // 1),
    ("divmod(float('inf'), 1)", lambda: divmod(float("inf"), 1)),
    ("1e308 + 1e308", lambda: 1e308 + 1e308),
    ("-(10 ** 400) / 1", lambda: -(10 ** 400) / 1),
    ("complex(10 ** 400)", lambda: 1j + 10 ** 400),
    ("1j / 0.0", lambda: 1j / 0.0),
    ("1 / 0j", lambda: 1 / 0j),
    ("0.0 / 0", lambda: 0.0 / 0),
    ("abs(-10 ** 400) * 1.0", lambda: abs(-10 ** 400) * 1.0),
]
for text, case in CASES:
    print(text, outcome(case))
