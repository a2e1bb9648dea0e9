# except*: splitting groups across clauses, naked exceptions wrapped, re-raise and raise in handlers, unhandled rest.
def show(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def handle(exc):
    try:
        raise exc
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* (TypeError, KeyError) as g:
        print("Type/Key part:", repr(g))
    except* ArithmeticError:
        print("arith part (unnamed)")
handle(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ZeroDivisionError(4)]))
handle(ValueError("naked"))
handle(ExceptionGroup("nested", [ExceptionGroup("deep", [ValueError(5)]), TypeError(6)]))
show(lambda: handle(ExceptionGroup("g", [ValueError(1), OSError("unhandled")])))
show(lambda: handle(OSError("naked unhandled")))
def reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show(reraise)
def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new in handler")
show(raise_new)
def with_else_finally():
    try:
        print("no exception")
    except* ValueError:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
with_else_finally()
def matched_all():
    try:
        raise ExceptionGroup("all", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        print("matched", len(g.exceptions), g.message)
    print("continues after full match")
matched_all()
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
def notes_kept():
    eg = ExceptionGroup("noted", [ValueError("x")])
    eg.add_note("group note")
    try:
        raise eg
    except* ValueError as g:
        print(g.__notes__, repr(g))
notes_kept()
def both_handlers_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")
try:
    both_handlers_raise()
except ExceptionGroup as eg:
    print(repr(eg), [repr(e.__context__) for e in eg.exceptions])
