def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got: print("got", got)
        i += 1
    return "done"
c = counter(3)
print(next(c), c.send("hi"), next(c))
try:
    next(c)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from counter(2)
    print("r", r)
print(list(deleg()))
print([x * y for x in range(3) for y in range(2) if x])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
print(sum(x for x in range(10)))
def closure():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = closure(); inc(); print(inc())
a, *b, c = [1, 2, 3, 4, 5]; print(a, b, c)
(x, y), z = (1, 2), 3; print(x, y, z)
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 9}))
print(f"{3.14159:.2f} {'x'!r} {10:>5}|{255:#x}")
print(sorted({3: 'a', 1: 'b'}.items()), list(map(lambda q: q * 2, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(enumerate("ab")), list(reversed([1, 2, 3])), min([4, 2, 8]), any([0, 1]), all([]))
s = "hello world"
print(s.upper(), s.split(), s[::-1], s[1:4], len(s), s.count("o"), "-".join(["a", "b"]))
print(isinstance(True, int), hex(255), oct(8), bin(5), chr(65), ord("a"), hash(1))
g = (i for i in range(3)); print(type(g).__name__, next(g))
i = 0
while True:
    i += 1
    if i > 3: break
else:
    print("never")
print(i, 7 // 2, -7 // 2, 7 % 3, 2 ** 0.5, 1e10, 1 < 2 < 3, not None, 3 if 0 else 4)
