# Subclassing builtin types: which methods consult overrides (dict, list, str, int, float, tuple, set) and which don't.
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("LoudDict.__setitem__", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("LoudDict.__getitem__", k)
        return super().__getitem__(k)
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(d["a"], d.get("a"), dict(d), sorted(d), type(d.copy()).__name__, type(d | {}).__name__)
class MyList(list):
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(["overridden iteration"])
ml = MyList([1, 2, 3])
print(len(ml), list(ml), ml[:], [x for x in ml], sum(MyList([1, 2])) if False else "skip", ml.__class__.__name__, bool(MyList()))
print(type(ml + ml).__name__, type(ml * 2).__name__, type(ml[:]).__name__, ml == [1, 2, 3], repr(ml))
class Shout(str):
    def upper(self):
        return "CUSTOM UPPER"
    def __len__(self):
        return 0
s = Shout("quiet")
print(s.upper(), len(s), s.lower(), type(s.lower()).__name__, type(s + "x").__name__, type(s[1:]).__name__, s == "quiet", f"{s}")
class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5)
print(m + 3, 3 + m, m * 2, type(m * 2).__name__, -m, type(-m).__name__, m == 5, hash(m) == hash(5), str(m), f"{m:>5}")
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, round(c, 1), int(c), f"{c}", "%s" % c, [c])
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), type(p.swap()).__name__, p + (3,), type(p + (3,)).__name__, p == (1, 2), len(p))
class TagSet(set):
    def add(self, item):
        super().add(item.lower())
ts = TagSet()
ts.add("A")
ts.update(["B"])
print(sorted(ts), type(ts | {"c"}).__name__, type(ts.copy()).__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for ch in "banana":
    cnt[ch] += 1
print(sorted(cnt.items()), cnt["z"], "z" in cnt, cnt.get("z"))
class AttrList(list):
    pass
al = AttrList([1])
al.meta = "has __dict__"
print(al.meta, al, vars(al))
class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), "yes" if BoolLike(5) else "no", not BoolLike(0))
