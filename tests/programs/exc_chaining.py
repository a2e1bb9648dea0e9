# Exception chaining: implicit __context__, explicit __cause__ with from, from None, __suppress_context__.
def info(e):
    return (type(e).__name__, str(e), type(e.__cause__).__name__ if e.__cause__ else None,
            type(e.__context__).__name__ if e.__context__ else None, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(info(e))
try:
    try:
        {}["k"]
    except KeyError as exc:
        raise RuntimeError("explicit") from exc
except RuntimeError as e:
    print(info(e), repr(e.__cause__))
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden context") from None
except TypeError as e:
    print(info(e), repr(e.__context__))
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(info(e), repr(e.__cause__), e.__cause__.__traceback__)
try:
    raise IndexError from ValueError
except IndexError as e:
    print(info(e), type(e.__cause__).__name__)
def chain3():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
try:
    chain3()
except KeyError as e:
    seen = []
    while e is not None:
        seen.append(repr(e))
        e = e.__context__
    print(seen)
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self re-raise context:", e.__context__)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError:", err)
def finally_context():
    try:
        raise ValueError("original")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError as k:
            print("context of finally exc:", repr(k.__context__))
try:
    finally_context()
except ValueError as v:
    print("still original:", v)
try:
    try:
        raise ValueError("x")
    except ValueError as v:
        v2 = v
    raise TypeError("after handler")
except TypeError as t:
    print("no context after handler finished:", t.__context__)
import_free_cycle = ValueError("a")
b = KeyError("b")
try:
    try:
        raise b
    except KeyError:
        raise import_free_cycle
except ValueError as v:
    print(repr(v.__context__))
