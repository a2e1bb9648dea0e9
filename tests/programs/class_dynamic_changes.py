# Changing classes at runtime: adding/removing methods, __class__ assignment, __bases__ assignment, __name__ changes.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Animal:
    def sound(self):
        return "..."
class Dog(Animal):
    def sound(self):
        return "woof"
class Cat(Animal):
    def sound(self):
        return "meow"
pet = Dog()
print(pet.sound(), type(pet).__name__)
pet.__class__ = Cat
print(pet.sound(), type(pet).__name__, isinstance(pet, Dog))
Animal.sound = lambda self: "patched base"
del Cat.sound
print(pet.sound(), Dog().sound())
Cat.extra = property(lambda self: "new property")
print(pet.extra)
Dog.__name__ = "Hound"
Dog.__qualname__ = "Kennel.Hound"
print(Dog.__name__, Dog.__qualname__, Dog().__class__.__name__, repr(Dog)[:30])
class Mixin:
    def mixed(self):
        return "from mixin"
class Plain:
    pass
class Other(Plain):
    pass
Other.__bases__ = (Mixin, Plain)
print(Other().mixed(), [c.__name__ for c in Other.__mro__])
show(lambda: setattr(Other, "__bases__", ()))
show(lambda: setattr(Other, "__bases__", (int,)))
show(lambda: setattr(Other, "__name__", 5))
show(lambda: setattr(Other, "__mro__", ()))
show(lambda: setattr(int, "new_attr", 1))
show(lambda: delattr(Other, "never"))
counter = {"n": 0}
class Counted:
    def __init__(self):
        counter["n"] += 1
original_init = Counted.__init__
def new_init(self):
    original_init(self)
    counter["n"] += 10
Counted.__init__ = new_init
Counted()
print(counter)
class WithDunder:
    pass
w = WithDunder()
WithDunder.__len__ = lambda self: 7
WithDunder.__getitem__ = lambda self, i: i * 2
WithDunder.__repr__ = lambda self: "WithDunder()"
print(len(w), w[21], repr(w), w)
del WithDunder.__len__
show(lambda: len(w))
WithDunder.__eq__ = lambda self, o: True
print(w == 5, WithDunder.__hash__)
class Slots:
    __slots__ = ("a",)
class Slots2:
    __slots__ = ("a",)
s = Slots()
s.__class__ = Slots2
print(type(s).__name__)
class DifferentSlots:
    __slots__ = ("b",)
show(lambda: setattr(s, "__class__", DifferentSlots))
