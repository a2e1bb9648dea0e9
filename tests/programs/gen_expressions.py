# Generator expressions: laziness, scoping of the first iterable, nesting, consumption by builtins.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
def noisy(v):
    log.append(v)
    return v
g = (noisy(x) for x in range(5))
print(log, type(g).__name__, g.__name__)
print(next(g), log)
print(list(g), log)
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), "".join(c.upper() for c in "gen"))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), sorted((x % 4 for x in range(10)), reverse=True))
print(list((x, y) for x in range(3) for y in range(x)), list(x for x in range(20) if x % 3 if x % 2))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))
def first_iter_eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        return "TypeError at creation: " + str(e)
print(first_iter_eager())
g = (1 / x for x in [1, 0])
print(next(g))
show(lambda: next(g))
show(lambda: next(g))
items = [1, 2, 3]
g = (x for x in items)
items = [9, 9]
print(list(g))
class K:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(K.doubled)
print(dict((k, len(k)) for k in ("a", "bb")), set(c for c in "hello") == set("helo"), tuple(i for i in range(3)))
def gen_in_func(n):
    return (i * n for i in range(3))
print(list(gen_in_func(5)), [list(g) for g in (gen_in_func(k) for k in range(2))])
g = (x for x in range(3))
print(g.gi_frame is not None, g.gi_running, next(g), g.send(None))
g.close()
show(lambda: next(g))
print(min((abs(x - 7), x) for x in (1, 5, 9, 12)), sum(1 for _ in range(1000)))
