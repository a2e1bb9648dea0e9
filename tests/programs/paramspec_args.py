# P.args and P.kwargs: typing.ParamSpecArgs/ParamSpecKwargs, compared by origin and unhashable,
# their constructors and __mro_entries__ (typevarobject.c: paramspecattrobject).
def f[**P](): pass
P, = f.__type_params__
A, K = P.args, P.kwargs
print(A, K, repr(A), type(A).__name__, type(A).__module__, type(K).__qualname__)
print(A.__origin__ is P, A == P.args, A != P.kwargs, K == P.kwargs, A == K, A == 1)
PSA = type(A)
print(PSA(P), PSA(origin=P) == A, PSA(1), repr(PSA("x")), type(K)(int))
for bad in [lambda: hash(A), lambda: A < A, lambda: A.__mro_entries__(()), lambda: PSA(), lambda: PSA(1, 2),
            lambda: setattr(A, "__origin__", 1), lambda: PSA(bogus=1), lambda: type(K).__new__(PSA, P)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class C(P.args): pass
except TypeError as e:
    print(e)
print(PSA.__doc__.splitlines()[0])
