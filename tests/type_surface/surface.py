# The surface of every builtin type, printed one block per type ("== label"), for
# tests/test_type_surface.py to compare between python3.14 and pyroboros. Builtins only.


def attempt(fn):
    try:
        return repr(fn())
    except BaseException as exc:
        return f"raises {type(exc).__name__}: {exc}"


def kind(t, name):
    """Where dir(t)'s entry `name` comes from, and what it is there."""
    for owner in t.__mro__:
        if name in owner.__dict__:
            return f"{owner.__name__}:{type(owner.__dict__[name]).__name__}"
    return f"{type(t).__name__} (metatype)"


def closure_cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Slotted:
    __slots__ = ("x",)


class Seq:
    def __getitem__(self, i):
        raise IndexError


def frame_and_traceback():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        return exc.__traceback__.tb_frame, exc.__traceback__


def function_locals():
    def f():
        return frame_and_traceback()[0].f_back.f_locals
    return f()


def type_params():
    def f[T, *Ts, **P](): pass
    return f.__type_params__


type Alias = int
T, Ts, P = type_params()
frame, tb = frame_and_traceback()
g, c, ag = gen(), coro(), agen()
template = t"a{1}"
SAMPLES = [
    ("function", gen), ("method", Seq().__getitem__), ("builtin_function", len),
    ("builtin_method", [].append), ("wrapper_descriptor", object.__init__),
    ("method-wrapper", object().__str__), ("method_descriptor", list.append),
    ("classmethod_descriptor", dict.__dict__["fromkeys"]),
    ("getset_descriptor", type.__dict__["__name__"]),
    ("member_descriptor", Slotted.__dict__["x"]),
    ("mappingproxy", vars(Slotted)), ("code", gen.__code__), ("frame", frame),
    ("traceback", tb), ("cell", closure_cell()), ("module", __builtins__),
    ("generator", g), ("coroutine", c), ("coroutine_wrapper", c.__await__()),
    ("async_generator", ag), ("async_generator_asend", ag.asend(None)),
    ("async_generator_athrow", ag.athrow(ValueError)), ("anext_awaitable", anext(ag, 0)),
    ("FrameLocalsProxy", function_locals()),
    ("list_iterator", iter([])), ("list_reverseiterator", reversed([])),
    ("tuple_iterator", iter(())), ("str_ascii_iterator", iter("")),
    ("str_iterator", iter("\xe9")), ("bytes_iterator", iter(b"")),
    ("bytearray_iterator", iter(bytearray())), ("dict_keyiterator", iter({})),
    ("dict_valueiterator", iter({}.values())), ("dict_itemiterator", iter({}.items())),
    ("dict_reversekeyiterator", reversed({})),
    ("dict_reversevalueiterator", reversed({}.values())),
    ("dict_reverseitemiterator", reversed({}.items())), ("set_iterator", iter(set())),
    ("range_iterator", iter(range(3))), ("longrange_iterator", iter(range(2 ** 100))),
    ("reversed", reversed((1,))), ("enumerate", enumerate([])), ("zip", zip()),
    ("map", map(len, [])), ("filter", filter(None, [])),
    ("callable_iterator", iter(len, 0)), ("iterator", iter(Seq())),
    ("memory_iterator", iter(memoryview(b"ab"))), ("dict_keys", {}.keys()),
    ("dict_values", {}.values()), ("dict_items", {}.items()), ("NoneType", None),
    ("NotImplementedType", NotImplemented), ("ellipsis", ...),
    ("super", super(int, 1)), ("property", property()), ("classmethod", classmethod(len)),
    ("staticmethod", staticmethod(len)), ("GenericAlias", list[int]), ("Union", int | str),
    ("TypeAliasType", Alias), ("TypeVar", T), ("TypeVarTuple", Ts), ("ParamSpec", P),
    ("ParamSpecArgs", lambda: P.args), ("ParamSpecKwargs", lambda: P.kwargs),
    ("Template", template), ("Interpolation", template.interpolations[0]),
    ("memoryview", memoryview(b"ab")), ("slice", slice(1, 2)), ("range", range(3)),
    ("bool", True), ("complex", 1j), ("bytearray", bytearray(b"a")),
]


def built(samples):
    """The samples, with the lazily built ones (lambdas) evaluated; one that fails is left out."""
    result = []
    for label, sample in samples:
        if type(sample) is type(built) and sample.__name__ == "<lambda>":
            try:
                sample = sample()
            except Exception:
                continue   # its type's block is then missing
        result.append((label, sample))
    return result


SAMPLES = built(SAMPLES)


def collect():
    types = {}
    for name, value in sorted(vars(__builtins__).items()):
        if isinstance(value, type):
            types.setdefault(value, f"builtins.{name}")
    for label, sample in SAMPLES:
        types.setdefault(type(sample), label)
    # The descriptors the types above hold, and the bases they derive from.
    for t in list(types):
        for base in t.__mro__:
            types.setdefault(base, base.__name__)
        for value in vars(t).values():
            types.setdefault(type(value), type(value).__name__)
    return types


def sample_of(t):
    for label, sample in SAMPLES:
        if type(sample) is t:
            return sample
    if issubclass(t, BaseException):
        return t("message")
    return t()


def show(t, label):
    print("==", label)
    print("repr", repr(t))
    for attr in ("__name__", "__qualname__", "__module__", "__mro__", "__base__"):
        print(attr, attempt(lambda: getattr(t, attr)))
    print("dir", sorted(dir(t)))
    for name in sorted(dir(t)):
        print("  ", name, kind(t, name))
    print("instance", attempt(lambda: sample_of(t)))


def main():
    types = collect()
    for t, label in sorted(types.items(), key=lambda item: item[1]):
        show(t, label)
    print("== dir(builtins)")
    print(sorted(dir(__builtins__)))
    for label, sample in SAMPLES:
        if label.startswith(("async_generator_", "anext", "coroutine", "generator")):
            sample.close()
    print("== sample calls")
    for what, fn in [("object().__getstate__()", lambda: object().__getstate__()),
                     ("int.__flags__ & 1 << 9", lambda: int.__flags__ & 1 << 9),
                     ("type(print.__call__)", lambda: type(print.__call__)),
                     ("type(object().__init__)", lambda: type(object().__init__)),
                     ("type([].__len__)", lambda: type([].__len__))]:
        print(what, attempt(fn))


main()
