# sys.stderr set to None: an uncaught exception prints nothing, the status is still 1.
import sys

print("stderr is going away")
sys.stderr = None
raise ValueError("nobody will see this")
