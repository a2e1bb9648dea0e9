# async generators, async for and async with, all driven manually without an event loop.
def show(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("agen done")
def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def collect(n):
    out = []
    async for v in agen(n):
        out.append(v)
    return out
print(drive(collect(4)))
async def comprehension():
    return [v async for v in agen(3) if v], {v: v // 10 async for v in agen(2)}
print(drive(comprehension()))
class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return self.suppress
async def use_cm():
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("inside", a, b)
    async with AsyncCM("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AsyncCM("d"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    return "use_cm finished"
print(drive(use_cm()))
g = agen(2)
print(type(g).__name__, g.__name__, g.ag_running)
step = g.__anext__()
print(type(step).__name__, step.send(None))
show(lambda: step.send(None))
show(lambda: drive(g.asend(None)))
show(lambda: drive(g.__anext__()))
async def echo():
    received = None
    while True:
        received = yield received
e = echo()
drive(e.asend(None))
aw = e.asend("hello")
show(lambda: aw.send(None))
show(lambda: drive(e.athrow(ValueError("thrown in"))))
show(lambda: drive(e.aclose()))
class AsyncIter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n
async def use_iter():
    return [x async for x in AsyncIter()]
print(drive(use_iter()))
async def bad_for():
    async for x in [1, 2]:
        pass
show(lambda: drive(bad_for()))
async def bad_with():
    async with AsyncCM:
        pass
show(lambda: drive(bad_with()))
