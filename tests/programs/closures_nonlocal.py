# Closures: captured variables, nonlocal rebinding, late binding in loops, cells shared between closures.
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        return inner
    result = middle()()
    return result, x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def closure_over_param(a):
    def add(b):
        return a + b
    a += 100
    return add
print(closure_over_param(1)(2))
def cells():
    a, b = 1, 2
    def f():
        return a + b
    return f
f = cells()
print(f(), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars, cells.__code__.co_cellvars)
def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    v = 5
    return g()
print(unbound())
def reads_before_assign():
    x = 1
    def g():
        try:
            print(x)
        except NameError as e:
            print(type(e).__name__ + ":", e)
        x = 2
    g()
reads_before_assign()
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
print([acc(v) for v in (5, 10, 20)])
def deep():
    level = 0
    def a():
        def b():
            def c():
                nonlocal level
                level += 1
                return level
            return c()
        return b()
    return a(), a(), level
print(deep())
print(counter.__code__.co_cellvars, inc.__code__.co_freevars, inc.__name__, inc.__qualname__)
