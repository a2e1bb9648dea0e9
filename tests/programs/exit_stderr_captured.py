# A guest object as sys.stderr receives the uncaught report as traceback.py writes it (one
# write per chunk, then print's empty end) and flush() calls before and at exit.
import sys


class Capture:
    def write(self, text):
        sys.__stdout__.write("[" + text.replace("\n", "|") + "]\n")
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush\n")


def inner():
    try:
        {}["key"]
    except KeyError as e:
        e.add_note("first note\nsecond line")
        raise ValueError("captured") from e


sys.stderr = Capture()
print("to stdout")
inner()
