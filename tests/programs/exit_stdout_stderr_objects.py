# Guest objects as sys.stdout and sys.stderr: print, sys.exit("message") and the flushes at exit.
import sys
class Capture:
    def write(self, text):
        sys.__stdout__.write("<" + text.replace("\n", "|") + ">\n")
    def flush(self):
        sys.__stdout__.write("flush\n")
class Out(Capture):
    def write(self, text):
        sys.__stdout__.write("out<" + text.replace("\n", "|") + ">\n")
    def flush(self):
        sys.__stdout__.write("out flush\n")
sys.stderr = Capture()
sys.stdout = Out()
print("hello")
sys.exit("bye now")
