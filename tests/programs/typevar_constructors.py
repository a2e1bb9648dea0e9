# TypeVar/ParamSpec/TypeVarTuple/TypeAliasType constructors (typing is not imported: the classes come
# from PEP 695 syntax), their argument errors, variance reprs and constevaluator objects.
def f[T, *Ts, **P](): return T, Ts, P
T, Ts, P = f()
type A0 = int
TypeVar, TypeVarTuple, ParamSpec, TypeAliasType = type(T), type(Ts), type(P), type(A0)
for c in (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType):
    print(c.__new__.__qualname__, type(c.__new__).__name__)
T = TypeVar("T"); print(repr(T), T.__bound__, T.__default__, T.__infer_variance__, T.__covariant__, T.__constraints__)
print(repr(TypeVar("T", covariant=True)), repr(TypeVar("T", contravariant=True)), repr(TypeVar("T", infer_variance=True)))
print(repr(ParamSpec("P", covariant=True)), repr(TypeVarTuple("Ts")), repr(ParamSpec("P")))
C = TypeVar("C", int, str); print(C.__constraints__, C.evaluate_constraints, C.evaluate_constraints(1), C.evaluate_constraints(4))
for bad in [lambda: TypeVar(1), lambda: TypeVar("T", int), lambda: TypeVar("T", covariant=True, contravariant=True),
            lambda: TypeVar("T", infer_variance=True, covariant=True),
            lambda: TypeAliasType("A", int, type_params=[1]), lambda: TypeAliasType(1, int), lambda: TypeVarTuple(1),
            lambda: TypeAliasType("A", int, type_params=(1,)), lambda: TypeVar(), lambda: TypeVar("T", x=1), lambda: ParamSpec("P", int),
            lambda: TypeVarTuple("T", bound=int), lambda: TypeAliasType("A"), lambda: TypeVar("T", bound=None, covariant=1, contravariant=[])]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
A = TypeAliasType("A", int); print(A, A.__value__, A.__module__, A.__type_params__, A.evaluate_value, A.evaluate_value(1))
B = TypeAliasType("B", list[T], type_params=(T,)); print(B.__parameters__, B[int], B.__reduce__())
d = TypeVar("D", default=None); print(d.__default__, d.has_default(), d.evaluate_default, type(d.evaluate_default).__name__)
e = TypeVar("E", default=int).evaluate_default
print(e(1), e(2), e(3), repr(e(4)))
try: e("x")
except Exception as x: print(type(x).__name__, x)
print(TypeVar("T", bound=None).__bound__, TypeVar("T", bound=None).evaluate_bound)
print(TypeVarTuple("Ts", default=None).__default__, ParamSpec("P", default=...).__default__, ParamSpec("P", default=...).evaluate_default)
for v in [(int,), (), (int, (str, ...)), [int, str], None, ..., 3, 'x', list[int]]:
    print(repr(TypeVar('T', default=v).evaluate_default(4)))
