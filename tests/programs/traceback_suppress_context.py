# __suppress_context__ set by hand, `raise ... from None`, and a context that is shown again
# once __cause__ is reset to None with suppression cleared.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as exc:
    print(exc.__suppress_context__, type(exc.__context__).__name__, exc.__cause__)
    exc.__suppress_context__ = False
    shown = exc
try:
    raise shown
except ValueError as again:
    print(again.__suppress_context__)
err = KeyError("k")
err.__context__ = IndexError("i")
err.__suppress_context__ = True
try:
    raise err
except KeyError as e:
    print(e.__suppress_context__, repr(e.__context__))
try:
    {}["x"]
except KeyError:
    raise shown
