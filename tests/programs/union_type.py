# typing.Union (X | Y): its members, equality and hash, Union[...], __mro_entries__, __module__,
# and isinstance/issubclass with a union (abstract.c: _PyUnion_Check).
U = int | str
UT = type(U)
print(UT, UT.__module__, UT.__name__, UT.__qualname__, U.__module__, U.__name__, U.__qualname__, U.__origin__)
print(isinstance(1, U), isinstance(1.0, U), issubclass(bool, U), issubclass(float, U), isinstance(None, int | None))
print(isinstance(1, (float, int | str)), issubclass(int, (float | bytes, str | int)))
print(U == (str | int), U != (int | bytes), hash(U) == hash(str | int), U == 1, U.__eq__(1))
print(UT[int, str], UT[int], UT[int, int], UT[(int, str)])
for bad in [lambda: U.__mro_entries__(()), lambda: U < U, lambda: UT[()], lambda: UT.__class_getitem__(1),
            lambda: UT(), lambda: U.nope, lambda: isinstance(1, int | list[int])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class C(U): pass
except TypeError as e:
    print(e)
print(U.__args__, U.__parameters__, "__instancecheck__" in dir(UT))
def f[T, *Ts, **P]():
    return T, Ts, P
T, Ts, P = f()
print(T | int, int | T, (T | int).__parameters__, T | None, (T | int) == (int | T))
