# Classes: instance and class attributes, methods, __init__, attribute lookup order, dynamic attributes.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Dog:
    """A dog."""
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
a, b = Dog("Rex"), Dog("Fido", 3)
print(a, b, a.speak(), b.speak("grr"), Dog.count, a.species, Dog.species, a.birthday().birthday())
print(Dog.__name__, Dog.__qualname__, Dog.__doc__, Dog.__module__, Dog.__bases__, type(a) is Dog, a.__class__.__name__)
print(sorted(a.__dict__.items()), sorted(k for k in Dog.__dict__ if not k.startswith("__")))
a.species = "instance override"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
a.extra = [1]
print(a.extra, hasattr(b, "extra"), getattr(b, "extra", "nope"), vars(a) == a.__dict__)
show(lambda: b.extra)
show(lambda: Dog.missing)
show(lambda: delattr(b, "missing"))
show(lambda: Dog())
m = a.speak
print(m(), m.__self__ is a, m.__func__ is Dog.speak, m.__name__, Dog.speak(b, "hi"), type(m).__name__)
Dog.wag = lambda self: self.name + " wags"
print(a.wag(), b.wag())
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__bases__, Empty.__doc__, Empty.__name__, isinstance(e, object), Empty.__mro__)
class WithClassVar:
    items = []
    def add(self, v):
        self.items.append(v)
w1, w2 = WithClassVar(), WithClassVar()
w1.add(1); w2.add(2)
print(w1.items, w2.items, w1.items is WithClassVar.items)
class Nested:
    class Inner:
        value = "inner"
    def get(self):
        return self.Inner.value
print(Nested().get(), Nested.Inner.__qualname__, Nested.Inner.__name__)
print(Dog.__init__.__qualname__, Dog.speak.__defaults__, callable(Dog), callable(a), a == a, a != b, a == Dog("Rex"))
show(lambda: a < b)
show(lambda: a())
print(Dog.__static_attributes__, Dog.__firstlineno__)
