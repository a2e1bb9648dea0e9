# sys._getframe(n): depths, its errors, f_back chains through functions, lambdas, generators,
# coroutines, class bodies and inlined comprehensions (PEP 709), f_code identity, f_globals/f_builtins.
import sys


def show(f):
    try:
        print("ok:", f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def chain(frame, limit=12):
    names = []
    while frame is not None and len(names) < limit:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)
print(sys._getframe(0) is sys._getframe())
print(sys._getframe().f_back)
show(lambda: sys._getframe(1).f_code.co_name)
show(lambda: sys._getframe(2).f_code.co_name)
show(lambda: sys._getframe(100))
show(lambda: sys._getframe(-1).f_code.co_name)
show(lambda: sys._getframe(-100).f_code.co_name)
show(lambda: sys._getframe("1"))
show(lambda: sys._getframe(1.0))
show(lambda: sys._getframe(None))
show(lambda: sys._getframe(True).f_code.co_name)
show(lambda: sys._getframe(0, 1))
show(lambda: sys._getframe(depth=0))
show(lambda: sys._getframe(2 ** 100))


class Index:
    def __index__(self):
        return 1


show(lambda: sys._getframe(Index()).f_code.co_name)


def outer():
    return middle()


def middle():
    return inner()


def inner():
    return chain(sys._getframe())


print(outer())


def via_lambda():
    return (lambda: chain(sys._getframe()))()


print(via_lambda())


def comprehensions():
    as_list = [chain(sys._getframe()) for _ in range(1)][0]
    as_set = {tuple(chain(sys._getframe())) for _ in range(1)}
    as_dict = {0: chain(sys._getframe()) for _ in range(1)}[0]
    as_gen = list(chain(sys._getframe()) for _ in range(1))[0]
    return as_list, as_set, as_dict, as_gen


for item in comprehensions():
    print(item)


def generator():
    yield chain(sys._getframe())
    yield chain(sys._getframe())


def drive():
    g = generator()
    first = next(g)
    second = [next(g)]
    return first, second


print(drive())
g = generator()
print(g.gi_frame.f_back, g.gi_frame.f_code is generator.__code__)
print(next(g))
print(g.gi_frame.f_back)


def delegating():
    yield from generator()


print(list(delegating()))


async def coro_inner():
    return chain(sys._getframe())


async def coro_outer():
    return await coro_inner()


c = coro_outer()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine:", e.value)


class Body:
    names = chain(sys._getframe())
    code_name = sys._getframe().f_code.co_name
    in_comp = [chain(sys._getframe()) for _ in range(1)][0]


print(Body.names, Body.code_name, Body.in_comp)


def code_identity():
    return sys._getframe().f_code


print(code_identity() is code_identity.__code__)
print(sys._getframe().f_code.co_name, sys._getframe().f_code.co_filename == __file__)
print(sys._getframe().f_globals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__")
      else sys._getframe().f_builtins is __builtins__)
print(outer.__globals__ is globals(), sys._getframe().f_builtins["len"] is len)


def frame_of_other_globals():
    namespace = {"sys": sys}
    exec("def f():\n    return sys._getframe()\n", namespace)
    frame = namespace["f"]()
    return frame.f_globals is namespace, frame.f_builtins["print"] is print, frame.f_code.co_name


print(frame_of_other_globals())


def eval_frames():
    return eval("[sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name]")


print(eval_frames())
print(exec("print(chain(sys._getframe()))"))


def recursion(n):
    if n == 0:
        return chain(sys._getframe(), 20)
    return recursion(n - 1)


print(recursion(5))


def decorated(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@decorated
def target():
    return chain(sys._getframe())


print(target())


class WithMethods:
    def method(self):
        return sys._getframe().f_code.co_qualname

    @property
    def prop(self):
        return chain(sys._getframe())

    def __repr__(self):
        return repr(chain(sys._getframe()))

    def __eq__(self, other):
        print("eq:", chain(sys._getframe()))
        return True


w = WithMethods()
print(w.method(), w.prop)
print(repr(w))
print(w == 1)
print(sorted([3, 1, 2], key=lambda v: (print(chain(sys._getframe())) if v == 1 else None, v)[1]))
print(list(map(lambda v: chain(sys._getframe()), [0])))
