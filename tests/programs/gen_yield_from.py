# yield from: delegation of values, send, throw, close and return values through nested generators.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
show(lambda: next(g))
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)), {"k": 1})))
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield f"level {n}"
    return r + 1
d = depth(3)
print(list(d))
def total():
    r = yield from depth(4)
    return r
try:
    gen = total()
    while True:
        next(gen)
except StopIteration as e:
    print("depth result", e.value)
def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "after-catch"
    finally:
        print("inner finally")
def delegator():
    yield from catcher()
    yield "delegator-end"
g = delegator()
print(next(g))
print(g.throw(KeyError("x")))
print(next(g))
g = delegator()
next(g)
g.close()
print("closed")
g = delegator()
next(g)
show(lambda: g.throw(ValueError("not caught")))
def yf_iter():
    r = yield from [10, 20]
    return r
print(list(yf_iter()))
def yf_none():
    yield from None
show(lambda: list(yf_none()))
def yf_send_to_list():
    yield from [1, 2]
s = yf_send_to_list()
next(s)
show(lambda: s.send(5))
def subgen_stopiter():
    return (yield)
def passes_value():
    v = yield from subgen_stopiter()
    yield ("got", v)
p = passes_value()
next(p)
print(p.send(StopIteration("wrapped")))
