# async def coroutines driven by hand with send(): awaitables, __await__, return values, exceptions.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        return f"{self.label}->{received}"
async def leaf(n):
    a = await Suspend(f"leaf{n}-a")
    b = await Suspend(f"leaf{n}-b")
    return [a, b]
async def root():
    r1 = await leaf(1)
    r2 = await leaf(2)
    return r1 + r2
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        print("yielded", yielded)
        value = steps
        steps += 1
print(run(root()))
c = leaf(0)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
c.close()
print(c.cr_frame)
async def raises():
    await Suspend("before raise")
    raise ValueError("from coroutine")
r = raises()
print(r.send(None))
show(lambda: r.send(None))
async def catches():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return "caught " + repr(e)
k = catches()
k.send(None)
show(lambda: k.throw(KeyError("thrown")))
async def simple():
    return 42
s = simple()
show(lambda: s.send(None))
show(lambda: s.send(None))
class NotAwaitable:
    pass
async def await_bad():
    await NotAwaitable()
show(lambda: await_bad().send(None))
class BadAwait:
    def __await__(self):
        return 5
async def await_bad2():
    await BadAwait()
show(lambda: await_bad2().send(None))
async def reentry():
    await co
co = reentry()
show(lambda: co.send(None))
never = simple()
never.close()
print("closed unstarted coroutine")
async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
print(run(gather(leaf(7), simple(), root())))
ns = simple()
show(lambda: next(ns))
show(lambda: iter(ns))
ns.close()
x = simple()
print(x.send.__name__, hasattr(x, "__await__"), type(x.__await__()).__name__)
x.close()
