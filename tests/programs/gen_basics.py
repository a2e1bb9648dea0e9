# Generator functions: lazy execution, StopIteration, return values, state attributes, reuse.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def numbers(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
    return "done"
g = numbers(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(next(g))
print(g.gi_suspended, g.gi_frame.f_lineno > 0)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
show(lambda: next(g))
print(g.gi_frame, list(g))
print(list(numbers(3)), sum(numbers(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def early_return(x):
    if x:
        return x
    yield 1
print(list(early_return(0)), list(early_return(5)))
try:
    next(early_return(7))
except StopIteration as e:
    print("value", e.value)
def inner_stop():
    yield 1
    raise StopIteration("inside")
show(lambda: list(inner_stop()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
for v in gen_with_finally():
    print("got", v)
    break
print("after break")
print(next(iter(numbers(1))), iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
def nested_gens():
    for x in range(3):
        yield (y * x for y in range(3))
print([list(inner) for inner in nested_gens()])
print(next(x for x in "abc"), list(zip(fib(), "abc")), dict(enumerate(numbers(0))))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
show(lambda: next(g3))
