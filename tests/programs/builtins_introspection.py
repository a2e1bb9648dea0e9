# isinstance/issubclass with tuples and unions, getattr/setattr/hasattr/delattr, vars, dir of user classes, type().
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Animal:
    kind = "animal"
    def speak(self):
        return "..."
class Dog(Animal):
    def __init__(self):
        self.name = "rex"
        self._hidden = 1
    def speak(self):
        return "woof"
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, Animal)), isinstance(d, int | Dog), isinstance(1, bool))
print(issubclass(Dog, Animal), issubclass(Dog, (str, Animal)), issubclass(bool, int | str), issubclass(Animal, Dog), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), isinstance(3, (list, (tuple, int))))
show(lambda: isinstance(1, 1))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, (1,)))
show(lambda: isinstance(1, list[int]))
print(getattr(d, "name"), getattr(d, "missing", None), hasattr(d, "speak"), hasattr(d, "nope"), getattr(Dog, "kind"))
setattr(d, "age", 3)
delattr(d, "_hidden")
print(vars(d), sorted(vars(Dog)), "speak" in vars(Dog), "kind" in vars(Dog), "kind" in vars(Animal))
print([n for n in dir(d) if not n.startswith("__")], [n for n in dir(Dog) if not n.startswith("__")])
print(dir(Dog) == sorted(dir(Dog)), "__init__" in dir(d), "__class__" in dir(d), len(dir(object)) > 20)
show(lambda: vars(5))
show(lambda: vars(d, 1))
show(lambda: delattr(d, "nope"))
print(type(d).__name__, type(Dog).__name__, type(type).__name__, type(len).__name__, type(d.speak).__name__, type(Dog.speak).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__, type([].append).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__, type(str.join).__name__, type(dict.fromkeys).__name__)
print(type(iter([])).__name__, type(iter({}.items())).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(x for x in []).__name__)
print(callable(len), callable(Dog), callable(d), callable(d.speak), callable(None), callable("s".upper))
print(len.__name__, len.__qualname__, str.upper.__qualname__, Dog.speak.__qualname__, d.speak.__qualname__, Dog.__init__.__name__)
print(id(d) == id(d), id(1) != id(d), hash(d) == hash(d), d is d, d is not Dog())
print(Dog.__dict__["speak"].__name__, Dog.__module__, d.__module__, Dog.__doc__, Animal.__subclasses__())
print(type.__name__, object.__name__, int.__class__.__name__, object.__bases__, type.__bases__, type.__mro__)
