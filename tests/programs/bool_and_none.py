# bool and None: truthiness of every builtin type, and/or returning operands, not, comparisons.
things = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "0", " ", b"", b"\x00", [], [0], (), ((),), {}, {0: 0}, set(), {0},
          frozenset(), range(0), range(1), None, True, False, ..., bytearray(), int, object]
print([bool(x) for x in things])
print([not x for x in things])
print(0 or "a", "" or [] or None, 1 and 2, 0 and 1/0, None or 0, [] and [1], "x" and "y" or "z")
print(1 or 1/0, (False or 0) is 0 if False else "skip", not not 5, not None)
print(True + True, True * 3.5, True / 2, True // 1, -False, True ** 10, int(True), float(False), str(True), repr(False))
print(True == 1, False == 0, True is True, True == 1.0, hash(True), hash(False), True < 2, sorted([True, 0, False, 1, -1]))
print(bool(), bool(None), bool.__name__, type(None).__name__, repr(None), str(None), None == None, None is None)
print(None.__bool__() if hasattr(None, "__bool__") else "nobool", NotImplemented.__class__.__name__, repr(NotImplemented), repr(...), Ellipsis is ...)
class Truthy:
    def __bool__(self):
        print("bool called")
        return False
class Sized:
    def __len__(self):
        print("len called")
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Truthy()), bool(Sized()), bool(Both()), bool(Neither()))
if Truthy() or Sized():
    print("branch taken")
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
x = None
print(x if x is not None else "default", (x or "fallback"), [y for y in (0, None, 1, "", "a") if y])
print(all([]), any([]), all([1, 0]), any([0, 0.0, None, 1]))
