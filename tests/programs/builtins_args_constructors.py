# Every builtin type's constructor called with too few and too many arguments, an unexpected
# keyword and arguments of the wrong type or edge values: CPython 3.14's messages.


def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        if type(r) in (int, float, str, bool, bytes, tuple, list, type(None), complex, dict, set,
                       frozenset, range, slice, bytearray):
            print(label, "=", repr(r))
        else:
            print(label, ":", type(r).__name__)


class Obj:
    pass


o = Obj()
types = [int, float, complex, str, bytes, bytearray, range, slice, dict, set, frozenset, tuple,
         list, bool, object, memoryview, property, classmethod, staticmethod, super, enumerate,
         zip, map, filter, reversed]
for f in types:
    name = f.__name__
    show(f"{name}()", lambda: f())
    show(f"{name}(1, 2, 3, 4, 5, 6)", lambda: f(1, 2, 3, 4, 5, 6))
    show(f"{name}(o, bogus=1)", lambda: f(o, bogus=1))
    show(f"{name}(bogus=1)", lambda: f(bogus=1))
    show(f"{name}(None)", lambda: f(None))
    show(f"{name}(None, None)", lambda: f(None, None))
    show(f"{name}(None, None, None)", lambda: f(None, None, None))
    show(f"{name}('a')", lambda: f("a"))
    show(f"{name}(1.5)", lambda: f(1.5))
    show(f"{name}(-1)", lambda: f(-1))
    show(f"{name}(2**100)", lambda: f(2**100))
    show(f"{name}('12', 'x')", lambda: f("12", "x"))
    show(f"{name}(b'12', 2)", lambda: f(b"12", 2))
show("type(None, None, None)", lambda: type(None, None, None))
show("type(1, 2)", lambda: type(1, 2))
show("type()", lambda: type())
show("str(b'a', None)", lambda: str(b"a", None))
show("str(b'a', errors=None)", lambda: str(b"a", errors=None))
show("str(b'a', 'ascii', 'strict', 1)", lambda: str(b"a", "ascii", "strict", 1))
show("str(object=1, encoding='utf-8')", lambda: str(object=1, encoding="utf-8"))
show("str(obj=1)", lambda: str(obj=1))
show("complex(real='1', imag=2)", lambda: complex(real="1", imag=2))
show("complex(1, imag=2, real=3)", lambda: complex(1, imag=2, real=3))
show("bytes(source=b'a', encoding='ascii')", lambda: bytes(source=b"a", encoding="ascii"))
show("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4))
show("memoryview(b'a', b'b')", lambda: memoryview(b"a", b"b"))
show("property(doc='d').__doc__", lambda: property(doc="d").__doc__)
show("property(fget=None, bogus=1)", lambda: property(fget=None, bogus=1))
show("property(1, 2, 3, 4, 5)", lambda: property(1, 2, 3, 4, 5))
