# print(): sep/end/flush/file keyword arguments, printing to sys-free stderr via file=None, odd values, errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, {5}, b"6", sep=",")
print("no newline", end="")
print(" ...continued")
print(*range(5), sep="\n", end="\n--\n")
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("", "", sep="x")
print("multi\nline\ttabbed")
print("unicode: é ☃ 😀 中文")
show(lambda: print("x", sep=1))
show(lambda: print("x", end=2))
show(lambda: print("x", file=5))
show(lambda: print("x", nope=1))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("to", "writer", sep="_", end="!", file=w)
print(file=w)
print(w.parts)
class Flushable(Writer):
    def flush(self):
        self.parts.append("<flush>")
f = Flushable()
print("x", file=f, flush=True)
print(f.parts)
class BadWrite:
    def write(self, s):
        raise OSError("disk full")
show(lambda: print("x", file=BadWrite()))
class StrRaises:
    def __str__(self):
        raise ValueError("no str")
show(lambda: print(StrRaises()))
print(repr(print("inner print returns None")))
