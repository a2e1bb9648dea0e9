# TypeErrors raised by calls with wrong arguments: every shape of missing/extra/duplicate argument.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def one(a):
    return a
def two(a, b):
    return a, b
def kwonly(a, *, k):
    return a, k
def kwonly2(*, x, y, z=0):
    return x, y
def posonly(a, b, /):
    return a, b
def defaults(a, b=1, c=2):
    return a
def star(a, *args):
    return a
class C:
    def method(self, x):
        return x
    @classmethod
    def cm(cls, x):
        return x
    @staticmethod
    def sm(x):
        return x
show(lambda: one())
show(lambda: one(1, 2))
show(lambda: one(b=1))
show(lambda: one(1, a=2))
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: two(1, 2, c=3))
show(lambda: two(1, 2, c=3, d=4))
show(lambda: kwonly(1))
show(lambda: kwonly(1, 2))
show(lambda: kwonly2())
show(lambda: kwonly2(1, 2))
show(lambda: kwonly2(x=1))
show(lambda: posonly(a=1, b=2))
show(lambda: posonly(1, b=2))
show(lambda: defaults())
show(lambda: defaults(1, 2, 3, 4))
show(lambda: defaults(1, 2, 3, d=4))
show(lambda: star())
show(lambda: star(1, a=2))
show(lambda: C().method())
show(lambda: C().method(1, 2))
show(lambda: C.method(1))
show(lambda: C.cm())
show(lambda: C.sm(1, 2))
show(lambda: C(1))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, y: 0)(1))
show(lambda: one(**{"a": 1, "b": 2}))
show(lambda: one(*[1], **{"a": 1}))
show(lambda: one(*5))
show(lambda: one(**5))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: len(obj=[]))
show(lambda: [].append())
show(lambda: {}.get())
show(lambda: print(foo=1))
show(lambda: int(x=1))
show(lambda: sorted([], reversed=True))
show(lambda: divmod(1))
show(lambda: isinstance(1))
show(lambda: max())
show(lambda: min(1))
show(lambda: getattr(1))
show(lambda: "".join())
