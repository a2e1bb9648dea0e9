# The attributes types expose beyond names: layout numbers, text signatures, abstract methods,
# __new__ as a builtin method, and object/exception pickling support that needs no copyreg.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, "raises", type(exc).__name__, exc)


class A:
    pass


class B(A):
    __slots__ = ("x", "y")


class C:
    __slots__ = ("x", "__weakref__")


class D(int):
    pass


class E(Exception):
    pass


class F(list):
    __slots__ = ()


class G:
    "G(a, b)\n--\n\nMakes a G."


for t in (object, int, type, list, tuple, str, BaseException, OSError, A, B, C, D, E, F, G):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__flags__, t.__weakrefoffset__,
          t.__dictoffset__, t.__text_signature__, type.__sizeof__(t))

show("object.__new__", lambda: type(object.__new__).__name__)
show("int.__new__.__self__", lambda: int.__new__.__self__)
show("ValueError.__new__ is Exception.__new__", lambda: ValueError.__new__ is Exception.__new__)
show("KeyError.__new__ is LookupError.__new__", lambda: KeyError.__new__ is LookupError.__new__)
show("type[int]", lambda: type[int])
show("type.__abstractmethods__", lambda: type.__abstractmethods__)
show("A.__abstractmethods__", lambda: A.__abstractmethods__)
A.__abstractmethods__ = frozenset({"f", "g"})
show("A.__flags__ abstract", lambda: A.__flags__ & 1 << 20)
del A.__abstractmethods__
show("del again", lambda: delattr(A, "__abstractmethods__"))
show("int.__abstractmethods__ = ()", lambda: setattr(int, "__abstractmethods__", ()))
show("type.__basicsize__ = 1", lambda: setattr(A, "__basicsize__", 1))

b = B()
b.x = 1
show("B().__getstate__()", b.__getstate__)
a = A()
show("A().__getstate__() empty", a.__getstate__)
a.z = 3
show("A().__getstate__()", a.__getstate__)
show("object().__getstate__()", object().__getstate__)
show("B.__slotnames__", lambda: B.__slotnames__)


class Custom:
    def __reduce__(self):
        return (Custom, ())


show("Custom().__reduce_ex__(2)", lambda: Custom().__reduce_ex__(2))
show("__reduce_ex__('x')", lambda: object().__reduce_ex__("x"))


class BadArgs:
    def __getnewargs__(self):
        return [1]


class BadArgsEx:
    def __getnewargs_ex__(self):
        return ((), [])


show("BadArgs", lambda: BadArgs().__reduce_ex__(2))
show("BadArgsEx", lambda: BadArgsEx().__reduce_ex__(2))
show("generator", lambda: (i for i in ()).__reduce_ex__(2))

e = ValueError(1, 2)
show("ValueError.__reduce__", e.__reduce__)
e.note = "n"
show("with dict", e.__reduce__)
show("__setstate__(1)", lambda: e.__setstate__(1))
e.__setstate__({"args": (5,), "extra": 6})
show("after __setstate__", lambda: (e.args, e.extra))
show("OSError reduce", OSError(2, "No such file", "f").__reduce__)
show("OSError reduce 2", OSError(2, "No such file", "f", None, "g").__reduce__)
show("ImportError reduce", ImportError("m", name="n").__reduce__)
show("AttributeError reduce", AttributeError("a", name="n", obj=1).__reduce__)
show("characters_written unset", lambda: BlockingIOError().characters_written)
show("characters_written", lambda: BlockingIOError(11, "x", 5).characters_written)
w = OSError()
w.characters_written = 7
show("set characters_written", lambda: w.characters_written)
show("StopIteration(3).value", lambda: StopIteration(3).value)
show("ImportError('m').msg", lambda: ImportError("m").msg)
show("str(ImportError('a', 'b'))", lambda: str(ImportError("a", "b")))
show("suppress readonly", lambda: type(ValueError.__dict__["__suppress_context__"]).__name__)
show("UnicodeDecodeError()", lambda: UnicodeDecodeError("x"))
show("list_iterator reduce", lambda: iter([1, 2]).__reduce__())
show("set reduce", lambda: {1}.__reduce__())
show("enumerate reduce", lambda: [type(x).__name__ for x in enumerate("ab").__reduce__()[1]])


def frame_sizes(a, b):
    c = a
    yield c


async def never():
    pass


pending = never()
show("code.__sizeof__()", frame_sizes.__code__.__sizeof__)
show("generator.__sizeof__()", frame_sizes(1, 2).__sizeof__)
show("coroutine.__sizeof__()", pending.__sizeof__)
pending.close()
