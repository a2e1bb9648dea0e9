# The alternative constructors of builtin types build instances of the subclass they are
# called on: the subclass is called on the exact result (or, for dict.fromkeys, called with
# no arguments and filled key by key through its own __setitem__).
class D(dict):
    def __init__(self, *args):
        print("D.__init__", args)
        super().__init__(*args)

    def __setitem__(self, key, value):
        print("D.__setitem__", key, value)
        super().__setitem__(key, value)


class I(int):
    def __new__(cls, value):
        print("I.__new__", value)
        return super().__new__(cls, value)


class B(bytes):
    pass


class BA(bytearray):
    pass


class F(float):
    def __repr__(self):
        return f"F({float(self)})"


d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
print(type(dict.fromkeys("ab")).__name__, dict.fromkeys("ab"))
i = I.from_bytes(b"\x01\x02", "big")
print(type(i).__name__, i)
print(type(B.fromhex("6162")).__name__, B.fromhex("6162"))
print(type(BA.fromhex("63")).__name__, BA.fromhex("63"))
print(repr(F.fromhex("0x1.8p1")), type(float.fromhex("1.0")).__name__)
print(type(I.from_bytes(b"\x00", signed=True)).__name__)
