# Attribute hooks: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, and their interplay.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no attribute {name!r} here")
f = Fallback()
print(f.real, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "other"), getattr(f, "other", "default"))
show(lambda: f.other)
class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return None
t = Tracing()
print(t.a, t.missing)
class Recorder:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "protected":
            raise AttributeError("cannot delete protected")
        super().__delattr__(name)
r = Recorder()
r.x = 5
r.protected = "p"
print(r.x, r.__dict__)
del r.x
show(lambda: delattr(r, "protected"))
show(lambda: delattr(r, "never"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
tg = Target()
px = Proxy(tg)
px.value = 10
print(tg.value, px.value, sorted(vars(px)), vars(tg))
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
show(lambda: dir(BadDir()))
class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
show(lambda: hasattr(GetattrRaisesOther(), "x"))
show(lambda: getattr(GetattrRaisesOther(), "x", "dflt"))
class AttrErrorInGetattribute:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "rescued " + name
print(AttrErrorInGetattribute().anything)
show(lambda: getattr(1, "nope"))
show(lambda: setattr(1, "x", 2))
show(lambda: setattr(object(), "x", 2))
show(lambda: getattr(f, 5))
show(lambda: setattr(f, 5, 1))
show(lambda: "abc".upperr)
show(lambda: [].appendd)
show(lambda: Fallback.nothing)
class Suggest:
    def __init__(self):
        self.velocity = 1
show(lambda: Suggest().velocty)
