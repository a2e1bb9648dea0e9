print(int | str, int | None, isinstance(3, int | str), isinstance("a", int | float), (int | str) == (str | int), type(int | str))
class A: pass
print(A | int, issubclass(bool, int | str))
