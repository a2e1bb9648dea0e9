# sys.excepthook deleted: "sys.excepthook is missing", then the default report.
import sys

del sys.excepthook
print(hasattr(sys, "excepthook"), callable(sys.__excepthook__))
raise RuntimeError("no hook at all")
