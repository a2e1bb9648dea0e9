def show(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e), repr(e.__cause__))
    else:
        print(repr(r))
def drive(aw):
    it = aw.__await__() if hasattr(aw, "__await__") else aw
    out = []
    try:
        while True:
            out.append(it.send(None))
    except StopIteration as e:
        return out, e.value
class Tick:
    def __await__(self):
        yield "tick"
async def gen():
    try:
        yield 1
        await Tick()
        yield 2
    finally:
        print("gen finally")
g = gen()
print(type(g).__name__, g.__qualname__, g.ag_running, g.ag_await, repr(g).startswith("<async_generator object gen at 0x"))
show(lambda: drive(g.__anext__()))
show(lambda: drive(g.asend(None)))
a = g.asend(None)
show(lambda: drive(a))
show(lambda: drive(a))
show(lambda: drive(g.aclose()))
show(lambda: drive(g.aclose()))
show(lambda: drive(g.athrow(ValueError)))
async def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            yield "no"
s = stubborn()
show(lambda: drive(s.asend(None)))
show(lambda: drive(s.aclose()))
async def raises_stop():
    yield 1
    raise StopAsyncIteration("inner")
r = raises_stop()
show(lambda: drive(r.__anext__()))
show(lambda: drive(r.__anext__()))
async def raises_si():
    raise StopIteration(5)
    yield
show(lambda: drive(raises_si().__anext__()))
async def coro_si():
    raise StopIteration
show(lambda: drive(coro_si()))
async def catcher():
    try:
        yield 1
    except KeyError as e:
        yield ("caught", e.args)
c = catcher()
show(lambda: drive(c.__anext__()))
show(lambda: drive(c.athrow(KeyError("k"))))
show(lambda: drive(c.athrow(KeyError("again"))))
async def main():
    out = []
    async for v in gen():
        out.append(v)
        if v == 1:
            break
    out.append(await anext(aiter(gen()), "unused"))
    e = gen()
    await e.aclose()
    out.append(await anext(e, "default"))
    return out
show(lambda: drive(main()))
async def nested():
    async def inner():
        for i in range(3):
            yield i
    return [x async for x in inner() if x], [y * 2 async for y in inner()]
show(lambda: drive(nested()))
async def bad_next():
    class It:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    async for x in It():
        pass
show(lambda: drive(bad_next()))
async def bad_iter():
    class It:
        def __aiter__(self):
            return 5
    async for x in It():
        pass
show(lambda: drive(bad_iter()))
show(lambda: anext(5))
show(lambda: anext(gen(), 1, 2))
