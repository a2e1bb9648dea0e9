# A sys.excepthook that raises SystemExit: its code becomes the exit status, nothing else printed.
import sys


def hook(kind, value, tb):
    print("hook saw", kind.__name__)
    raise SystemExit(12)


sys.excepthook = hook
raise ValueError("original")
