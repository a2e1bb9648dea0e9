# lambda: defaults, closures, immediate invocation, in sort keys and dispatch tables, attributes.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(square.__name__, square.__qualname__, add.__defaults__, square.__code__.co_argcount, (lambda: 0).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(7))), list(filter(lambda x: x & 1, range(9))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
y = 5
closure = lambda x: x + y
y = 6
print(closure(1))
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-2, 0, 3)])
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3), (lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, e=5))
class K:
    f = lambda self: "method via lambda"
    g = staticmethod(lambda: "static lambda")
print(K().f(), K.g(), K.f.__qualname__)
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield from range(3)))()))
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
