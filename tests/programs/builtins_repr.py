# repr() of builtin objects that have address-free reprs: types, functions, descriptors, singletons, views, ranges.
values = [int, str, type, object, type(None), type(...), len, print, iter, super, property, classmethod, staticmethod,
          None, ..., NotImplemented, True, False, range(3), range(1, 10, 2), slice(1, None), slice(None), slice(1, 2, 3),
          str.upper, int.__add__, object.__init__, type.__dict__["__name__"], int.__dict__["real"],
          type.__dict__["__mro__"], {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items(), frozenset(), set(), (), [],
          {}, b"", bytearray(b"x"), 0j, -0.0, 1e-10, float("nan"), float("-inf"), 2 ** 64, -1, "", "'", '"', "\\",
          BaseException, ExceptionGroup, ValueError("msg"), KeyError("key"), StopIteration(), OSError(2, "nope"),
          type(len), type(str.upper), type(int.__add__), type(object.__init__), type(type.__dict__["__name__"]),
          type(int.__dict__["real"]), type({}.keys()), type(iter([])), type(iter(range(1))), type(reversed([])),
          type(x for x in ()), type(lambda: 0), type(print.__call__), type(type.__dict__), type(NotImplemented)]
for v in values:
    print(repr(v))
class Local:
    def method(self):
        pass
    class Nested:
        pass
print(repr(Local), repr(Local.Nested), repr(Local.method).startswith("<function Local.method at 0x"), repr(Local.__dict__["method"])[:22])
print(repr(type.__dict__["__dict__"]), repr(Local.__dict__["__dict__"]), repr(Local.__dict__["__weakref__"]))
print(repr(str.__dict__["upper"]), repr(int.__dict__["__add__"]), repr(dict.__dict__["fromkeys"]), repr(object.__dict__["__class__"]))
print(repr(list[int]), repr(dict[str, int | None]), repr(int | str), repr(type[int]), repr(tuple[()]))
print(str(int), str(None), str(len), str(range(2)), str(ValueError("m")), str(KeyError("k")), str(slice(1)))
print(ascii(len), ascii("é"), format(range(2)), f"{int!r} {int!s}")
