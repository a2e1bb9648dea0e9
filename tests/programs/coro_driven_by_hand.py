"""Coroutines driven by hand: send/throw/close, cr_* attributes, reuse errors, awaiting
non-awaitables and bad __await__ results."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


class Suspend:
    """An awaitable that suspends once, yielding `value`, and returns what is sent back."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


async def adder():
    total = 0
    while True:
        got = await Suspend(total)
        if got is None:
            return total
        total += got


c = adder()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print("fresh:", c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None)
show("send non-None first", lambda: c.send(1))
show("start", lambda: c.send(None))
print("suspended:", c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
show("send 5", lambda: c.send(5))
show("send 6", lambda: c.send(6))
show("finish", lambda: c.send(None))
print("done:", c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame)
show("reuse send", lambda: c.send(None))
show("reuse throw", lambda: c.throw(ValueError("v")))
show("close finished", c.close)

# coroutines are not iterators
c = adder()
show("iter", lambda: iter(c))
show("next", lambda: next(c))
show("for", lambda: [x for x in c])
c.close()

# throw and close
async def guarded():
    try:
        await Suspend("first")
    except KeyError as exc:
        print("  guarded caught", repr(exc))
        await Suspend("second")
    finally:
        print("  guarded finally")
    return "guarded done"

c = guarded()
c.send(None)
show("throw KeyError", lambda: c.throw(KeyError("k")))
show("send after", lambda: c.send(None))

c = guarded()
c.send(None)
show("close suspended", c.close)
show("send after close", lambda: c.send(None))

c = guarded()
show("close unstarted", c.close)
show("send after unstarted close", lambda: c.send(None))


async def ignores_exit():
    try:
        await Suspend(1)
    except GeneratorExit:
        await Suspend(2)

c = ignores_exit()
c.send(None)
show("ignore GeneratorExit", c.close)

# running state, re-entry
async def reenter():
    print("  running inside:", me.cr_running)
    me.send(None)

me = reenter()
show("coroutine already executing", lambda: me.send(None))

# awaiting the same coroutine twice
async def leaf():
    await Suspend("leaf")
    return "leaf value"

shared = leaf()

async def first():
    return await shared

async def second():
    return await shared

a = first()
print("first suspends with", a.send(None))
b = second()
show("awaited already", lambda: b.send(None))
show("first finishes", lambda: a.send(None))
b2 = second()
show("reuse after await", lambda: b2.send(None))

# await on non-awaitables
async def await_it(obj):
    return await obj

for obj in (5, "text", [1], None):
    show(f"await {type(obj).__name__}", lambda: await_it(obj).send(None))


class AwaitReturnsInt:
    def __await__(self):
        return 3


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsIter:
    def __await__(self):
        return iter([10, 20])


never_awaited = leaf()


class AwaitReturnsCoroutine:
    def __await__(self):
        return never_awaited


class AwaitIsNone:
    __await__ = None


class AwaitRaises:
    def __await__(self):
        raise ZeroDivisionError("in __await__")


for obj in (AwaitReturnsInt(), AwaitReturnsList(), AwaitReturnsCoroutine(), AwaitIsNone(),
            AwaitRaises()):
    show(f"await {type(obj).__name__}", lambda: await_it(obj).send(None))
never_awaited.close()

c = await_it(AwaitReturnsIter())
show("iter await 1", lambda: c.send(None))
show("iter await 2", lambda: c.send(None))
show("iter await 3", lambda: c.send(None))


def gen_based():
    yield "from generator"

show("await generator", lambda: await_it(gen_based()).send(None))

# __await__ on a coroutine, and the wrapper it returns
c = leaf()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
show("wrapper next", lambda: next(w))
show("wrapper send", lambda: w.send("x"))
show("wrapper after", lambda: next(w))
c = leaf()
w = c.__await__()
next(w)
show("wrapper throw", lambda: w.throw(ValueError("w")))
c = leaf()
w = c.__await__()
next(w)
show("wrapper close", w.close)

# StopIteration inside a coroutine
async def raises_stop():
    raise StopIteration("inside")

show("StopIteration in coroutine", lambda: raises_stop().send(None))

# coroutine return values reach the awaiting coroutine
async def outer():
    values = []
    for i in range(3):
        values.append(await Suspend(i))
    inner = await leaf()
    return values, inner

c = outer()
out = [c.send(None)]
try:
    while True:
        out.append(c.send(len(out) * 10))
except StopIteration as stop:
    print("outer result", stop.value, out)

# throw delegated through await into the awaitable's iterator
class Catcher:
    def __await__(self):
        try:
            yield "catcher"
        except ValueError as exc:
            print("  Catcher caught", exc)
            return "recovered"

async def uses_catcher():
    return await Catcher()

c = uses_catcher()
c.send(None)
show("throw through await", lambda: c.throw(ValueError("through")))
print("cr_origin", c.cr_origin, leaf().__await__().close())


class AnextIter:
    def __aiter__(self):
        return self

    def __anext__(self):
        return ThrowAware()


class ThrowAware:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "pending"

    def throw(self, *args):
        print("  ThrowAware.throw got", [a.__name__ if isinstance(a, type) else a for a in args])
        raise StopIteration("from throw")


pending = anext(AnextIter(), "default")
print(next(pending.__await__()))
show("anext awaitable throw passes the class", lambda: pending.throw(KeyError))
