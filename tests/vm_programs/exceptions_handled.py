def f(x):
    return 1 / x
try:
    f(0)
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__, e.args)
class MyErr(Exception):
    pass
try:
    raise MyErr("bad", 2)
except Exception as e:
    print(repr(e), str(e))
try:
    try:
        raise KeyError('k')
    finally:
        print("finally")
except LookupError as e:
    print("lookup", e)
def g():
    for i in range(3):
        try:
            if i == 1: continue
            yield i
        finally:
            print("fin", i)
print(list(g()))
try:
    {}['missing']
except KeyError as e:
    print(repr(e))
with memoryview(b'') as fh:
    pass
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with CM() as c:
    raise ValueError("x")
print("after")
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__))
def deep():
    try:
        1/0
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
try:
    deep()
except RuntimeError as e:
    print(repr(e.__context__))
x = 5
assert x == 5
print(int("42"), float("1.5"), divmod(7, 2), pow(2, 10), abs(-3), round(2.675, 2))
