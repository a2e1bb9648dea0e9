# Class bodies: execution order, namespace ordering through __prepare__, __qualname__, __module__, __classcell__, __class__.
order = []
class Recording(dict):
    def __setitem__(self, key, value):
        order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        print("namespace keys in order:", [k for k in ns if not k.startswith("__") or k in ("__qualname__", "__module__")])
        return super().__new__(mcls, name, bases, dict(ns))
class Ordered(metaclass=Meta):
    z = 1
    a = 2
    def m(self):
        return __class__
    y = z + a
    del a
print(order)
print(Ordered().m() is Ordered, Ordered.__qualname__, Ordered.__module__, hasattr(Ordered, "a"), Ordered.y)
print("class body runs top to bottom:")
class Body:
    print("  start of body, __qualname__ =", __qualname__, "__module__ =", __module__)
    x = [1, 2]
    x.append(3)
    print("  x =", x)
    if len(x) > 2:
        big = True
    else:
        small = True
    for i in range(2):
        loop_var = i
    def method(self):
        return "method"
    print("  names so far:", sorted(n for n in dir() if not n.startswith("__")))
print(Body.big, hasattr(Body, "small"), Body.i, Body.loop_var, Body().method())
class Outer:
    class Middle:
        class Inner:
            def where(self):
                return type(self).__qualname__
        def make(self):
            return self.Inner()
    def f(self):
        def g():
            class Local:
                pass
            return Local
        return g()
print(Outer.Middle.Inner.__qualname__, Outer.Middle().make().where(), Outer().f().__qualname__)
class WithClassCell:
    def a(self):
        return __class__.__name__
    def b(self):
        return super().__class__.__name__
print(WithClassCell().a(), WithClassCell().b())
def factory(base):
    class Made(base):
        def hello(self):
            return f"{__class__.__name__} over {base.__name__}"
    return Made
print(factory(object)().hello(), factory(dict)().hello(), factory(int).__qualname__)
class Returns:
    value = (lambda: "lambda in class body")()
    doubled = [v * 2 for v in range(3)]
print(Returns.value, Returns.doubled, sorted(k for k in vars(Returns) if not k.startswith("__")))
try:
    class Broken:
        raise ValueError("class body raised")
except ValueError as e:
    print("ValueError:", e, "| Broken defined:", "Broken" in globals())
