# tuples: construction, packing, indexing, count/index, comparison, hashing, concatenation, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t.count(1), t.index(None), 3.0 in t, (4, 5) in t)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({3: 4}), 1, (1), ((1,),))
a = 1, 2, 3
print(a, type(a).__name__, a + (4,), a * 2, 0 * a, a == (1, 2, 3), a < (1, 2, 4), a < (1, 2), (1, 2) < a, () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), max((3, 1, 2)))
show(lambda: hash((1, [2])))
show(lambda: t.index("zz"))
show(lambda: t[10])
show(lambda: t.__setitem__(0, 1))
show(lambda: (1,) + [2])
show(lambda: (1, "a") < (1, 2))
show(lambda: tuple(5))
x = (1, [2, 3])
x[1].append(4)
print(x)
try:
    x[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(x)
u = (3,)
v = u
u += (4,)
print(u, v, u is v)
print(tuple.__mro__, (1, 2).__getitem__(0), (1, 2).__len__(), (1,).__add__((2,)), repr((1,)), repr(("a", b"b")))
nested = ((1, 2), (3, 4), (5, 6))
print([a + b for a, b in nested], dict(nested), list(zip(*nested)), sum(map(sum, nested)), sorted(nested, reverse=True))
