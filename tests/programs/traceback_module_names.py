# The exception line for classes defined in __main__, with a __module__ set by hand, a
# __qualname__ of a nested class, and a __module__ that is not a str.
class Outer:
    class Inner(Exception):
        pass


class Elsewhere(Exception):
    pass


Elsewhere.__module__ = "somewhere.else"


class NoModule(Exception):
    pass


NoModule.__module__ = None
for cls in (Outer.Inner, Elsewhere, NoModule):
    try:
        raise cls("message")
    except Exception as e:
        print(type(e).__module__, type(e).__qualname__)
try:
    raise Outer.Inner("inner")
except Exception:
    try:
        raise NoModule("no module")
    except Exception:
        raise Elsewhere("elsewhere")
