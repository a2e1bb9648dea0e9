# property: getter/setter/deleter, decorator chaining, read-only errors, docstrings, and inheritance.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
show(lambda: setattr(t, "celsius", -300))
show(lambda: setattr(t, "fahrenheit", 1))
show(lambda: delattr(t, "fahrenheit"))
del t.celsius
show(lambda: t.celsius)
class Legacy:
    def get_x(self):
        return "x value"
    def set_x(self, v):
        print("set_x", v)
    x = property(get_x, set_x, None, "the x doc")
    y = property()
l = Legacy()
print(l.x, Legacy.x.__doc__, Legacy.x.fget.__name__, Legacy.x.fdel)
l.x = 3
show(lambda: l.y)
show(lambda: setattr(l, "y", 1))
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived:" + super().name
    @name.setter
    def name(self, value):
        print("derived setter", value)
d = Derived()
print(d.name, Base().name)
d.name = "z"
show(lambda: setattr(Base(), "name", "q"))
class Computed:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
c = Computed()
print(c.value, c.value, c.calls)
class RaisesAttr:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(RaisesAttr().broken)
p = property(lambda self: 1)
print(p.getter(lambda self: 2) is p, p.fset, property.__name__, hasattr(property, "__set_name__"))
class NamedProp:
    @property
    def thing(self):
        return 1
print(NamedProp.thing.__name__)
