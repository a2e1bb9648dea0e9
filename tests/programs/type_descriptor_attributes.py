# Builtin functions, bound builtin methods and builtin descriptors: documentation, signatures,
# qualified names, comparison, pickling reductions and the classmethod descriptor's call.


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, "raises", type(exc).__name__, exc)


items = [3, 1]
show("list.append.__doc__", lambda: list.append.__doc__)
show("list.append.__text_signature__", lambda: list.append.__text_signature__)
show("items.append.__doc__", lambda: items.append.__doc__)
show("items.append.__text_signature__", lambda: items.append.__text_signature__)
show("int.__add__.__doc__", lambda: int.__add__.__doc__)
show("int.__add__.__text_signature__", lambda: int.__add__.__text_signature__)
show("(1).__add__.__text_signature__", lambda: (1).__add__.__text_signature__)
show("(1).__add__.__objclass__", lambda: (1).__add__.__objclass__)
show("int.real.__doc__", lambda: int.real.__doc__)
show("int.real.__qualname__", lambda: int.real.__qualname__)
show("dict.fromkeys descriptor", lambda: dict.__dict__["fromkeys"].__qualname__)
show("dict.fromkeys doc", lambda: dict.__dict__["fromkeys"].__doc__)
show("call fromkeys", lambda: dict.__dict__["fromkeys"](dict, "ab"))
show("call fromkeys no args", lambda: dict.__dict__["fromkeys"]())
show("call fromkeys not type", lambda: dict.__dict__["fromkeys"](1))
show("call fromkeys not subtype", lambda: dict.__dict__["fromkeys"](int, "a"))
show("items.append == items.append", lambda: items.append == items.append)
show("items.append != [].append", lambda: items.append != [].append)
show("hash equal", lambda: hash(items.append) == hash(items.append))
show("len == len", lambda: len == len)
show("len < len", lambda: len.__lt__(len))
show("(1).__add__ == (1).__add__", lambda: (1).__add__ == (1).__add__)
show("len.__reduce__()", lambda: len.__reduce__())
show("list.append.__reduce__()", lambda: list.append.__reduce__())
show("int.__add__.__reduce__()", lambda: int.__add__.__reduce__())
show("items.append.__reduce__()", lambda: items.append.__reduce__())
show("items.__len__.__reduce__()", lambda: items.__len__.__reduce__())
show("len.__module__", lambda: len.__module__)
show("type(print.__call__)", lambda: type(print.__call__))
show("type(items.__len__).__self__", lambda: items.__len__.__self__ is items)
show("set __objclass__", lambda: setattr(list.append, "__objclass__", int))
show("set __name__", lambda: setattr(list.append, "__name__", "x"))
show("str.join doc", lambda: str.join.__doc__)
show("object.__init__.__text_signature__", lambda: object.__init__.__text_signature__)


def g(a, b=1):
    return a + b


def outer():
    x = 1

    def inner():
        return x
    return inner


Method = type(outer().__get__(1))
Cell = type(outer().__closure__[0])
m1, m2 = Method(g, 2), Method(g, 2)
show("method ==", lambda: m1 == m2)
show("method != other self", lambda: m1 != Method(g, 3))
show("method hash", lambda: hash(m1) == hash(m2))
show("method < method", lambda: m1 < m2)
show("method.__reduce__()", m1.__reduce__)
show("method.__get__", lambda: m1.__get__(3) is m1)
show("cell ==", lambda: Cell(1) == Cell(1))
show("empty cell <", lambda: Cell() < Cell(1))
show("cell <", lambda: Cell(1) < Cell(2))
show("empty cells ==", lambda: Cell() == Cell())
show("hash(cell)", lambda: hash(Cell(1)))
cm = classmethod(g)
show("classmethod.__init__", lambda: classmethod.__init__(cm, len))
show("cm.__func__", lambda: cm.__func__)
show("cm.__name__", lambda: cm.__name__)
show("cm.__isabstractmethod__", lambda: cm.__isabstractmethod__)
show("staticmethod[int]", lambda: staticmethod[int])
p = property(g)
show("property.__init__", lambda: property.__init__(p, None, None, None, "doc"))
show("property after init", lambda: (p.fget, p.__doc__))
p.__doc__ = "changed"
show("property doc set", lambda: p.__doc__)
show("function.__new__", lambda: type(g).__new__(type(g), g.__code__, {})(5))
show("cell.__new__", lambda: Cell.__new__(Cell, 5).cell_contents)
