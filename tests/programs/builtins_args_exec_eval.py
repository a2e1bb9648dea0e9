# compile(), exec() and eval(): argument conversions, flags, modes, namespaces, closures and
# sources of every kind, with CPython 3.14's messages.


def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        if type(r) in (int, float, str, bool, bytes, tuple, list, type(None), complex, dict, set,
                       frozenset, range, slice, bytearray):
            print(label, "=", repr(r))
        else:
            print(label, ":", type(r).__name__)


show("c filename bytes", lambda: compile("1", b"f", "eval"))
show("c filename None", lambda: compile("1", None, "eval"))
show("c mode int", lambda: compile("1", "f", 1))
show("c mode bad", lambda: compile("1", "f", "bad"))
show("c mode null", lambda: compile("1", "f", "ev\0al"))
show("c flags float", lambda: compile("1", "f", "eval", 1.5))
show("c flags big", lambda: compile("1", "f", "eval", 1 << 40))
show("c flags bad", lambda: compile("1", "f", "eval", 1 << 30))
show("c flags bad mode", lambda: compile("1", "f", "bad", 1 << 30))
show("c dont_inherit", lambda: compile("1", "f", "eval", 0, "x"))
show("c optimize", lambda: compile("1", "f", "eval", 0, 0, 5))
show("c optimize float", lambda: compile("1", "f", "eval", 0, 0, 1.5))
show("c source int", lambda: compile(1, "f", "eval"))
show("c source int badmode", lambda: compile(1, "f", "bad"))
show("c source ba", lambda: compile(bytearray(b"1"), "f", "eval"))
show("c source mv", lambda: compile(memoryview(b"1"), "f", "eval"))
show("c source null", lambda: compile("1\0", "f", "eval"))
show("c syntax", lambda: compile("1 +", "f", "eval"))
show("c fv", lambda: compile("1", "f", "eval", _feature_version="x"))
show("e globals list", lambda: eval("1", []))
show("e locals list", lambda: eval("1", {}, 1))
show("x locals list", lambda: exec("1", {}, 1))
show("x globals list", lambda: exec("1", []))
show("x closure", lambda: exec("1", {}, closure=()))
show("x closure2", lambda: exec("1", {}, closure=1))
def f():
    x = 1
    def g(): return x
    return g
show("x freevars", lambda: exec(f().__code__, {}))
show("x freevars closure", lambda: exec(f().__code__, {}, closure=(1,)))
show("x freevars closure2", lambda: exec(f().__code__, {}, closure=f().__closure__))
show("e freevars", lambda: eval(f().__code__, {}))
show("e bytes", lambda: eval(b"1+1"))
show("e mv", lambda: eval(memoryview(b"1+1")))
show("e null", lambda: eval("1\0"))
show("e leading ws", lambda: eval("  \t1"))
show("e leading nl", lambda: eval("\n1"))
show("e mapping locals", lambda: eval("a", {}, {"a": 1}))
class M:
    def __getitem__(self, k): return 5
show("e mapping locals2", lambda: eval("a", {}, M()))
show("e mapping globals", lambda: eval("a", M()))
