def show(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))
def drive(aw):
    it = aw.__await__()
    out = []
    try:
        while True:
            out.append(it.send(None))
    except StopIteration as e:
        return out, e.value
async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("handled", e)
        yield "after"
g = agen()
show(lambda: drive(g.aclose()))
show(lambda: drive(g.__anext__()))
g = agen()
show(lambda: drive(g.athrow(ValueError("early"))))
show(lambda: drive(g.__anext__()))
g = agen()
show(lambda: drive(g.__anext__()))
show(lambda: drive(g.athrow(ValueError("mid"))))
show(lambda: drive(g.__anext__()))
show(lambda: g.ag_frame is None)
a = g.asend(None)
show(lambda: a.throw(KeyError("k")))
show(lambda: a.send(None))
a = g.asend(None)
show(lambda: a.close())
show(lambda: a.send(None))
show(lambda: g.asend(1).send(2))
class Owner:
    async def items(self):
        for i in range(2):
            yield self, i
print(Owner.items.__qualname__, type(Owner().items()).__name__, Owner().items().__qualname__)
async def collect():
    return [(type(o).__name__, i) async for o, i in Owner().items()]
show(lambda: drive(collect()))
