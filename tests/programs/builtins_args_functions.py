# Every builtin function called with too few and too many arguments, an unexpected keyword and
# arguments of the wrong type: CPython 3.14's calling-convention messages (METH_O, METH_NOARGS,
# _PyArg_CheckPositional, the argument clinic).


def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        if type(r) in (int, float, str, bool, bytes, tuple, list, type(None), complex, dict, set,
                       frozenset, range, slice, bytearray):
            print(label, "=", repr(r))
        else:
            print(label, ":", type(r).__name__)


class Obj:
    pass


o = Obj()
functions = [abs, all, any, ascii, bin, callable, chr, delattr, divmod, format, getattr, hasattr,
             hash, hex, id, isinstance, issubclass, iter, len, max, min, next, oct, ord, pow, repr,
             round, setattr, sorted, sum, vars, dir, aiter, anext, compile, eval, exec, globals,
             locals, __import__, __build_class__, print]
no_empty_call = (globals, locals, dir, vars, print, max, min, iter, next, getattr, round, format,
                 pow, sum, anext, __import__)
value_shown = (hash, id, dir)
for f in functions:
    name = f.__name__
    if f not in no_empty_call:
        show(f"{name}()", lambda: f())
    show(f"{name}(1, 2, 3, 4, 5, 6)", lambda: f(1, 2, 3, 4, 5, 6))
    show(f"{name}(o, bogus=1)", lambda: f(o, bogus=1))
    show(f"{name}(bogus=1)", lambda: f(bogus=1))
    show(f"{name}(None, None)", lambda: f(None, None))
    if f in value_shown:
        continue
    show(f"{name}(None)", lambda: f(None))
    show(f"{name}('a')", lambda: f("a"))
    show(f"{name}(1.5)", lambda: f(1.5))
    show(f"{name}(-1)", lambda: f(-1))
