# Unpacking assignment: tuples, nested targets, starred targets, iterables of all kinds, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(6)
x, *y = (1,)
print(first, rest, init, last, head, mid, tail, x, y)
[p, q], [r, *s] = "pq", (1, 2, 3)
print(p, q, r, s)
for i, (j, *k) in enumerate([(1, 2, 3), (4,), "xy"]):
    print(i, j, k)
m = n = o = [0]
m.append(1)
print(m, n, o, m is o)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
dct = {}
dct["a"], dct["b"] = "AB"
print(dct)
class Box:
    pass
box = Box()
box.x, box.y = divmod(17, 5)
print(box.x, box.y)
a, b, c = {"k1": 1, "k2": 2, "k3": 3}
print(a, b, c)
(a, b), = [(7, 8)]
print(a, b)
def unpack2(v):
    a, b = v
    return a, b
def unpack_star(v):
    a, *b, c = v
    return a, b, c
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: unpack_star([1]))
show(lambda: unpack_star("ab"))
def gen():
    yield 1
    yield 2
    yield 3
show(lambda: unpack2(gen()))
print([*range(3), *"ab", *{"k": 1}], (*[1, 2],), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2})
print(*[1, 2, 3], sep="-")
print(*"abc", *[], *(), end="!\n")
a, *b = "x"
print(a, b, type(b).__name__)
*a, = range(3)
print(a)
