# Hashing: __hash__ and __eq__ interplay, unhashable types, hash of numbers across types, dict/set keys.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(0) == hash(-0.0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(10 ** 30) == hash(float(10 ** 30)) if float(10 ** 30) == 10 ** 30 else "inexact", hash(0.5), hash(1.5), hash(-1.5), hash(1e300))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None), hash(range(3)) == hash(range(3)))
for v in ([], {}, set(), bytearray(), [1, (2,)], slice(1, [])):
    show(lambda: hash(v))
show(lambda: hash((1, [])))
show(lambda: {[]: 1})
show(lambda: {{}})
show(lambda: frozenset([[]]))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
show(lambda: hash(EqNoHash()))
show(lambda: {EqNoHash()})
class InheritsHash(Point):
    pass
print(hash(InheritsHash(1, 2)) == hash(Point(1, 2)))
class EqOverrideInSub(Point):
    def __eq__(self, o):
        return False
print(EqOverrideInSub.__hash__)
class ExplicitNone:
    __hash__ = None
show(lambda: hash(ExplicitNone()))
class BadHash:
    def __hash__(self):
        return "not int"
show(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class HashCounting:
    calls = 0
    def __hash__(self):
        HashCounting.calls += 1
        return 1
    def __eq__(self, o):
        return self is o
h = HashCounting()
d = {h: 1}
d[h]
h in d
print(HashCounting.calls)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
ds = {m: "stored"}
m.v = 2
print(m in ds, Mutable(1) in ds, len(ds))
print(hash("") == hash(""), hash(b"ab") == hash(b"ab"), hash("ab") == hash("ab"), type(hash("x")).__name__)
