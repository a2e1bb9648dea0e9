# TypeVar/ParamSpec/TypeVarTuple/TypeAliasType/Union methods that need no typing module:
# __reduce__, evaluate_*, has_default, __typing_prepare_subst__, __mro_entries__, Union[...] errors.
def f[T, *Ts, **P](): return T, Ts, P
T, Ts, P = f()
def g[U: int, V: (int, str), W = str](): return U, V, W
U, V, W = g()
type A[X] = list[X]
type B = int
type D[Q, R = bytes] = dict[Q, R]

for o in (T, Ts, P, A, B):
    print(repr(o.__reduce__()))
print(T.evaluate_bound, T.evaluate_constraints, T.evaluate_default, Ts.evaluate_default, P.evaluate_default)
print(B.__parameters__, A.__parameters__, A.evaluate_value(1), B.evaluate_value(1))
print(U.evaluate_bound(1), V.evaluate_constraints(1), W.evaluate_default(1), W.has_default(), U.has_default())
print(type(U.evaluate_bound).__name__, type(A.evaluate_value).__name__)
for args in ((), (int,), (int, str)):
    for p in (T, W):
        try:
            print(p.__typing_prepare_subst__(A, args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
R = D.__type_params__[1]
print(R.__typing_prepare_subst__(D, (int,)))
try:
    R.__typing_prepare_subst__(D, ())
except TypeError as e:
    print(e)
for p in (T, Ts, P):
    try:
        p.__mro_entries__(())
    except TypeError as e:
        print(e)
    try:
        class K(p): pass
    except TypeError as e:
        print(e)
try:
    Ts.__typing_subst__(int)
except TypeError as e:
    print(e)
try:
    Ts | int
except TypeError as e:
    print(e)
print(T | int, P | None)
def h[T, S](): return T, S
T, S = h()
# the cases that reach __typing_subst__ need typing and are left out
for item, unions in [(int, (T | S, int | str)), ((int, str), (T | None, int | T, int | str)),
                     ((), (T | None, int | T, T | S, int | str))]:
    for u in unions:
        try:
            print(u[item])
        except TypeError as e:
            print(type(e).__name__, e)
for name in ("__typing_subst__", "__typing_prepare_subst__", "evaluate_default", "__iter__",
             "__mro_entries__", "__parameters__", "evaluate_value"):
    print(name, hasattr(T, name), hasattr(Ts, name), hasattr(P, name), hasattr(A, name))
