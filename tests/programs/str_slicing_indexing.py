# Indexing and slicing strings with every sign and step combination, and index errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "0123456789"
for start in (None, 0, 3, -3, 20, -20):
    for stop in (None, 5, -1, 0, 15):
        for step in (None, 1, 2, -1, -3):
            print(start, stop, step, repr(s[start:stop:step]))
print(s[0], s[-1], s[5], s[-10], s[::], s[::-1], s[1::2], s[-2::-2])
show(lambda: s[10])
show(lambda: s[-11])
show(lambda: s["1"])
show(lambda: s[1.0])
show(lambda: s[::0])
show(lambda: s[None])
t = "héllo wörld ✓"
print(t[1], t[-1], t[2:9], len(t), t[::-1], t.index("ö"))
class Idx:
    def __index__(self):
        return 3
print(s[Idx()], s[Idx():], s[:Idx()], s[slice(1, 8, Idx())])
show(lambda: setattr(s, "x", 1))
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
