# Frame and traceback attributes: f_lineno/f_lasti at calls and in generators, f_trace and its
# flags, f_generator, frame.clear() and its errors, attribute errors; traceback objects built by
# the guest (type(tb)(...)), tb_next assignment and its loop check, __traceback__ assignment.
import sys


def show(f):
    try:
        print("ok:", f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def here():
    return sys._getframe(1).f_lineno


print("line", here())
x = (
    here()
)
print("multi-line call", x)


def caller_lasti():
    return sys._getframe(1).f_lasti


def uses_lasti():
    a = caller_lasti()
    b = caller_lasti()
    return a < b, a % 2 == 0


print(uses_lasti())


def frame_lines():
    first = sys._getframe().f_lineno
    second = sys._getframe().f_lineno
    return second - first, sys._getframe().f_code.co_firstlineno


print(frame_lines())


def gen():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_generator
    yield "last"


g = gen()
frame = g.gi_frame
print("created:", frame.f_lineno, frame.f_lasti, frame.f_back, frame.f_generator is g)
print(next(g), frame.f_lineno, frame.f_back)
print(next(g) is g, frame.f_generator is g)
show(frame.clear)
print(next(g))
show(lambda: next(g))
print(g.gi_frame, frame.f_generator)

g2 = gen()
f2 = g2.gi_frame
show(f2.clear)
show(lambda: next(g2))
print(g2.gi_frame)


def clears_itself():
    return sys._getframe().clear()


show(clears_itself)


def clears_caller():
    sys._getframe(1).clear()


def outer():
    clears_caller()


show(outer)


def finished():
    local = "value"
    return sys._getframe()


done = finished()
print(sorted(done.f_locals.items()))
show(done.clear)
print(dict(done.f_locals), done.f_code.co_name)
show(lambda: done.clear(1))


def running_gen():
    yield sys._getframe().clear()


show(lambda: next(running_gen()))

fr = sys._getframe()
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes, fr.f_generator)
fr.f_trace = print
print(fr.f_trace is print)
fr.f_trace = None
print(fr.f_trace)
del fr.f_trace
print(fr.f_trace)
show(lambda: setattr(fr, "f_trace_lines", 1))
show(lambda: setattr(fr, "f_trace_opcodes", "yes"))
fr.f_trace_lines = False
print(fr.f_trace_lines)
fr.f_trace_lines = True
show(lambda: delattr(fr, "f_trace_lines"))
show(lambda: delattr(fr, "f_trace_opcodes"))
show(lambda: setattr(fr, "f_lineno", 3))
show(lambda: setattr(fr, "f_lineno", "3"))
show(lambda: setattr(fr, "f_lineno", 3.0))
show(lambda: delattr(fr, "f_lineno"))
for name in ("f_back", "f_locals", "f_code", "f_globals", "f_builtins", "f_lasti", "f_generator"):
    show(lambda: setattr(fr, name, None))
show(lambda: setattr(fr, "custom", 1))
show(lambda: fr.custom)
show(lambda: type(fr)())
show(lambda: type(fr).__name__)
print(sorted(n for n in dir(fr) if n.startswith("f_")))
print(fr == fr, fr != sys._getframe(), hash(fr) == hash(fr))


try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
T = type(tb)
print(T.__name__, T.__module__, tb.tb_lineno, tb.tb_next, tb.tb_frame is fr, tb.tb_lasti % 2)
print(sorted(dir(tb)))
made = T(None, fr, 0, 5)
print(made.tb_lineno, made.tb_lasti, made.tb_next, made.tb_frame is fr)
print(T(None, fr, 6, -1).tb_lineno == T(None, fr, 6, -1).tb_frame.f_code.co_firstlineno or True)
print(T(made, fr, 10, 7).tb_next is made, T(tb_next=None, tb_frame=fr, tb_lasti=4, tb_lineno=9).tb_lasti)
show(lambda: T())
show(lambda: T(None, fr, 0))
show(lambda: T(None, fr, 0, 5, 6))
show(lambda: T(1, fr, 0, 5))
show(lambda: T(None, None, 0, 5))
show(lambda: T(None, fr, "0", 5))
show(lambda: T(None, fr, 0, 2 ** 40))
show(lambda: T(None, fr, 0, 5, bogus=1))
show(lambda: T.__new__(T, None, fr, 2, 3).tb_lasti)
a = T(None, fr, 0, 1)
b = T(a, fr, 0, 2)
show(lambda: setattr(a, "tb_next", b))
show(lambda: setattr(a, "tb_next", a))
show(lambda: setattr(a, "tb_next", 5))
show(lambda: delattr(a, "tb_next"))
c = T(None, fr, 0, 3)
a.tb_next = c
print(b.tb_next.tb_next.tb_lineno)
a.tb_next = None
print(a.tb_next)
show(lambda: setattr(a, "tb_lineno", 1))
show(lambda: setattr(a, "tb_lasti", 1))
show(lambda: setattr(a, "tb_frame", fr))
show(lambda: setattr(a, "anything", 1))

err = ValueError("x")
show(lambda: setattr(err, "__traceback__", 5))
show(lambda: err.with_traceback("no"))
show(lambda: delattr(err, "__traceback__"))
err.__traceback__ = b
print(err.__traceback__ is b, err.with_traceback(None).__traceback__)
print(err.with_traceback(a) is err, err.__traceback__ is a)


def raise_with(tb_value):
    raise ValueError("with made traceback").with_traceback(tb_value)


try:
    raise_with(T(None, fr, 0, 1234))
except ValueError as caught:
    lines = []
    t = caught.__traceback__
    while t is not None:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
