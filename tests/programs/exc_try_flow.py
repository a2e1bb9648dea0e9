# try/except/else/finally control flow: return/break/continue through finally, re-raise, bare except, ordering.
def trace(label):
    print("trace", label)
def f1():
    try:
        trace("try")
        return "from try"
    finally:
        trace("finally")
print(f1())
def f2():
    try:
        raise ValueError("v")
    except ValueError:
        trace("except")
        return "from except"
    else:
        trace("else (not run)")
    finally:
        trace("finally")
print(f2())
def f3():
    try:
        trace("try ok")
    except Exception:
        trace("not run")
    else:
        trace("else")
        return "from else"
    finally:
        trace("finally")
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            trace(f"body {i}")
        finally:
            trace(f"finally {i}")
    return i
print(f4())
def f5():
    try:
        try:
            raise KeyError("inner")
        finally:
            trace("inner finally")
    except KeyError as e:
        trace("outer caught " + repr(e))
f5()
def f6():
    try:
        raise TypeError("first")
    except (ValueError, TypeError) as e:
        trace("tuple caught " + type(e).__name__)
    try:
        raise IndexError
    except LookupError as e:
        trace("base class caught " + type(e).__name__)
    try:
        raise ZeroDivisionError("zd")
    except ArithmeticError:
        trace("arith")
    except ZeroDivisionError:
        trace("never: first matching clause wins")
f6()
def f7():
    try:
        1 / 0
    except:
        trace("bare except")
        raise
try:
    f7()
except ZeroDivisionError as e:
    print("re-raised:", e)
def f8():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return "NameError: " + str(err)
print(f8())
def f9():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            break
        finally:
            trace(f"while finally {x}")
    return x
print(f9())
def f10():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            trace("nested handler")
        trace("back in outer handler")
f10()
def f11():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                trace("finally overrides nothing here")
print(f11())
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print([classify(e) for e in (KeyError(), IndexError(), OverflowError(), ValueError(), StopIteration())])
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("outer got", repr(e))
def bad_except_class():
    try:
        raise ValueError
    except 5:
        pass
try:
    bad_except_class()
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
