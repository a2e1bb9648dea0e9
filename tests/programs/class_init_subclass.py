# __init_subclass__, __set_name__ ordering, __class_getitem__, and class creation hooks order.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSV(Plugin, name="csv"): pass
class JSON(Plugin): pass
class Strict(JSON, name="strict"): pass
print(sorted(Plugin.registry), CSV.plugin_name, JSON.plugin_name, Strict.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
show(lambda: type("T", (), {}, extra=1))
class Order:
    def __set_name__(self, owner, name):
        print("set_name", name, "on", owner.__name__)
class Hooked:
    def __init_subclass__(cls):
        print("hooked init_subclass", cls.__name__, [k for k in vars(cls) if not k.startswith("__")])
class UsesHook(Hooked):
    a = Order()
    b = Order()
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[()])
class SubBox(Box): pass
print(SubBox[str])
show(lambda: object[int])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type[int], (list[int] == list[int]))
class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, params)
print(Generic[int, str], Generic[None])
class NoKw:
    pass
try:
    class Sub(NoKw, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
class Implicit:
    def __init_subclass__(cls, **kw):
        print("implicit classmethod:", type(Implicit.__dict__["__init_subclass__"]).__name__, kw)
class Impl(Implicit, x=1): pass
