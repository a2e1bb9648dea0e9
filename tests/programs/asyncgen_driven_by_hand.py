"""Async generators driven by hand: asend/athrow/aclose awaitables, ag_* attributes,
"already running" errors, GeneratorExit handling, aiter/anext with and without default."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


def run(awaitable):
    """Drive an awaitable to completion, printing what it suspends with."""
    it = awaitable.__await__() if hasattr(awaitable, "__await__") else awaitable
    try:
        while True:
            print("   suspended with", next(it))
    except StopIteration as stop:
        return stop.value


class Suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


async def ticker(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  ticker got", got)
        await Suspend(f"tick {i}")


g = ticker(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
print("fresh:", g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_suspended)
print(type(g.__aiter__()).__name__, g.__aiter__() is g)
step = g.__anext__()
print(type(step).__name__)
show("first next", lambda: step.send(None))
show("same awaitable again", lambda: step.send(None))
show("finished awaitable", lambda: step.send(None))
step = g.asend("hello")
show("asend first step", lambda: step.send(None))
print("ag_await while awaiting:", type(g.ag_await).__name__, g.ag_running)
show("asend second step", lambda: step.send(None))
print("between:", g.ag_running, g.ag_await)

# asend with a non-None value to a just-started async generator
g2 = ticker(2)
show("asend value to fresh", lambda: g2.asend("early").send(None))

# a second __anext__ while the first is in flight
async def slow():
    await Suspend("slow 1")
    await Suspend("slow 2")
    yield "slow value"

g3 = slow()
first = g3.__anext__()
first.send(None)
second = g3.__anext__()
show("second anext while first running", lambda: second.send(None))
print("running flag:", g3.ag_running)
show("first continues", lambda: first.send(None))
print("running flag after:", g3.ag_running)

# athrow
async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            print("  catcher caught", repr(exc))
            yield "after ValueError"

g = catcher()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("v1"))))
try:
    run(g.athrow(ValueError))
except ValueError as exc:
    print("thrown in the handler:", repr(exc), "context:", repr(exc.__context__))
g = catcher()
run(g.__anext__())
print(run(g.athrow(ValueError)))
show("athrow uncaught", lambda: run(g.athrow(KeyError("k"))))
show("anext after uncaught", lambda: run(g.__anext__()))
show("athrow non-exception", lambda: run(catcher().athrow(5)))

# aclose
async def closable(kind):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit in", kind)
        if kind == "yield":
            yield "ignored"
        if kind == "await":
            await Suspend("awaited during close")
        if kind == "raise":
            raise ValueError("from aclose")
        raise
    finally:
        print("  finally", kind)

for kind in ("reraise", "yield", "await", "raise"):
    g = closable(kind)
    run(g.__anext__())
    show(f"aclose {kind}", lambda: run(g.aclose()))
    show(f"aclose again {kind}", lambda: run(g.aclose()))
    show(f"anext after aclose {kind}", lambda: run(g.__anext__()))

g = closable("fresh")
show("aclose unstarted", lambda: run(g.aclose()))

# the aclose awaitable cannot be reused
g = closable("reuse")
run(g.__anext__())
closer = g.aclose()
show("aclose step", lambda: run(closer))
show("aclose awaitable reused", lambda: closer.send(None))
athrower = catcher().athrow(ValueError)
show("athrow on fresh", lambda: athrower.send(None))
show("athrow reused", lambda: athrower.send(None))

# StopAsyncIteration and return
async def finite():
    yield "only"

g = finite()
print(run(g.__anext__()))
show("exhausted", lambda: run(g.__anext__()))
show("exhausted again", lambda: run(g.__anext__()))


async def leaks_stop_async():
    yield 1
    raise StopAsyncIteration("leak")

g = leaks_stop_async()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as exc:
    print("leak:", exc, "| cause:", type(exc.__cause__).__name__)


async def leaks_stop():
    yield 1
    raise StopIteration("leak")

g = leaks_stop()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as exc:
    print("leak:", exc, "| cause:", type(exc.__cause__).__name__)

# aiter / anext builtins
async def numbers():
    yield 1
    yield 2

async def consume():
    it = aiter(numbers())
    print("  anext:", await anext(it))
    print("  anext:", await anext(it))
    print("  default:", await anext(it, "default"))
    print("  default again:", await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration without default")
    return "consumed"

print(run(consume()))
show("aiter(int)", lambda: aiter(5))
show("anext(int)", lambda: anext(5))
show("anext(list)", lambda: anext([]))
show("anext too many", lambda: anext(numbers(), 1, 2))


class NotIterator:
    def __aiter__(self):
        return 1

show("aiter returns int", lambda: aiter(NotIterator()))


class CountDown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def countdown():
    return [x async for x in CountDown(3)], await anext(CountDown(0), "empty")

print(run(countdown()))

anext_default = anext(numbers(), "d")
print(type(anext_default).__name__)
show("anext_awaitable send", lambda: anext_default.send(None))
