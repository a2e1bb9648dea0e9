class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"R({self.n}, {R(self.n - 1) if self.n else ''})"
print(len(repr(R(200))))
class Bad:
    def __repr__(self): return repr(self)
try:
    repr(Bad())
except RecursionError as e:
    print("RecursionError", e)
def key(x):
    if x == 3: raise ValueError("bad key")
    return x
try:
    sorted([1, 2, 3], key=key)
except ValueError as e:
    print("VE", e)
class E:
    def __hash__(self): return 1
    def __eq__(self, o): raise KeyError("eq")
d = {E(): 1}
try:
    d[E()]
except KeyError as e:
    print("KE", e)
def outer():
    def inner():
        yield from range(3)
    yield from inner()
    return 5
print(list(outer()))
class K:
    x = 1
    y = [x for _ in range(2)] if False else None
    z = (lambda: 3)()
print(K.z)
class G:
    def __getattr__(self, n):
        if n == "loop": return self.loop2
        raise AttributeError(n)
try:
    G().loop
except AttributeError as e:
    print("AE", e)
import_ = [*range(3), *"ab"]
print(import_, {**{"a": 1}, "b": 2}, print.__name__, (lambda *a, **k: (a, k))(1, x=2))
try:
    raise TypeError("x") from ValueError("y")
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
g = (x * x for x in range(4))
print(sum(g), list(g))
