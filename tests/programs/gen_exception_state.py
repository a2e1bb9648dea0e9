# Exception state across yields: bare raise after resuming, __context__ inside generators, handlers spanning yields.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e), "| context:", repr(e.__context__))
    else:
        print(repr(r))

def yields_in_handler():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield "in handler"
        raise
g = yields_in_handler()
print(next(g))
try:
    raise KeyError("outside, while generator suspended")
except KeyError:
    show(lambda: next(g))
def context_from_caller():
    yield
    raise TypeError("raised after resume")
g2 = context_from_caller()
next(g2)
try:
    raise IndexError("caller's active exception")
except IndexError:
    show(lambda: next(g2))
def nested_contexts():
    try:
        raise ValueError("first")
    except ValueError:
        yield "between"
        try:
            raise KeyError("second")
        except KeyError:
            yield "inner handler"
        raise RuntimeError("third")
g3 = nested_contexts()
print(next(g3), next(g3))
show(lambda: next(g3))
def handler_state_isolated():
    try:
        yield "suspended with no exception"
        raise
    except RuntimeError as e:
        yield "bare raise outside handler: " + str(e)
g4 = handler_state_isolated()
next(g4)
try:
    raise ZeroDivisionError("caller")
except ZeroDivisionError:
    show(lambda: next(g4))
def throw_context():
    try:
        yield
    except ValueError as e:
        yield repr(e.__context__)
g5 = throw_context()
next(g5)
try:
    raise OSError("active in caller")
except OSError:
    print(g5.throw(ValueError("thrown")))
def finally_sees_exception():
    try:
        yield 1
    finally:
        print("finally running; closing")
g6 = finally_sees_exception()
next(g6)
try:
    raise LookupError("caller exception during close")
except LookupError:
    g6.close()
print("after close")
async def coro_state():
    try:
        raise ValueError("in coroutine")
    except ValueError:
        await Suspend()
        raise
class Suspend:
    def __await__(self):
        yield "suspended"
c = coro_state()
print(c.send(None))
show(lambda: c.send(None))
