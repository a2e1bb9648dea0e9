# compile(..., 'single') prints expression statements through sys.displayhook, which keeps the
# value in builtins._ (the interactive interpreter's way of showing results).
import sys

exec(compile("1 + 1", "<s>", "single"))
print(_)
exec(compile("None", "<s>", "single"))
print(_)
exec(compile("'x'", "<s>", "single"))
seen = []
sys.displayhook = seen.append
exec(compile("41 + 1", "<s>", "single"))
print(seen)
sys.displayhook = sys.__displayhook__
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if 1:\n  3\n  4\n", "<s>", "single"))
del sys.displayhook
try:
    exec(compile("5", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__


class R:
    def __repr__(self):
        return "R!"


exec(compile("R()", "<s>", "single"))
print(type(_).__name__)
try:
    compile("1\n2\n", "<s>", "single")
except SyntaxError as e:
    print(e.msg, e.lineno)
sys.displayhook(None)
sys.displayhook(7)
print(_)
print(sys.displayhook.__name__, sys.__displayhook__ is sys.displayhook)
try:
    sys.displayhook()
except TypeError as e:
    print(e)
