# SystemExit raised while handling another exception: no traceback is printed, only the code.
try:
    1 / 0
except ZeroDivisionError:
    raise SystemExit(7)
