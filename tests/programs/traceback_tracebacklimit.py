# sys.tracebacklimit as the default report reads it: the last N entries, none (and no header)
# for N <= 0, everything for None or a huge N, and pythonrun.c's own caret-less report when the
# value is not an int; it applies to every exception of a chain and to exception groups.
import sys


def a():
    b()


def b():
    c()


def c():
    return 1 / 0


def report():
    try:
        try:
            a()
        except ZeroDivisionError as inner:
            raise KeyError("outer") from inner
    except KeyError as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


for limit in (None, 0, 1, 2, -1, 10 ** 30, True, 1.5, "x"):
    sys.tracebacklimit = limit
    print("--- limit", repr(limit), file=sys.stderr)
    report()
del sys.tracebacklimit
print("--- deleted", file=sys.stderr)
report()
sys.tracebacklimit = 1
try:
    a()
except ZeroDivisionError as error:
    raise ExceptionGroup("group", [error])
