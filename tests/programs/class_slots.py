# __slots__: restricted attributes, no __dict__, inheritance with and without slots, descriptors, errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__, Point.x.__name__)
show(lambda: setattr(p, "z", 3))
del p.x
show(lambda: p.x)
show(lambda: delattr(p, "x"))
p.x = 10
print(p.x)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
show(lambda: setattr(q, "w", 0))
class Open(Point):
    pass
o = Open(1, 2)
o.anything = "ok"
print(o.anything, o.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class DupDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)
class Empty:
    __slots__ = ()
show(lambda: setattr(Empty(), "a", 1))
class Mangled:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "hidden"
    def reveal(self):
        return self.__secret
print(Mangled().reveal(), Mangled.__slots__, hasattr(Mangled, "_Mangled__secret"))
class SlotDefaults:
    __slots__ = ("a", "b")
sd = SlotDefaults()
show(lambda: sd.a)
try:
    class IntSlots(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
class TupleSub(tuple):
    __slots__ = ()
print(TupleSub((1, 2)), len(TupleSub("ab")))
class WeakSlot:
    __slots__ = ("__weakref__",)
print(hasattr(WeakSlot(), "__dict__"), "__weakref__" in dir(WeakSlot))
