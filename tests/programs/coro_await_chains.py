"""Coroutines awaiting coroutines: throw/close travelling down an await chain, cr_await at each
level, "coroutine ignored GeneratorExit", awaiting inside finally while closing, and async
generators whose asend/athrow awaitables are thrown into and closed."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        try:
            return (yield self.label)
        except BaseException as exc:
            print(f"  Suspend({self.label}) got {type(exc).__name__}")
            raise


async def leaf(tag):
    try:
        return await Suspend(tag)
    finally:
        print(f"  leaf {tag} finally")


async def mid(tag):
    value = await leaf(tag)
    return f"mid({value})"


async def top(tag):
    return await mid(tag)


c = top("a")
print(c.send(None))
chain = []
level = c
while level is not None:
    chain.append(type(level).__name__ + ":" + getattr(level, "__qualname__", "?"))
    level = getattr(level, "cr_await", None)
print(chain)
show("send down the chain", lambda: c.send("value"))

c = top("b")
c.send(None)
show("throw down the chain", lambda: c.throw(KeyError("deep")))
print("after throw:", c.cr_frame, c.cr_await)

c = top("c")
c.send(None)
show("close down the chain", c.close)


async def stubborn():
    try:
        await Suspend("stubborn")
    except GeneratorExit:
        await Suspend("refusing")


c = stubborn()
c.send(None)
show("coroutine ignored GeneratorExit", c.close)


async def awaits_in_finally():
    try:
        await Suspend("body")
    finally:
        print("  cleanup awaiting")
        await Suspend("cleanup")
        print("  cleanup done")


c = awaits_in_finally()
c.send(None)
show("close with await in finally", c.close)


async def catches_and_returns():
    try:
        await Suspend("catch")
    except ValueError:
        return "caught and returned"


c = catches_and_returns()
c.send(None)
show("throw caught, returns", lambda: c.throw(ValueError))


async def agen():
    try:
        yield "first"
        await Suspend("agen await")
        yield "second"
    finally:
        print("  agen finally")


g = agen()
step = g.asend(None)
show("asend step", lambda: step.send(None))
step = g.asend(None)
show("asend to await", lambda: step.send(None))
show("throw into asend awaitable", lambda: step.throw(KeyError("into asend")))
show("asend awaitable after", lambda: step.send(None))
show("agen after", lambda: g.asend(None).send(None))

g = agen()
g.asend(None).send(None) if False else None
step = g.__anext__()
try:
    step.send(None)
except StopIteration as stop:
    print("first value", stop.value)
step = g.__anext__()
step.send(None)
show("close asend awaitable", step.close)
show("asend awaitable after close", lambda: step.send(None))
show("ag_running after closing the awaitable", lambda: g.ag_running)
closer = g.aclose()
show("aclose while awaitable closed", lambda: closer.send(None))

g = agen()
thrower = g.athrow(ValueError("athrow before start"))
show("athrow before start", lambda: thrower.send(None))
show("agen after athrow before start", lambda: g.asend(None).send(None))

g = agen()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
thrower = g.athrow(ValueError("athrow"))
show("athrow throw", lambda: thrower.throw(KeyError("k")))
show("athrow close then send", lambda: (thrower.close(), thrower.send(None)))
