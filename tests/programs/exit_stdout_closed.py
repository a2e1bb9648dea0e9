# A guest sys.stdout that says it is closed is not flushed at exit; a sys.stderr whose flush()
# raises makes the exit status 120 without a report.
import sys


class Closed:
    closed = True

    def write(self, text):
        sys.__stdout__.write(text)

    def flush(self):
        raise ValueError("never called")


class BadErr:
    def write(self, text):
        sys.__stdout__.write("err: " + text)

    def flush(self):
        raise ValueError("stderr cannot flush")


sys.stdout = Closed()
sys.stderr = BadErr()
print("closed stdout still writes")
raise KeyError("reported through the bad stderr")
