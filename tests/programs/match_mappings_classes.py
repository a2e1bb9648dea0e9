# match: mapping patterns with **rest, class patterns with positional (__match_args__) and keyword sub-patterns.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": t, **others}:
            return f"other event {t} {sorted(others)}"
        case {}:
            return "empty-ish mapping"
    return "not a mapping"
for ev in ({"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "shift": True}, {"type": "key", "key": "b"},
           {"type": "scroll", "dy": 3}, {"other": 1}, {}, [("type", "x")], "str"):
    print(handle(ev))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(z=z) if z > 0:
            return f"above plane {z}"
        case Point():
            return "somewhere"
        case int(i) | float(i):
            return f"number {i}"
        case str() | bytes():
            return "text"
        case bool(b):
            return "bool (never: int matched first)"
        case list([a, *_]):
            return f"list starting {a}"
        case dict(d):
            return f"dict {d}"
    return "unknown"
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -1), 5, 2.5, "s",
          b"b", True, [9, 8], {"k": 1}, None):
    print(where(p))
class NoArgs:
    pass
def too_many(v):
    match v:
        case NoArgs(a):
            return a
show(lambda: too_many(NoArgs()))
class BadArgs:
    __match_args__ = ("a", "a")
    a = 1
def dup(v):
    match v:
        case BadArgs(x, y):
            return x, y
show(lambda: dup(BadArgs()))
def not_a_class(v):
    match v:
        case len():
            return "?"
show(lambda: not_a_class(1))
def int_two_positional(v):
    match v:
        case int(a, b):
            return a
show(lambda: int_two_positional(1))
class MatchArgsList:
    __match_args__ = ["a"]
    a = 1
def list_match_args(v):
    match v:
        case MatchArgsList(a):
            return a
show(lambda: list_match_args(MatchArgsList()))
def missing_attr(v):
    match v:
        case Point(z=0):
            return "z"
        case _:
            return "no z attribute -> no match"
print(missing_attr(Point(1, 2)))
def mapping_dup_rest(v):
    match v:
        case {"a": 1, **rest}:
            return rest
print(mapping_dup_rest({"a": 1, "b": 2, "c": 3}))
class Keys(dict):
    def __missing__(self, key):
        return "missing-default"
match Keys(a=1):
    case {"b": value}:
        print("matched via __missing__?", value)
    case _:
        print("__missing__ not used by mapping patterns")
