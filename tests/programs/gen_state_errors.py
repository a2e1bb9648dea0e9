# Generator edge cases: re-entrancy ValueError, StopIteration inside becomes RuntimeError, gi_yieldfrom, frames.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e), "| cause:", repr(e.__cause__))
    else:
        print(repr(r))

def reenter():
    yield next(me)
me = reenter()
show(lambda: next(me))
def leaks_stop():
    yield 1
    next(iter([]))
    yield 2
g = leaks_stop()
print(next(g))
show(lambda: next(g))
def explicit_stop():
    raise StopIteration(5)
    yield
show(lambda: next(explicit_stop()))
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_running, inner().gi_yieldfrom)
def code_names():
    yield
cg = code_names()
print(cg.gi_code.co_name, cg.gi_code is code_names.__code__, bool(cg.gi_code.co_flags & 0x20))
def suspended_count():
    for i in range(3):
        yield i
s = suspended_count()
print([s.gi_frame.f_locals.get("i") for _ in [next(s), next(s)]])
def throw_with_tb():
    yield
t = throw_with_tb()
next(t)
show(lambda: t.throw(ValueError("with message")))
def closes_inner_on_close():
    try:
        yield from inner_with_finally()
    finally:
        print("outer finally")
def inner_with_finally():
    try:
        yield "x"
    finally:
        print("inner finally")
c = closes_inner_on_close()
next(c)
c.close()
def gen_return_none():
    return
    yield
show(lambda: next(gen_return_none()))
def stop_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"
sf = stop_in_finally()
next(sf)
print(sf.close())
def many_yields():
    yield 1; yield 2; yield 3
print(list(many_yields()), [*many_yields()], tuple(many_yields()))
