# sys.excepthook called directly: its argument checks, the type check of the value, a
# traceback given for an exception without one, SystemExit and KeyboardInterrupt printed.
import sys
def show(f):
    try:
        print("ok:", f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)
show(lambda: sys.excepthook())
show(lambda: sys.excepthook(1, 2))
show(lambda: sys.excepthook(1, 2, 3, 4))
show(lambda: sys.excepthook(a=1))
print(repr(sys.excepthook), repr(sys.__excepthook__), sys.excepthook is sys.__excepthook__)
print(sys.excepthook.__name__, sys.excepthook.__qualname__, sys.excepthook.__module__)
show(lambda: sys.excepthook(None, "not an exception", None))
show(lambda: sys.excepthook(ValueError, ValueError("no tb"), None))
show(lambda: sys.excepthook(ValueError, ValueError("bad tb"), 5))
e = KeyError("with tb")
try:
    raise e
except KeyError:
    pass
show(lambda: sys.excepthook(None, e, None))
fresh = IndexError("given tb")
show(lambda: sys.excepthook(None, fresh, e.__traceback__))
print(fresh.__traceback__ is e.__traceback__)
show(lambda: sys.excepthook(None, SystemExit(3), None))
show(lambda: sys.excepthook(None, KeyboardInterrupt(), None))
print(hasattr(sys, "last_exc"), hasattr(sys, "last_value"))
