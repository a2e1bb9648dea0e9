# PEP 695 syntax: type aliases, generic functions and classes with bounds, constraints, defaults, and introspection.
type Point = tuple[float, float]
type Tree[T] = T | list[Tree[T]]
type Pair[A, B = int] = tuple[A, B]
print(type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__, Tree.__type_params__)
print(Tree.__value__, Pair.__type_params__, Pair.__type_params__[1].__default__, Pair[str], Tree[int])
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 2]), first.__type_params__, type(first.__type_params__[0]).__name__, first.__type_params__[0].__name__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__, Box[int], Box.__mro__[-2].__name__, [c.__name__ for c in Box.__bases__])
class Bounded[N: (int, float), **P, S: str = str]:
    pass
params = Bounded.__type_params__
print([type(p).__name__ for p in params], [p.__name__ for p in params])
print(params[0].__constraints__, params[2].__bound__, params[2].__default__, params[0].__bound__)
def bounded[X: int](x: X) -> X:
    return x
print(bounded.__type_params__[0].__bound__, bounded(4))
class Child[U](Box[U]):
    pass
print(Child(1).get(), Child.__type_params__, [getattr(b, "__name__", repr(b)) for b in Child.__orig_bases__] if hasattr(Child, "__orig_bases__") else Child.__bases__)
type Lazy = UndefinedName
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
print(Lazy.__name__)
try:
    Point[int]
except TypeError as e:
    print("TypeError:", e)
def variadic[*Ts](*args: *Ts):
    return args
print(variadic(1, "a"), variadic.__type_params__)
class Scoped[T]:
    alias = T
    def method[M](self, m: M) -> tuple[T, M]:
        return (T, M)
print(Scoped.alias, Scoped().method(1), Scoped.method.__type_params__)
print(Point == Point, repr(Point), str(Tree), Tree.__module__)
