# sys.stdout replaced by an int: print fails with a traceback, and flushing it at exit fails
# ("Exception ignored while flushing sys.stdout"), which makes the exit status 120.
import sys

sys.stdout = 5
print("hi")
