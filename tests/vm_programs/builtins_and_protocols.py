class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.nxt = nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __bool__(self): return True
lst = Node(1, Node(2, Node(3)))
print(list(lst), sum(lst), 2 in lst)
d = {}
for w in "the quick the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(d, sorted(d, key=d.get, reverse=True))
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
    def __repr__(self): return f"Stack({self.items})"
s = Stack().push(1).push(2)
print(s, len(s), bool(Stack()))
print(vars(Node(5)), getattr(s, "items"), hasattr(s, "nope"), getattr(s, "nope", "dflt"))
setattr(s, "z", 3); print(s.z); delattr(s, "z"); print(hasattr(s, "z"))
print(callable(len), callable(s), type(len).__name__, type(Stack.push).__name__, type(s.push).__name__)
print(repr(None), repr(...), NotImplemented, int.__name__, str(type(s)))
x = 10
def uses_global():
    global x
    x += 1
uses_global(); print(x)
def varargs(*a, **k): return a, k
print(varargs(1, *[2, 3], x=1, **{"y": 2}))
t = (1, 2, 3); print(t[-1], t.index(2), t * 2, (1,) + t)
print([1, 2, 3][::2], "abc" * 2, 3 * [0], -5 % 3, 5 ** -1, 1 / 3)
m = [[0] * 3 for _ in range(2)]; m[1][2] = 9; print(m)
a = b = 5; a += 1; print(a, b)
lam = lambda x, y=2: x * y; print(lam(3), (lambda: 7)())
print(str(1.0), str(1e300 * 10), float("nan") == float("nan"), 0.1 + 0.2, 10 ** 20, -0.0)
print(isinstance(3, (str, int)), issubclass(bool, int), type(None).__name__)
print("%s-%d" % ("a", 3), "{}/{}".format(1, 2), f"{'nested'!s:^10}")
class E(Exception): pass
class F(E): pass
try:
    raise F
except (KeyError, E) as e:
    print("caught F as", type(e).__name__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
g = gen(); next(g); g.close()
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
print(max("abc", key=ord), min(3, 1, 2), sorted([3, 1, 2], reverse=True), list(zip([1, 2], "ab")))
print(divmod(-7, 2), round(3.5), round(4.5), abs(-2.5), int(3.9), int("ff", 16), bool(""), bool([0]))
