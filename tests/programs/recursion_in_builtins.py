# Guest recursion re-entered through builtins (repr, ==, hash, sorted keys) hits the guest recursion limit cleanly.
def nest(depth, make):
    obj = make(())
    for _ in range(depth):
        obj = make((obj,))
    return obj
shallow = nest(50, list)
print(len(repr(shallow)), repr(nest(3, tuple)), nest(3, list) == nest(3, list), hash(nest(10, tuple)) == hash(nest(10, tuple)))
class Link:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return f"L({self.nxt!r})"
    def __eq__(self, other):
        return isinstance(other, Link) and self.nxt == other.nxt
    def __hash__(self):
        return hash(("link", self.nxt))
def chain(n):
    obj = None
    for _ in range(n):
        obj = Link(obj)
    return obj
print(repr(chain(5)), chain(5) == chain(5), chain(5) == chain(6), hash(chain(4)) == hash(chain(4)))
for label, f in (("repr", lambda: repr(chain(5000))), ("==", lambda: chain(5000) == chain(5000)),
                 ("hash", lambda: hash(chain(5000))), ("str in list", lambda: str([chain(5000)])),
                 ("dict key", lambda: {chain(5000): 1}), ("in list", lambda: chain(5000) in [chain(5000)])):
    try:
        f()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", e)
print("recovered", repr(chain(2)), chain(300) == chain(300))
def key(x):
    return x if x <= 0 else min([x - 1], key=key)
try:
    sorted([5000], key=key)
except RecursionError as e:
    print("sorted key RecursionError:", e)
print(sorted([3, 1, 2], key=key))
class Deep:
    def __init__(self, n):
        self.n = n
    def __getattr__(self, name):
        return getattr(Deep(self.n + 1), name) if self.n < 100000 else "bottom"
try:
    Deep(0).anything
except RecursionError as e:
    print("__getattr__ RecursionError:", e)
print(Deep(99990).anything)
