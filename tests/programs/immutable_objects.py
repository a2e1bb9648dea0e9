# Immutable value objects: __setattr__/__delattr__ guards, __slots__ plus object.__setattr__ in __init__, hashing, replace.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
    def __eq__(self, other):
        return type(other) is type(self) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((type(self).__name__, self.x, self.y))
    def __repr__(self):
        return f"Frozen(x={self.x!r}, y={self.y!r})"
    def replace(self, **changes):
        values = {"x": self.x, "y": self.y, **changes}
        return Frozen(**values)
f = Frozen(1, 2)
print(f, f.replace(y=5), f == Frozen(1, 2), f == f.replace(x=9), len({f, Frozen(1, 2), f.replace(x=0)}))
show(lambda: setattr(f, "x", 10))
show(lambda: delattr(f, "y"))
show(lambda: setattr(f, "z", 0))
show(lambda: f.replace(z=1))
print(f)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), hash(p) == hash((3, 4)), p + (5,), {p: "key"}[Point(3, 4)])
show(lambda: setattr(p, "x", 1))
show(lambda: setattr(p, "z", 1))
class Constants:
    PI = 3.14159
    def __setattr__(self, name, value):
        raise TypeError("constants are read-only")
c = Constants()
show(lambda: setattr(c, "PI", 3))
Constants.PI = 3.0
print(c.PI, Constants.PI)
frozen_set = frozenset({1, 2})
show(lambda: frozen_set.add(3))
t = (1, [2])
t[1].append(3)
print(t)
show(lambda: t.__setitem__(0, 5))
show(lambda: "abc".__setattr__("x", 1))
show(lambda: setattr((1).__class__, "real", 5))
