# An uncaught KeyboardInterrupt goes to the guest's sys.excepthook, and the process still dies
# by SIGINT; sys.last_exc and friends are set before the hook runs.
import sys


def hook(kind, value, tb):
    print("hook:", kind.__name__, repr(value), sys.last_value is value, sys.last_exc is value,
          sys.last_type is kind, sys.last_traceback is tb)


sys.excepthook = hook
raise KeyboardInterrupt("interrupted")
