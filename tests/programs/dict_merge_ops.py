# dict union operators, ** unpacking in literals and calls, comprehension forms, and ordering rules.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, "x": 0, **a}, dict(a, **b))
c = a.copy()
c |= b; print(c)
c |= [("w", 5)]; print(c)
show(lambda: a | [("w", 5)])
show(lambda: a | 5)
def kw(**kwargs):
    return kwargs
print(kw(**a), kw(**a, z=3), kw(q=0, **b))
show(lambda: kw(**a, **{"x": 9}))
show(lambda: kw(**{1: 2}))
show(lambda: kw(**[1]))
print({k: v for k, v in zip("abc", range(3))}, {i: i * i for i in range(5) if i % 2}, {v: k for k, v in a.items()})
print({x: y for x in range(2) for y in range(3)}, dict((i, str(i)) for i in range(3)))
order = {}
order["z"] = 1; order["a"] = 2; order["m"] = 3
print(list(order), list(order.items())[::-1])
del order["z"]; order["z"] = 4
print(list(order))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Default()
print(dd["abc"], dd["z"], dd, dd.get("nope"), "nope" in dd)
