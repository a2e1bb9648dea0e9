# dict insertion order under many insertions, deletions, re-insertions, resizing, and equality independent of order.
d = {}
for i in range(200):
    d[i * 7 % 200] = i
print(list(d)[:20], len(d))
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(list(d)[:20], len(d))
for k in range(0, 200, 9):
    d[k] = "re"
print(list(d)[-15:], len(d))
keys = list(d)
d2 = {}
for k in reversed(keys):
    d2[k] = d[k]
print(d == d2, list(d) == list(d2), list(d)[:3], list(d2)[:3])
s = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    s[word] = s.get(word, 0) + 1
print(s, list(s.items())[::2])
s.pop("quick")
s["quick"] = 99
print(list(s))
big = {str(i): i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], list(big)[-5:], sum(big.values()))
big.clear()
print(big, len(big))
m = dict.fromkeys("abcdef", 0)
m.update({"c": 1, "z": 2})
m.popitem()
m.setdefault("y", 3)
print(m)
mixed = {1: "int", "1": "str", 1.5: "float", (1,): "tuple", None: "none", True: "true-overwrites-1"}
print(mixed, len(mixed))
