# Augmented assignment on names, attributes, subscripts and slices, with __iadd__ vs __add__ fallback and immutables.
class Tracked:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Tracked(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        print("__isub__ returning NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("__sub__ fallback")
        return Tracked(self.v - o)
    def __imul__(self, o):
        return "imul returned a string"
t = Tracked(1)
orig = t
t += 5
print(t.v, t is orig)
t -= 2
print(t.v, t is orig)
t *= 3
print(t)
class Holder:
    def __init__(self):
        self.items = [1]
        self.count = 0
h = Holder()
h.count += 1
h.items += [2]
h.items *= 2
print(h.count, h.items)
d = {"a": [1], "n": 0}
d["a"] += [2]
d["n"] += 10
d.setdefault("z", []).append(3)
print(d)
lst = [1, 2, 3, 4]
lst[1:3] += ["x"] if False else []
lst[0] -= 10
lst[-1] **= 2
print(lst)
s = "ab"
s2 = s
s += "c"
print(s, s2)
tup = (1,)
tup += (2,)
print(tup)
fs = frozenset({1})
fs |= {2}
print(fs, type(fs).__name__)
st = {1}
st2 = st
st |= {2}
st -= {1}
st ^= {5}
st &= {2, 5}
print(st, st is st2)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 4; n >>= 1; n |= 1; n ^= 3; n &= 0xF; n -= 1; n *= -1; n /= 4
print(n)
b = b"x"
b += b"y"
ba = bytearray(b"x")
ba2 = ba
ba += b"y"
print(b, ba, ba is ba2)
x = [0]
try:
    x[5] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    undefined_thing += 1
except NameError as e:
    print("NameError:", e)
def local_aug():
    counter += 1
try:
    local_aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 5
print(m)
