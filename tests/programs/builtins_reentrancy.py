# Builtins re-entered from guest callbacks, and containers mutated while a builtin is using them.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")

show("sorted inside key", lambda: sorted(["bb", "a", "ccc"], key=lambda s: sorted(s, reverse=True)))
show("map inside map", lambda: list(map(lambda x: list(map(str, range(x))), range(4))))
show("max of mins", lambda: max(range(1, 4), key=lambda n: min(range(n, 10), key=lambda m: (m % 3, m))))
lst = [3, 1, 2]
def mutating_key(x):
    lst.append(x)
    return x
show("list modified during sort", lambda: lst.sort(key=mutating_key))
print(lst)
d = {1: "a", 2: "b"}
def grow():
    for k in d:
        d[k + 10] = "new"
show("dict changed size", grow)
s = {1, 2, 3}
def shrink():
    for x in s:
        s.discard(x)
show("set changed size", shrink)
items = [1, 2, 3, 4]
seen = []
for x in items:
    seen.append(x)
    if x == 2:
        items.remove(x)
print("list mutated during for:", seen, items)
class Eq:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    __hash__ = object.__hash__
victim = [1, 2, 3]
show("list.index clearing list", lambda: victim.index(Eq(victim)))
print(victim)
victim2 = [1, 2, 3]
show("in clearing list", lambda: Eq(victim2) in victim2)
class MutDictKey:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        return False
dd = {}
dd[MutDictKey(dd)] = 1
show("dict lookup clearing dict", lambda: dd.get(MutDictKey(dd)))
print(len(dd))
class ReprRecursesIntoList:
    def __init__(self, container):
        self.container = container
    def __repr__(self):
        return f"R({len(self.container)})"
box = []
box.append(ReprRecursesIntoList(box))
box.append(box)
print(repr(box))
acc = []
def adding_key(x):
    acc.append(sorted(acc))
    return -x
print(sorted([1, 2, 3], key=adding_key), acc)
gen_log = []
def g():
    gen_log.append("start")
    yield sum(x for x in range(3))
    yield max(y * 2 for y in g2())
def g2():
    yield from (i for i in range(4))
print(list(g()), gen_log)
print(list(filter(lambda x: x in list(map(lambda y: y * 2, range(5))), range(10))))
print(dict(zip(map(str, range(3)), filter(None, map(lambda v: v % 4, range(1, 10))))))
