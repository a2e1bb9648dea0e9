# object's default behaviour: __eq__ identity, NotImplemented results, __ne__ inversion, __init_subclass__, __format__, __dir__.
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p), p.__lt__(q), object.__eq__(p, p), Plain.__eq__ is object.__eq__)
print(p.__hash__() == hash(p), type(p.__hash__()).__name__, p.__class__ is Plain, p.__bool__ if hasattr(p, "__bool__") else "no __bool__")
print(format(p, "") == str(p), p.__format__("") == str(p), p.__str__() == p.__repr__(), p.__reduce_ex__.__name__)
try:
    format(p, "d")
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(p) if not n.startswith("__")), "__init__" in dir(p), len(p.__dir__()) == len(dir(p)))
print(object.__init_subclass__(), Plain.__init_subclass__(), Plain.__subclasshook__(int), object.__subclasshook__(int))
print(object.__doc__.splitlines()[0], Plain.__doc__, Plain.__module__, Plain.__dict__["__module__"], type(Plain.__dict__).__name__)
print(p.__sizeof__() > 0, object().__sizeof__() > 0, isinstance(p.__class__, type))
class NeFromEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == o.v
print(NeFromEq(1) != NeFromEq(1), NeFromEq(1) != NeFromEq(2))
class EqReturnsNI:
    def __eq__(self, o):
        return NotImplemented
e = EqReturnsNI()
print(e == e, e == EqReturnsNI(), e != e)
print(object.__lt__(1, 2), object.__gt__(p, q), int.__eq__(1, "a"), str.__lt__("a", 1), (1).__eq__(1.0), (1.0).__eq__(1))
print(p.__getattribute__("__class__").__name__, object.__getattribute__(p, "__class__").__name__)
p.__setattr__("dyn", 5)
print(p.dyn, p.__dict__)
p.__delattr__("dyn")
print(p.__dict__)
print(object.__new__(Plain).__class__.__name__, object.__repr__(5)[:12], object.__str__(5), int.__repr__(True), bool.__str__(True))
class CustomClassAttr:
    pass
c = CustomClassAttr()
c.__class__ = Plain
print(type(c).__name__, isinstance(c, Plain))
try:
    c.__class__ = int
except TypeError as e:
    print("TypeError:", e)
