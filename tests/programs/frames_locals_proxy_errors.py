# FrameLocalsProxy error paths: unhashable keys, arity and keyword errors of its methods, str
# subclass keys, its type and descriptors, conversions to dict.
import sys
def show(f):
    try:
        print("ok:", f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def f():
    a = 1
    p = sys._getframe().f_locals
    show(lambda: p[[]])
    show(lambda: [] in p)
    show(lambda: p.get([]))
    show(lambda: p.setdefault([]))
    show(lambda: p.pop([]))
    show(lambda: p.__setitem__([], 1))
    show(lambda: p.__delitem__([]))
    show(lambda: p.get())
    show(lambda: p.get(1, 2, 3))
    show(lambda: p.setdefault())
    show(lambda: p.pop(1, 2, 3))
    show(lambda: p.keys(1))
    show(lambda: p.items(x=1))
    show(lambda: p.__getitem__())
    show(lambda: p.update())
    show(lambda: p.update({}, {}))
    show(lambda: p.get("a", default=3))
    class S(str):
        def __hash__(self): return hash("a")
        def __eq__(self, o): return str(self) == o
    show(lambda: p[S("a")])
    show(lambda: S("a") in p)
    p[S("new")] = 2
    show(lambda: list(p))
    show(lambda: type(p).__name__)
    show(lambda: repr(type(p)))
    show(lambda: p.__class__.__mro__)
    show(lambda: isinstance(p, dict))
    show(lambda: dict(p))
    show(lambda: {**p})
    show(lambda: list(p.items()))
    show(lambda: p | p)
    show(lambda: p == p)
    show(lambda: p != sys._getframe().f_locals)
    show(lambda: len(p))
    show(lambda: sorted(dir(p))[-5:])
    show(lambda: type(p).keys)
    show(lambda: type(type(p).__getitem__).__name__)
    show(lambda: type(p).__len__)
    show(lambda: p.__len__())
    show(lambda: type(p.__iter__()).__name__)
f()
