# range: lengths, indexing, slicing, containment, equality, reversed, big ranges, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for r in (range(5), range(2, 10), range(10, 2, -3), range(0), range(5, 5), range(-5, 5, 2), range(0, -10, -1)):
    print(r, len(r), list(r), r.start, r.stop, r.step, bool(r), list(reversed(r)), r[0] if r else None, r[-1] if r else None)
r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::-1], r[::2], r[1:-1:3], 14 in r, 15 in r, 98 in r, r.index(21), r.count(7), r.count(8))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), hash(range(3)) == hash(range(0, 3)))
huge = range(10 ** 20)
print(len(range(10 ** 10)), huge[10 ** 19], 10 ** 19 in huge, huge[-1], huge[::10 ** 19])
show(lambda: len(huge))
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range(5)[10])
show(lambda: range(5).index(10))
show(lambda: range("a"))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I(), 8)), range(3)[I() - 2 if False else 1], 3.0 in range(5), "a" in range(5))
print(sum(range(101)), max(range(7, 0, -2)), min(range(3, 9)), sorted(range(5), reverse=True), list(enumerate(range(3, 6))))
print(repr(range(1, 2, 1)), repr(range(1, 2, 2)), str(range(-1)), range.__name__, type(iter(range(3))).__name__)
