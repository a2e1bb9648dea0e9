# aiter()/anext() builtins, async iteration with defaults, and StopAsyncIteration, all driven by hand.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Pause:
    def __await__(self):
        yield
async def numbers(n):
    for i in range(n):
        await Pause()
        yield i
async def main():
    it = aiter(numbers(3))
    out = [await anext(it), await anext(it), await anext(it), await anext(it, "default")]
    try:
        await anext(it)
    except StopAsyncIteration as e:
        out.append(("StopAsyncIteration", e.args))
    return out
print(drive(main()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def use_countdown():
    values = [v async for v in Countdown(4)]
    first = await anext(aiter(Countdown(2)))
    return values, first
print(drive(use_countdown()))
for bad in (lambda: aiter([1]), lambda: anext([1]), lambda: aiter(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
async def gen_with_return_value():
    yield "only"
async def consume():
    g = gen_with_return_value()
    r = [x async for x in g]
    return r, type(g).__name__, g.ag_running, g.ag_frame
print(drive(consume()))
aw = anext(numbers(0), "fallback")
print(type(aw).__name__ in ("anext_awaitable", "async_generator_asend", "coroutine"), drive(aw.__await__()) if hasattr(aw, "__await__") else None)
