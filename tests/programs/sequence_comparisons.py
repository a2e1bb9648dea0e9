# Lexicographic comparison of lists, tuples, strings, bytes and ranges, with mixed element types and identity shortcuts.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], [0]), ([2], [1, 9]), ((1, "a"), (1, "b")), ("abc", "abd"),
         ("ab", "abc"), ("B", "a"), (b"ab", b"b"), (b"", b"\x00"), ([1, [2, 3]], [1, [2, 4]]), ((1.0, 2), (1, 2)), ([0.5], [True])]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print([1, 2] == (1, 2), (1, 2) == [1, 2], "ab" == b"ab", range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
show(lambda: [1] < (1,))
show(lambda: [1, "a"] < [1, 2])
show(lambda: (1, None) < (1, None))
show(lambda: "a" < b"a")
show(lambda: range(1) < range(2))
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), [nan] < [nan], [1, nan] < [1, nan], [nan, 1] < [nan, 2])
x = [1]
print([x] == [x], x in [x], [[1]] == [[1]])
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
a = [Loud(1), Loud(2), Loud(3)]
b = [Loud(1), Loud(5), Loud(0)]
print(a < b)
print(a == b)
same = Loud(7)
print([same] == [same])
print(max([[1, 2], [1, 2, 0], [0, 9]]), min(["b", "ab", "abc"]), sorted([(2, "a"), (1, "z"), (1, "b")]), sorted([b"b", b"a", b"ab"]))
