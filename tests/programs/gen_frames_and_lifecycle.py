"""Generator frames and lifecycle: gi_frame's line, locals and f_back while suspended,
finalization when dropped, yields in finally blocks during close, __name__/__qualname__
assignment, next() with a default, and generator expressions driven by send()."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


def stepper(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    marker = "done"
    yield marker


g = stepper(3)
frame = g.gi_frame
print("fresh line:", frame.f_lineno, "locals:", sorted(frame.f_locals), frame.f_back)
next(g)
print("line:", frame.f_lineno, "locals:", {k: v for k, v in frame.f_locals.items() if k != "g"})
next(g)
print("line:", frame.f_lineno, "total:", frame.f_locals["total"], frame.f_back)
print("code:", frame.f_code is g.gi_code, frame.f_code.co_name, g.gi_code.co_flags & 0x20 != 0)
print(list(g), g.gi_frame)


def finalizer(name):
    try:
        yield 1
    finally:
        print(f"  finalizing {name}")


f1 = finalizer("dropped")
next(f1)
print("dropping")
del f1
print("dropped")
f2 = finalizer("rebound")
next(f2)
f2 = None
print("rebound")
print([next(finalizer("temporary"))])
print("after temporary")


def yield_in_finally():
    try:
        yield "body"
    finally:
        print("  finally starts")
        yield "from finally"
        print("  never printed on close")

g = yield_in_finally()
next(g)
show("close with yield in finally", g.close)
print("frame after:", g.gi_frame is not None, g.gi_suspended)
show("next after failed close", lambda: next(g))


def name_holder():
    yield

g = name_holder()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name)


def set_name(value):
    g.__name__ = value


def set_qualname(value):
    g.__qualname__ = value


def del_name():
    del g.__name__


show("__name__ = 5", lambda: set_name(5))
show("__qualname__ = None", lambda: set_qualname(None))
show("del __name__", del_name)
show("gi_running assignment", lambda: setattr(g, "gi_running", True))
show("gi_frame assignment", lambda: setattr(g, "gi_frame", None))
show("unknown attribute", lambda: g.gi_nothing)
show("set attribute", lambda: setattr(g, "custom", 1))

print(next(name_holder(), "unused"), next(iter(()), "default"))
empty = stepper(0)
print(next(empty), next(empty, "exhausted"), next(empty, "again"))

# generator expressions
genexp = (x * 10 for x in range(3))
print(next(genexp), genexp.send(None), genexp.send("ignored"))
show("send to fresh genexp", lambda: (x for x in range(3)).send(1))
show("throw into genexp", lambda: (x for x in range(3)).throw(KeyError("k")))
print(type(genexp).__name__, genexp.gi_code.co_name, genexp.__name__, genexp.__qualname__)


def stop_in_genexp():
    def boom(x):
        raise StopIteration(x)
    return list(boom(x) for x in range(3))

show("StopIteration in genexp", stop_in_genexp)


def stop_in_listcomp():
    def boom(x):
        raise StopIteration(x)
    return [boom(x) for x in range(3)]

show("StopIteration in list comprehension", stop_in_listcomp)

# nested generators driving each other
def inner():
    received = yield "inner start"
    while received != "stop":
        received = yield f"inner got {received}"
    return "inner result"


def middle():
    result = yield from inner()
    yield f"middle saw {result}"


g = middle()
print(next(g), g.send("a"), g.send("b"), g.send("stop"))
print("gi_yieldfrom after inner ended:", g.gi_yieldfrom)
show("exhaust", lambda: next(g))

# a finished sub-generator in yield from
done = stepper(0)
list(done)


def delegate_to_finished():
    value = yield from done
    return value

show("yield from finished generator", lambda: next(delegate_to_finished()))

# recursion through generators
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)

print(list(countdown(30))[-3:], sum(countdown(100)))
