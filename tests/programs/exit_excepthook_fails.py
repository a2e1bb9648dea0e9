# A replacement sys.excepthook that raises: both errors are printed.
import sys


def hook(kind, value, tb):
    raise RuntimeError("hook broke")


sys.excepthook = hook
raise ValueError("original")
