# zip (strict), enumerate (start), map with several iterables, filter with None, reversed, any/all laziness.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(list(zip("abc", range(3))), list(zip()), list(zip([1])), list(zip("ab", "xyz", [True])), dict(zip("ab", "cd")))
print(list(zip("ab", range(2), strict=True)))
show(lambda: list(zip("abc", range(2), strict=True)))
show(lambda: list(zip("a", range(2), strict=True)))
show(lambda: list(zip("ab", "ab", "a", strict=True)))
show(lambda: zip(1))
show(lambda: zip([], foo=True))
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
e = enumerate("xy")
print(next(e), next(e), next(e, None), type(e).__name__)
show(lambda: enumerate(5))
show(lambda: enumerate("a", "b"))
print(list(map(str.upper, "abc")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(int, ["1", "2"])))
print(list(map(pow, range(4), [2] * 4, [5] * 4)), list(map(len, ["", "ab", [1]])))
show(lambda: list(map(int, ["1", "x"])))
show(lambda: map(len))
show(lambda: list(map(5, [1])))
print(list(map(divmod, [7, 8], [2, 3], strict=True)))
show(lambda: list(map(divmod, [7, 8], [2], strict=True)))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 2, range(5))))
show(lambda: list(filter(5, [1])))
calls = []
def pred(x):
    calls.append(x)
    return x > 2
print(any(pred(x) for x in range(10)), calls)
calls.clear()
print(all(pred(x) for x in range(3, 10)), all(pred(x) for x in [5, 1, 6]), calls)
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
show(lambda: reversed({1, 2}))
show(lambda: reversed(iter([1])))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), type(r).__name__)
print(list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip(*[[1, 2, 3], [4, 5, 6]])], list(zip(*enumerate("ab"))))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
