# Traceback objects: tb_lineno/tb_next chains, frame names and line numbers, f_locals of failing frames, with_traceback.
def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    return out
def level3(x):
    local_value = x * 2
    return 10 // (x - x)
def level2(x):
    return level3(x) + 1
def level1():
    return [level2(v) for v in (1,)]
try:
    level1()
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(sorted(last.tb_frame.f_locals.items()), last.tb_frame.f_lineno, last.tb_frame.f_code.co_qualname)
    print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_lineno)
def reraiser():
    try:
        level3(5)
    except ZeroDivisionError:
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", walk(e.__traceback__))
def raise_new_from_handler():
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("outer") from inner
try:
    raise_new_from_handler()
except ValueError as e:
    print("outer:", walk(e.__traceback__), "cause:", walk(e.__cause__.__traceback__))
saved = ValueError("saved")
try:
    raise saved
except ValueError:
    pass
first = walk(saved.__traceback__)
try:
    raise saved
except ValueError:
    pass
print("raised twice:", first, walk(saved.__traceback__))
fresh = KeyError("fresh")
print(fresh.__traceback__, fresh.with_traceback(None).__traceback__)
try:
    raise fresh.with_traceback(saved.__traceback__)
except KeyError as e:
    print("with_traceback chain:", walk(e.__traceback__))
def gen():
    yield 1
    1 / 0
g = gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print("generator frames:", walk(e.__traceback__))
multi_line = None
try:
    multi_line = (
        1 +
        2 +
        None
    )
except TypeError as e:
    print("multi-line expression line:", e.__traceback__.tb_lineno)
def lambda_in_call():
    return list(map(lambda v: v / 0, [1]))
try:
    lambda_in_call()
except ZeroDivisionError as e:
    print("through map:", walk(e.__traceback__))
class WithMethod:
    def method(self):
        raise RuntimeError("in method")
try:
    WithMethod().method()
except RuntimeError as e:
    print([f.tb_frame.f_code.co_qualname for f in (e.__traceback__, e.__traceback__.tb_next)])
