# Container protocols: __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__/__reversed__/__missing__.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return f"slice {key.start}:{key.stop}:{key.step}"
        raise TypeError("bad key " + type(key).__name__)
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[0, 1] = "#"
print(g[0, 1], g[1, 1], g[1:2], g[::2], g[1:], len(g))
del g[0, 1]
show(lambda: g[5, 5])
show(lambda: g["x"])
show(lambda: g.__delitem__((9, 9)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s], list(enumerate(s)), sorted(s, reverse=True), tuple(s))
show(lambda: reversed(s))
show(lambda: len(s))
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
    def __iter__(self):
        return iter([1, 3])
c = WithContains()
print(2 in c, 3 in c, 3 not in c, list(c))
class RevSeq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return "abc"[i]
print(list(reversed(RevSeq())), len(RevSeq()))
class CustomRev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(CustomRev())))
class NotIterable:
    pass
show(lambda: iter(NotIterable()))
show(lambda: 1 in NotIterable())
show(lambda: NotIterable()[0])
show(lambda: NotIterable().__len__())
show(lambda: len(NotIterable()))
show(lambda: list(5))
show(lambda: "x" in 5)
show(lambda: 5[0])
show(lambda: None[0])
show(lambda: {}["k"])
show(lambda: [1, 2][5])
show(lambda: (1,)[-5])
show(lambda: [][0:1][0])
show(lambda: {"a": 1}[["a"]])
class BadLen:
    def __len__(self):
        return "3"
class HugeLen:
    def __len__(self):
        return 2 ** 100
class FloatLen:
    def __len__(self):
        return 3.0
show(lambda: len(BadLen()))
show(lambda: len(HugeLen()))
show(lambda: len(FloatLen()))
class SetOnly:
    def __setitem__(self, k, v):
        pass
show(lambda: SetOnly()[0])
so = SetOnly()
so[0] = 1
show(lambda: so.__delitem__(0))
