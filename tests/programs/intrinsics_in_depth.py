"""The intrinsic functions (CALL_INTRINSIC_1/2) through the syntax that emits them: type
parameters (TypeVar with bounds, constraints and defaults, ParamSpec, TypeVarTuple, generic
classes and aliases), unary +, list-to-tuple for star calls, StopIteration in generators,
except* re-raising, and __annotate__ raising NotImplementedError for unsupported formats."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


def generic[T, U: int, V: (str, bytes), *Ts, **P, D = float](x: T) -> T:
    return x

params = generic.__type_params__
print([type(p).__name__ for p in params], [p.__name__ for p in params])
T, U, V, Ts, P, D = params
print(U.__bound__, V.__constraints__, D.__default__, T.__default__ is D.__default__)
print(T.has_default(), D.has_default(), Ts.__name__, P.__name__)
print(generic(5), generic.__annotations__)


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get[R](self, convert: "R") -> T:
        return self.item

print(Box.__type_params__)
print(Box.get.__type_params__, Box(3).get(None))


class Pair[K, V = list[K]]:
    pass

print(Pair.__type_params__[1].__default__)

type Alias = list[int]
type Generic[T] = dict[str, T]
type Lazy = UndefinedName
print(Alias.__name__, Alias.__value__, Alias.__type_params__)
print(Generic.__type_params__, Generic[int].__args__, Generic.__value__)
show("lazy alias value", lambda: Lazy.__value__)
print(type(Alias).__name__, repr(Alias), repr(Generic[str]))


def bounded[B: UndefinedBound]():
    return B

show("lazy bound", lambda: bounded.__type_params__[0].__bound__)


def with_lazy_default[X = UndefinedDefault]():
    return X

show("lazy default", lambda: with_lazy_default.__type_params__[0].__default__)

# unary + (INTRINSIC_UNARY_POSITIVE)
print(+5, +-2.5, +True, +(1 + 2j))
show("unary + str", lambda: +"text")
show("unary + list", lambda: +[1])


class Pos:
    def __pos__(self):
        return "positive"

print(+Pos())

# list to tuple for f(*a, *b) (INTRINSIC_LIST_TO_TUPLE)
def star(*args):
    return args

print(star(*[1], *(2, 3), *"ab"), star(*range(2), 9, *{7: 0}))

# StopIteration raised inside a generator (INTRINSIC_STOPITERATION_ERROR)
def gen_raising():
    yield 1
    raise StopIteration(5)

show("generator raising StopIteration", lambda: list(gen_raising()))

# except* (INTRINSIC_PREP_RERAISE_STAR)
def star_handlers():
    try:
        raise ExceptionGroup("group", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as eg:
        print("  handled", repr(eg.exceptions))
    except* TypeError:
        raise RuntimeError("from handler")

try:
    star_handlers()
except BaseExceptionGroup as eg:
    print("reraised:", type(eg).__name__, eg.message, [type(e).__name__ for e in eg.exceptions])


def annotated(x: int, y: "str" = "s") -> bool:
    return True

print(annotated.__annotate__(1), annotated.__annotate__(2))
show("__annotate__(3)", lambda: annotated.__annotate__(3))
show("__annotate__(4)", lambda: annotated.__annotate__(4))


class Annotated:
    a: int
    b: "Forward"

print(Annotated.__annotate__(1))
show("class __annotate__(3)", lambda: Annotated.__annotate__(3))
