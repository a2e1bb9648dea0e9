# A guest sys.stdout whose flush() raises: the failure at exit is reported as unraisable,
# with pythonrun.c's caret-less traceback, and the exit status becomes 120.
import sys


class Flaky:
    def write(self, text):
        sys.__stdout__.write(text)

    def flush(self):
        raise ValueError("cannot flush")


sys.stdout = Flaky()
print("hello")
