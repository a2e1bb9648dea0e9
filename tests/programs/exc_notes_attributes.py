# Exception objects: args, str/repr, add_note/__notes__, with_traceback, custom attributes, OSError fields.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for e in (ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), KeyError("k"), KeyError(), KeyError(1, 2),
          Exception(""), StopIteration(7), SystemExit(3), UnicodeError("u"), IndexError([1])):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("noted")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
show(lambda: e.add_note(5))
e.__notes__ = "not a list"
show(lambda: e.add_note("x"))
os_errors = [OSError(2, "No such file"), OSError(2, "No such file", "path.txt"), OSError("just message"),
             OSError(13, "denied", "a", None, "b"), FileNotFoundError(2, "missing", "f"), OSError()]
for oe in os_errors:
    print(type(oe).__name__, oe.args, oe.errno, oe.strerror, oe.filename, oe.filename2, str(oe))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
print(StopIteration(5).value, StopIteration().value, SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range"))
ude = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")
print(ude.encoding, ude.object, ude.start, ude.end, ude.reason)
ke = KeyError("quoted")
print(str(ke), str(KeyError("")), str(KeyError(("tuple",))))
ae = AttributeError("msg", name="attr", obj=5)
print(ae.name, ae.obj, str(ae))
ne = NameError("nm", name="thing")
print(ne.name)
ie = ImportError("imp", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
se = SyntaxError("bad syntax", ("file.py", 3, 5, "x = = 1\n", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
print(str(SyntaxError("only msg")), SyntaxError().msg)
class Custom(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f"Custom[{self.code}]"
c = Custom(404)
print(c.args, str(c), repr(c), c.code)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(9)
print(n.args, str(n), repr(n))
e2 = ValueError("x")
print(e2.__traceback__, e2.with_traceback(None) is e2, e2.__cause__, e2.__context__)
e2.args = ("changed", 1)
print(str(e2), repr(e2))
show(lambda: BaseException.__new__(int))
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception),
      issubclass(GeneratorExit, BaseException), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError),
      issubclass(BrokenPipeError, ConnectionError), issubclass(UnboundLocalError, NameError), issubclass(NotImplementedError, RuntimeError))
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__])
