# f_lasti and f_lineno of generator and coroutine frames: created, suspended at yield, at
# yield from, at await, finished; and of caller frames seen from a callee.
import sys


def gen():
    x = yield 1
    yield from [2, 3]
    yield 4


g = gen()
frame = g.gi_frame
print("created", frame.f_lasti, frame.f_lineno)
for _ in range(4):
    next(g)
    print("suspended", frame.f_lasti, frame.f_lineno, g.gi_frame is frame)
print(list(g), g.gi_frame, frame.f_lineno)


class Awaitable:
    def __await__(self):
        yield 5


async def co():
    await Awaitable()
    return "done"


c = co()
cframe = c.cr_frame
print("coroutine created", cframe.f_lasti, cframe.f_lineno)
c.send(None)
print("coroutine suspended", cframe.f_lasti, cframe.f_lineno, c.cr_suspended)
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine finished", stop.value, c.cr_frame)


def inner():
    caller = sys._getframe(1)
    return caller.f_lasti, caller.f_lineno, caller.f_code.co_name


def outer():
    first = inner()
    second = inner()
    return first, second, first[0] < second[0]


print(outer())


def gen_calls_inner():
    yield inner()
    yield inner()


print(list(gen_calls_inner()))
