# sets and frozensets of ints: operators, methods, comparisons, hashing, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a > a, a == {4, 3, 2, 1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([1, 9]), a.issubset(range(10)), a.issuperset([1, 2]))
s = set()
s.add(5); s.add(5); s.update([1, 2], {9}); print(s)
s.discard(100); s.discard(1); print(s)
s.remove(2); print(s)
p = s.pop(); print(p, s)
s |= {10}; s &= {5, 9, 10, 11}; s -= {10}; s ^= {1, 5}; print(s)
s.intersection_update({1, 9}); print(s)
s.difference_update({9}); print(s)
s.symmetric_difference_update({7, 8}); print(s)
c = s.copy(); c.clear(); print(s, c, set(), frozenset())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {[1]})
show(lambda: set([[]]))
show(lambda: {1} + {2})
show(lambda: {1} | [2])
show(lambda: {1} < [1])
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "frozen key"}, {frozenset(): 0}, frozenset(f) is f, len(f), 2 in f, sorted(f, reverse=True))
show(lambda: f.add(1))
print({x % 5 for x in range(20)}, set(range(5)), set("aaa"), set({1: 2}), {(1, 2), (1, 2)}, {True, 1, 1.0}, {0, False})
print(sorted({"pear", "apple", "fig"}), len({"a", "b", "a"}), "a" in {"a"}, {1, 2} == frozenset({1, 2}))
big = set(range(0, 100, 3)) & set(range(0, 100, 5))
print(sorted(big), max(big), min(big), sum(big))
print(set.__mro__, frozenset.__mro__, {1, 2}.__len__(), repr({-1, -2}), repr(frozenset([1])))
