# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear, insertion order, and KeyError.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d, list(d))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10); print(d)
d.update([("p", 1), ("q", 2)]); print(d)
d.update(b=20); print(d)
d["b"] = 21; print(d)
del d["x"]; print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0))
e = d.copy(); e.clear(); print(d, e)
show(lambda: d["missing"])
show(lambda: d.pop("missing"))
show(lambda: {}.popitem())
show(lambda: d.__delitem__("missing"))
show(lambda: {[]: 1})
show(lambda: d.update(5))
show(lambda: d.update([1, 2]))
show(lambda: d.update([(1, 2, 3)]))
show(lambda: dict(a=1, **{"a": 2}))
show(lambda: d[(1, [2])])
print(dict(), dict(a=1), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", range(2))), dict(((1, 2),)))
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b", 0.0: "c"}, {(1, 2): "t", "k": [1]})
o = {}
for i in range(10):
    o[i % 4] = i
print(o)
del o[1]
o[1] = "re"
print(o, list(o.keys()), list(o.values()), list(o.items()))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, {1: 2} != {1: 3}, {} == {}, dict.__mro__)
show(lambda: {1: 2} < {1: 2})
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 2
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K{self.v}"
kd = {K(1): "one", K(3): "three", K(2): "two"}
print(kd, kd[K(3)], K(5) in kd, len(kd))
rec = {}
rec["self"] = rec
print(rec)
