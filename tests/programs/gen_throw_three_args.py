"""The deprecated throw(type, value, traceback) forms of generator.throw()."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


# the 3-argument throw (value and traceback forms)
def tb_gen():
    try:
        yield
    except Exception as exc:
        print("  tb gen caught", type(exc).__name__, exc.args, exc.__traceback__ is not None)
        yield "ok"

g = tb_gen()
next(g)
show("throw type and value", lambda: g.throw(ValueError, ValueError("v")))
g = tb_gen()
next(g)
show("throw type and arg", lambda: g.throw(ValueError, "arg"))
g = tb_gen()
next(g)
show("throw type and tuple", lambda: g.throw(ValueError, ("a", "b")))
g = tb_gen()
next(g)
show("instance with value", lambda: g.throw(ValueError("x"), "y"))
g = tb_gen()
next(g)
show("bad traceback", lambda: g.throw(ValueError, None, 5))
show("four arguments", lambda: g.throw(ValueError, None, None, 1))
show("no arguments", lambda: g.throw())


class Sub:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *args):
        print("  Sub.throw got", [type(a).__name__ for a in args])
        raise args[0] if isinstance(args[0], BaseException) else args[0]()


def delegator():
    yield from Sub()

g = delegator()
next(g)
show("delegated three-arg", lambda: g.throw(KeyError, None, None))
g = delegator()
next(g)
show("delegated two-arg", lambda: g.throw(KeyError, "v"))


async def agen():
    try:
        yield 1
    except Exception as exc:
        print("  agen caught", type(exc).__name__, exc.args)
        yield 2


def run(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as stop:
        return stop.value

a = agen()
run(a.asend(None))
show("athrow three-arg", lambda: run(a.athrow(ValueError, "x", None)))
show("athrow no args", lambda: run(agen().athrow()))
show("athrow four args", lambda: run(agen().athrow(1, 2, 3, 4)))
a = agen()
run(a.asend(None))
step = a.asend(None)
show("asend awaitable throw two-arg", lambda: step.throw(KeyError, "k"))


async def coro():
    try:
        await Awaitable()
    except Exception as exc:
        return f"coro caught {exc!r}"


class Awaitable:
    def __await__(self):
        yield "suspended"

c = coro()
c.send(None)
show("coroutine three-arg throw", lambda: c.throw(TypeError, TypeError("t"), None))
c = coro()
w = c.__await__()
next(w)
show("coroutine wrapper two-arg throw", lambda: w.throw(IndexError, 3))
