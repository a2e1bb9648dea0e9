# sys.excepthook replaced by the guest: it receives type, value and traceback for an uncaught
# exception, and its own failure is reported.
import sys


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print("hook sees", sys.excepthook is hook, sys.__excepthook__ is not hook)


sys.excepthook = hook
print(callable(sys.__excepthook__))
raise ValueError("handled by the hook")
