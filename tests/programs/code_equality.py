# Code objects compare and hash by content (code_richcompare, code_hash); tuples holding None
# or slices hash as 3.14 hashes them.
def make():
    def f(x):
        return x + 1
    return f
a, b = make().__code__, make().__code__
print(a is b, a == b, a != b, hash(a) == hash(b), len({a, b}), {a: 1}[b])
def g0(): return 0.0
def g1(): return -0.0
print(g0.__code__ == g1.__code__.replace(co_name="g0", co_firstlineno=g0.__code__.co_firstlineno, co_linetable=g0.__code__.co_linetable))
c = a.replace(co_consts=a.co_consts)
print(c == a, hash(c) == hash(a), a.replace(co_name="other") == a, a.replace(co_flags=a.co_flags | 0x20) != a)
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print(e)
print(a == 1, a != "x", a.__eq__(1), a.__lt__(a))
print(type(a).__hash__(a) == hash(a))
x = [lambda: 1 for _ in range(2)]
print(x[0].__code__ is x[1].__code__)
def h():
    return (lambda: 1), (lambda: 1)
l1, l2 = h()
print(l1.__code__ == l2.__code__, l1.__code__ is l2.__code__)
print(hash(()), hash((1, 2)), hash((None,)), hash((1, (None, slice(1, 2)))), hash((1.5, "")), hash(slice(None)))
