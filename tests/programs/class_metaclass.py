# Metaclasses: type() with three arguments, __new__/__init__/__call__ on the metaclass, __prepare__, conflicts.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi from Dyn"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn).__name__, Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub.x, Sub.__mro__[1].__name__, type(5).__name__, type(type).__name__)
show(lambda: type("X", 5, {}))
show(lambda: type("X", (5,), {}))
show(lambda: type(1, 2))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("meta call", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v):
        self.v = v
class Child(Base):
    extra = 1
b = Child(7)
print(b.v, Child.tag, Base.tag, Child.injected, Base.describe(), type(Child).__name__, isinstance(Child, Meta))
show(lambda: b.describe())
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
print(Config("first").name, Config("second").name, Config("x") is Config("y"))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class ReprMeta(type):
    def __repr__(cls):
        return f"<class via meta {cls.__name__}>"
    def __len__(cls):
        return 99
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
class Fancy(metaclass=ReprMeta): pass
print(repr(Fancy), len(Fancy), Fancy[int], Fancy["x"])
def func_meta(name, bases, ns):
    return f"not a class: {name} {sorted(k for k in ns if not k.startswith('__'))}"
class Weird(metaclass=func_meta):
    a = 1
print(Weird)
show(lambda: type.__new__(Meta, "T", (), {}).tag)
print(type(int), type(Meta), Meta.__mro__, Meta.__bases__)
