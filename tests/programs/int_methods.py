# int methods and class methods: to_bytes/from_bytes, as_integer_ratio, conjugate, is_integer, attributes.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1), (65535).to_bytes(4, byteorder="little"))
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: (1).to_bytes(1, "middle"))
show(lambda: (1).to_bytes(-1, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""), int.from_bytes(bytearray(b"\x01\x00")))
show(lambda: int.from_bytes("ab", "big"))
print((7).as_integer_ratio(), (-3).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag)
print((5).numerator, (5).denominator, (10).is_integer(), True.as_integer_ratio())
print(int(), int(3.9), int(-3.9), int("  42  "), int("-0"), int("+7"), int("1_000"), int(b"12"), int(True))
print(int("٣"), int("१२"), int(" \t 9\n"))
show(lambda: int("1__0"))
show(lambda: int("_1"))
show(lambda: int("0x10"))
show(lambda: int("12", 1))
show(lambda: int("12", 37))
show(lambda: int(12, 10))
show(lambda: int(""))
show(lambda: int("3.5"))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(float("inf")))
show(lambda: int(float("nan")))
print(int("0", 0), int("00", 0), int("0_0", 0))
show(lambda: int("010", 0))
class WithIndex:
    def __index__(self):
        return 9
class WithInt:
    def __int__(self):
        return 11
class WithTrunc:
    def __trunc__(self):
        return 13
print(int(WithInt()), bin(WithIndex()), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100][WithIndex()])
show(lambda: int(WithTrunc()))
print(int.__name__, int.__qualname__, type(int).__name__, int.__mro__, bool.__mro__)
print(isinstance(True, int), issubclass(bool, int), int.__base__, bool.__base__)
class MyInt(int):
    pass
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m).__name__, MyInt("12", 3))
