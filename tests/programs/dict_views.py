# dict views: keys/values/items, set operations on views, live updates, reversed, mapping, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(k, list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"})
print(sorted(it & {("a", 1), ("b", 9)}), sorted(it - {("a", 1)}), k.isdisjoint({"x"}), k <= {"a", "b", "c", "d", "e"})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping, it.mapping == d, v == v, d.values() == d.values())
show(lambda: k[0])
show(lambda: it & 5)
show(lambda: hash(k))
def mutate():
    for key in d:
        d[key + key] = 0
show(mutate)
def shrink():
    for key in d.keys():
        del d[key]
show(shrink)
print(d)
e = {1: "x", 2: "y"}
i = iter(e.items())
print(next(i), next(i))
show(lambda: next(i))
print(dict(e.items()), set(e.keys()) == {1, 2}, sum(e.keys()), max(e.values()), sorted(e.items(), key=lambda p: p[1], reverse=True))
print(iter(e).__class__.__name__, iter(e.values()).__class__.__name__, iter(e.items()).__class__.__name__, reversed(e).__class__.__name__)
