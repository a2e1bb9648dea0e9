# Descriptors: data vs non-data precedence, __get__/__set__/__delete__, __set_name__, functions as descriptors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Logged:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<descriptor on {objtype.__name__}>"
        print("get", self.name)
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"
class Thing:
    x = Logged()
    y = NonData()
t = Thing()
print(t.x)
t.x = 5
print(t.x, Thing.x)
del t.x
print(t.x)
print(t.y)
t.__dict__["y"] = "instance wins over non-data"
print(t.y)
t.__dict__["x"] = "instance loses to data descriptor"
print(t.x)
show(lambda: delattr(t, "x"))
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    v = ReadOnly()
r = R()
show(lambda: setattr(r, "v", 1))
print(r.v)
def plain(self, arg):
    return ("plain", arg)
class F:
    method = plain
f = F()
print(f.method(1), F.method(f, 2), plain.__get__(f, F)(3), type(plain.__get__(f)).__name__, plain.__get__(None, F) is plain)
class Validated:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Validated(str)
    age = Validated(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, Person.name.public, sorted(vars(p)))
show(lambda: Person("Bob", "old"))
show(lambda: setattr(p, "name", 5))
class ErrorInSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Owner:
        attr = ErrorInSetName()
except Exception as e:
    print(type(e).__name__ + ":", e, "| notes:", getattr(e, "__notes__", None))
class Late:
    pass
Late.added = Logged()
print("no set_name for late assignment:", hasattr(Late.added, "name"))
print(type(Thing.__dict__["x"]).__name__, Thing.__dict__["y"].__get__(None, Thing))
