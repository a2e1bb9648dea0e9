# A chain with an explicit cause whose own context is set, and a context below that.
def low():
    raise KeyError("low")


def middle():
    try:
        low()
    except KeyError as exc:
        raise ValueError("middle") from exc


def high():
    try:
        middle()
    except ValueError:
        raise RuntimeError("high")


try:
    high()
except RuntimeError as top:
    try:
        raise TypeError("outer handler failed")
    except TypeError as outer:
        outer.__cause__ = top
        raise LookupError("final") from outer
