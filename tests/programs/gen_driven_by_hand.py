"""Generators driven by hand: send/throw/close edge cases, gi_* attributes, yield from
delegation to non-generator iterators, StopIteration values and PEP 479."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


def counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total


# send before start
g = counter()
show("send non-None first", lambda: g.send(5))
show("send None first", lambda: g.send(None))
show("send 3", lambda: g.send(3))
show("send 4", lambda: g.send(4))
show("send None ends", lambda: g.send(None))
show("send after end", lambda: g.send(1))
show("next after end", lambda: next(g))

# StopIteration carries the return value
g = counter()
next(g)
g.send(10)
try:
    g.send(None)
except StopIteration as exc:
    print("return value", exc.value, exc.args)


def returns_tuple():
    return (1, 2)
    yield

try:
    next(returns_tuple())
except StopIteration as exc:
    print("tuple return", exc.value, exc.args)


def returns_none():
    if False:
        yield

try:
    next(returns_none())
except StopIteration as exc:
    print("none return", exc.value, exc.args)

# throw forms
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as exc:
            print("  caught", type(exc).__name__, exc.args)
            yield "recovered"

g = catcher()
show("throw before start", lambda: g.throw(ValueError("early")))
show("throw after failed start", lambda: next(g))
g = catcher()
next(g)
show("throw instance", lambda: g.throw(ValueError("inst")))
next(g)
show("throw class", lambda: g.throw(ValueError))
next(g)
show("throw non-exception", lambda: g.throw(42))
show("throw non-exception class", lambda: g.throw(int))
show("throw other", lambda: g.throw(KeyError("k")))
show("after other", lambda: next(g))

# close and GeneratorExit
def closer(kind):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit in", kind)
        if kind == "ignore":
            yield "ignored"
        if kind == "raise":
            raise ValueError("from close")
        if kind == "return":
            return "closed value"
        raise
    finally:
        print("  finally", kind)

for kind in ("reraise", "ignore", "raise", "return"):
    g = closer(kind)
    next(g)
    show(f"close {kind}", g.close)
    show(f"close again {kind}", g.close)

g = closer("unstarted")
show("close unstarted", g.close)
show("next after close", lambda: next(g))

# gi_running, gi_frame, gi_suspended, gi_yieldfrom, gi_code
def introspect():
    print("  running inside:", me.gi_running, me.gi_suspended)
    yield 1
    yield from inner()

def inner():
    yield "inner"

me = introspect()
print("fresh:", me.gi_running, me.gi_suspended, me.gi_frame is not None, me.gi_yieldfrom)
print("frame lasti fresh", me.gi_frame.f_lasti >= 0, me.gi_code.co_name, me.__name__, me.__qualname__)
next(me)
print("after yield:", me.gi_running, me.gi_suspended, me.gi_yieldfrom)
next(me)
print("in yield from:", type(me.gi_yieldfrom).__name__, me.gi_yieldfrom.__name__)
for _ in me:
    pass
print("done:", me.gi_running, me.gi_suspended, me.gi_frame, me.gi_yieldfrom)

# generator already executing
def reentrant():
    yield next(self_ref)

self_ref = reentrant()
show("already executing", lambda: next(self_ref))


def reentrant_send():
    yield self_send.send(None)

self_send = reentrant_send()
show("already executing send", lambda: next(self_send))


def reentrant_throw():
    yield self_throw.throw(ValueError)

self_throw = reentrant_throw()
show("already executing throw", lambda: next(self_throw))


def reentrant_close():
    yield self_close.close()

self_close = reentrant_close()
show("already executing close", lambda: next(self_close))

# yield from a non-generator iterator: send/throw/close delegation
class Sub:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub done")
        return self.n

    def send(self, value):
        print("  Sub.send", value)
        return self.__next__()

    def throw(self, *args):
        print("  Sub.throw", [type(a).__name__ for a in args])
        if isinstance(args[0], KeyError):
            raise StopIteration("stopped by throw")
        raise args[0]

    def close(self):
        print("  Sub.close")


def delegator(sub):
    result = yield from sub
    print("  delegator got", result)
    yield "after"
    return "delegator done"

g = delegator(Sub())
print(next(g), g.send(None), g.send("x"))
show("send past end", lambda: g.send("y"))
show("next final", lambda: next(g))

g = delegator(Sub())
next(g)
show("throw KeyError", lambda: g.throw(KeyError("k")))
g = delegator(Sub())
next(g)
show("throw TypeError", lambda: g.throw(TypeError("t")))
g = delegator(Sub())
next(g)
show("close delegating", g.close)


class OnlyNext:
    """An iterator with no send/throw/close."""

    def __iter__(self):
        return self

    def __next__(self):
        return "only"

g = delegator(OnlyNext())
next(g)
show("send to plain iterator", lambda: g.send("v"))
show("throw to plain iterator", lambda: g.throw(IndexError("i")))
g = delegator(OnlyNext())
next(g)
show("close plain iterator", g.close)

g = delegator([1, 2])
next(g)
show("send to list iterator", lambda: g.send(5))

# yield from a generator: return value and throw into it
def sub_gen():
    try:
        x = yield "s1"
        print("  sub got", x)
        yield "s2"
    except ZeroDivisionError:
        return "sub handled"
    return "sub normal"

def outer():
    value = yield from sub_gen()
    print("  outer value", value)
    return value

g = outer()
print(next(g), g.send("hello"))
show("finish", lambda: next(g))
g = outer()
next(g)
show("throw into sub", lambda: g.throw(ZeroDivisionError))

# yield from a non-iterable
def bad_yield_from():
    yield from 5

show("yield from int", lambda: next(bad_yield_from()))

# PEP 479
def leaks_stop():
    yield 1
    raise StopIteration("leak")

g = leaks_stop()
next(g)
try:
    next(g)
except RuntimeError as exc:
    print("PEP 479:", exc, "| cause:", type(exc.__cause__).__name__, exc.__cause__)


def leaks_from_next():
    it = iter([])
    yield next(it)

try:
    list(leaks_from_next())
except RuntimeError as exc:
    print("PEP 479 next:", exc, type(exc.__cause__).__name__)


def leaks_async_stop():
    raise StopAsyncIteration
    yield

try:
    next(leaks_async_stop())
except BaseException as exc:
    print("StopAsyncIteration in generator:", type(exc).__name__, exc)

# generator expressions and exceptions from the iterable
gen = (x * 2 for x in range(3))
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
show("genexpr over int", lambda: (x for x in 5))
gen = (1 / x for x in (1, 0))
print(next(gen))
show("genexpr raising", lambda: next(gen))
show("after raising", lambda: next(gen))

# a finished generator keeps no frame; close on finished is a no-op
def one():
    yield 1

g = one()
print(list(g), g.gi_frame, g.close(), g.gi_suspended)
