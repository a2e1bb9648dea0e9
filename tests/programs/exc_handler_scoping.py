# The name bound by "except ... as e" is deleted after the handler; nested handlers, loops, and sys-free exc info.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def after_handler():
    e = "original"
    try:
        raise ValueError("x")
    except ValueError as e:
        print("inside:", repr(e))
    return e
show(after_handler)
def handler_name_reused():
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
    return repr(saved), "err" in locals()
print(handler_name_reused())
def nested_same_name():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise TypeError("inner")
        except TypeError as e:
            print("inner handler:", repr(e))
        try:
            return repr(e)
        except NameError as ne:
            return "NameError: " + str(ne)
print(nested_same_name())
def loop_handlers():
    caught = []
    for exc in (ValueError, TypeError, KeyError):
        try:
            raise exc(exc.__name__)
        except (ValueError, TypeError) as e:
            caught.append(("first", str(e)))
        except Exception as e:
            caught.append(("second", str(e)))
    return caught
print(loop_handlers())
def global_name_deleted():
    global gerr
    try:
        1 / 0
    except ZeroDivisionError as gerr:
        pass
global_name_deleted()
print("gerr" in globals())
class Holder:
    try:
        raise IndexError("in class body")
    except IndexError as class_err:
        message = str(class_err)
print(Holder.message, hasattr(Holder, "class_err"))
def closure_over_exception():
    try:
        raise ValueError("captured")
    except ValueError as e:
        keep = e
        f = lambda: keep
    return repr(f())
print(closure_over_exception())
def star_scoping():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        inside = repr(eg)
    try:
        return inside, eg
    except NameError as ne:
        return inside, "NameError: " + str(ne)
print(star_scoping())
def traceback_kept():
    try:
        raise RuntimeError("tb")
    except RuntimeError as e:
        tb = e.__traceback__
    return type(tb).__name__, tb.tb_lineno > 0, tb.tb_frame.f_code.co_name, tb.tb_next is None
print(traceback_kept())
