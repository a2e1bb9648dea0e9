# __new__ and __init__: immutable subclasses, returning other types, singletons, object() argument errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("must be positive")
        return super().__new__(cls, value)
print(Positive(5) + 1, type(Positive(5)).__name__)
show(lambda: Positive(-1))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2))
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class InitOnSub:
    def __new__(cls, flag):
        return super().__new__(Sub if flag else cls)
    def __init__(self, flag):
        print("init of", type(self).__name__)
class Sub(InitOnSub):
    pass
InitOnSub(True)
InitOnSub(False)
class InitReturns:
    def __init__(self):
        return 5
show(lambda: InitReturns())
show(lambda: object(1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
show(lambda: OnlyInit())
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class Neither:
    pass
show(lambda: Neither(1))
show(lambda: Neither(x=1))
class Counted:
    created = 0
    def __new__(cls, *args, **kwargs):
        cls.created += 1
        return super().__new__(cls)
    def __init__(self, name):
        self.name = name
Counted("a"); Counted("b")
print(Counted.created)
show(lambda: object.__new__(int))
show(lambda: int.__new__(str))
show(lambda: object.__new__(5))
print(object.__new__(Neither).__class__.__name__, type(object()).__name__, object.__init__(object()))
