# classmethod(f) and staticmethod(f) keep f as __wrapped__ and copy its __module__, __name__,
# __qualname__ and __doc__ into their own dict (funcobject.c: cm_init, sm_init, functools_wraps).
def f(x):
    "doc of f"
    return x
f.attr = 1
for kind in (classmethod, staticmethod):
    m = kind(f)
    print(kind.__name__, m.__wrapped__ is f, m.__name__, m.__qualname__, m.__doc__, m.__module__, m.attr if hasattr(m, "attr") else "-", "__wrapped__" in m.__dict__, sorted(m.__dict__))
    m2 = kind(len)
    print(m2.__name__, m2.__doc__[:20], sorted(m2.__dict__))
