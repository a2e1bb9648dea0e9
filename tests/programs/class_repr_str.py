# __repr__, __str__, __format__, __bytes__ and their fallbacks in print, str(), repr(), containers, f-strings.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(r, str(r), [r, r], f"{r}")
print(str(StrOnly()), [str(StrOnly())], repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: print(BadStr()))
show(lambda: [BadRepr()].__repr__())
class Raising:
    def __repr__(self):
        raise ValueError("repr failed")
show(lambda: repr([1, Raising()]))
show(lambda: f"{Raising()!r}")
class B:
    def __bytes__(self):
        return b"bytes!"
print(bytes(B()))
class BadBytes:
    def __bytes__(self):
        return "str"
show(lambda: bytes(BadBytes()))
class StrSub(str):
    def __str__(self):
        return "overridden"
print(str(StrSub("x")), repr(StrSub("x")), StrSub("x") + "y", print.__name__, f"{StrSub('v')}")
class IntRepr(int):
    def __repr__(self):
        return f"IntRepr({int(self)})"
print(IntRepr(3), [IntRepr(3)], str(IntRepr(3)), f"{IntRepr(3)}", "%d" % IntRepr(3), "%r" % IntRepr(4))
print(repr(object)[:15], repr(int), repr(type), repr(None), repr(len), repr(...), repr(NotImplemented), str(int))
class Nest:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Nest({self.child!r})"
print(Nest(Nest(Nest())), repr(Nest([1, "a"])))
