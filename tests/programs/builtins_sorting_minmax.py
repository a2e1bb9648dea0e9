# min/max with key and default, sum with start, sorted with key/reverse, and their errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

data = [("apple", 3), ("pear", 7), ("fig", 7), ("kiwi", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max(data), min(data), max(3, 1, 2), min("b", "a"))
print(max([], default="empty"), min([], default=None), max([5], default=0), max("hello"), min(x * x for x in range(-3, 3)))
print(max(1, 2.5, True), min(-1, -1.0), max([1, 1.0]), max([1.0, 1]), min(["aa", "b"], key=len), max("ab", "ba", key=lambda s: s[1]))
show(lambda: max([]))
show(lambda: min())
show(lambda: max(1))
show(lambda: max(1, 2, default=0))
show(lambda: max([1, "a"]))
show(lambda: min([1, 2], key=None))
show(lambda: max([1, 2], key=lambda x: x.y))
show(lambda: max([1, 2], foo=1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], 5), sum((1j, 2)))
print(sum([1.5, 2, True]), sum([10 ** 20, 1, -10 ** 20]), sum(x for x in range(5)), sum([], start=3), sum([1e100, 1.0, -1e100]))
show(lambda: sum(["a", "b"], ""))
show(lambda: sum([b"a"], b""))
show(lambda: sum([[1]]))
show(lambda: sum(1))
show(lambda: sum(["a"]))
print(sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([-3, 2, -1], key=abs), sorted([(1, "b"), (1, "a")]))
print(list(reversed(sorted("python"))), sorted(set([3, 1, 2])), sorted((1.5, 1, True)), sorted(["B", "a", "C"], key=str.lower))
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), round(7.5), round(-7.5), round(123.456, 1), round(12345, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, -2), pow(5, 2, 3), pow(-2, 3, 5))
show(lambda: abs("x"))
show(lambda: round("x"))
show(lambda: round(1.5, "2"))
show(lambda: divmod("a", 1))
