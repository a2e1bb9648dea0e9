# sys.excepthook set to a non-callable, and SystemExit bypassing the hook.
import sys

sys.excepthook = None
raise KeyError("no hook")
