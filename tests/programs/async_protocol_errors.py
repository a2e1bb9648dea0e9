"""`async with` and `async for` protocol errors, and `with` errors, as 3.14 words them."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
        if exc.__cause__ is not None:
            print(f"    cause: {type(exc.__cause__).__name__}: {exc.__cause__}")
    else:
        print(f"{label}: -> {result!r}")


def drive(coro):
    try:
        while True:
            print("   suspended with", coro.send(None))
    except StopIteration as stop:
        return stop.value


class Suspend:
    def __await__(self):
        yield "suspend"


class AsyncCM:
    def __init__(self, enter=None, exit_=None, suppress=False):
        self.enter = enter
        self.exit_ = exit_
        self.suppress = suppress

    async def __aenter__(self):
        print("  aenter")
        await Suspend()
        return self.enter

    async def __aexit__(self, typ, value, tb):
        print("  aexit", typ.__name__ if typ else None, value)
        return self.suppress


async def use(cm, fail=False):
    async with cm as value:
        print("  body with", value)
        if fail:
            raise ValueError("body failed")
    return "after"

show("async with ok", lambda: drive(use(AsyncCM("v"))))
show("async with suppress", lambda: drive(use(AsyncCM("v", suppress=True), fail=True)))
show("async with propagate", lambda: drive(use(AsyncCM("v"), fail=True)))


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *args):
        return "nope"


class NoAexit:
    async def __aenter__(self):
        return 1


class OnlySync:
    def __enter__(self):
        return 1

    def __exit__(self, *args):
        return False


show("aenter not awaitable", lambda: drive(use(EnterNotAwaitable())))
show("aexit not awaitable", lambda: drive(use(ExitNotAwaitable())))
show("aexit not awaitable on error", lambda: drive(use(ExitNotAwaitable(), fail=True)))
show("no __aexit__", lambda: drive(use(NoAexit())))
show("sync manager in async with", lambda: drive(use(OnlySync())))
show("int in async with", lambda: drive(use(5)))

# async for
class AIter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend()
        return self.n


async def loop(obj):
    out = []
    async for x in obj:
        out.append(x)
    else:
        out.append("else")
    return out

show("async for ok", lambda: drive(loop(AIter(2))))
show("async for int", lambda: drive(loop(5)))
show("async for list", lambda: drive(loop([1, 2])))


class AiterReturnsInt:
    def __aiter__(self):
        return 7


class AnextReturnsInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 8


class AnextMissing:
    def __aiter__(self):
        return self


class AnextBadAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        return 9


class AiterIsNone:
    __aiter__ = None


show("__aiter__ returns int", lambda: drive(loop(AiterReturnsInt())))
show("__anext__ returns int", lambda: drive(loop(AnextReturnsInt())))
show("__anext__ missing", lambda: drive(loop(AnextMissing())))
show("__anext__ bad __await__", lambda: drive(loop(AnextBadAwait())))
show("__aiter__ is None", lambda: drive(loop(AiterIsNone())))


async def comprehension(obj):
    return [x async for x in obj]

show("async comprehension int", lambda: drive(comprehension(3)))
show("async comprehension ok", lambda: drive(comprehension(AIter(3))))


async def breaks():
    async for x in AIter(5):
        if x == 2:
            break
    return x

show("async for break", lambda: drive(breaks()))


async def raises_inside():
    async for x in AIter(3):
        raise KeyError(x)

show("async for raising", lambda: drive(raises_inside()))

# sync with
class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *args):
        print("  exit args", [type(a).__name__ for a in args])
        return None


def with_statement(obj):
    with obj as value:
        return value

show("with ok", lambda: with_statement(CM()))
show("with int", lambda: with_statement(5))
show("with no __exit__", lambda: with_statement(type("E", (), {"__enter__": lambda s: 1})()))
show("with no __enter__", lambda: with_statement(type("X", (), {"__exit__": lambda s, *a: 1})()))
show("with async manager", lambda: with_statement(AsyncCM()))


class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *args):
        print("  never")

show("__enter__ raises", lambda: with_statement(EnterRaises()))


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        raise RuntimeError(f"exit failed while {typ.__name__ if typ else None}")


def with_failing_body():
    with ExitRaises():
        raise KeyError("body")

try:
    with_failing_body()
except RuntimeError as exc:
    print("exit raised:", exc, "| context:", repr(exc.__context__))


class ExitIsNone:
    __enter__ = lambda self: self
    __exit__ = None

show("__exit__ is None", lambda: with_statement(ExitIsNone()))


def nested():
    with CM() as a, CM() as b:
        return a + b

show("nested with", nested)
