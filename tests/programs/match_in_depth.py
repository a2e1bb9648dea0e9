"""Pattern matching in depth: class patterns and __match_args__ errors, mapping patterns with
**rest, sequence patterns with star, guards, or-patterns binding names, value patterns."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class NoArgs:
    pass


class BadMatchArgsType:
    __match_args__ = ["x"]
    x = 1


class BadMatchArgsItem:
    __match_args__ = ("x", 2)
    x = 1


class MissingAttr:
    __match_args__ = ("absent",)


class Raising:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise KeyError("from property")


def classify(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) if x > 10:
            return f"far on x axis {x}"
        case Point(x=0, y=y):
            return f"on y axis {y}"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str() as s:
            return f"str {s!r}"
        case _:
            return "other"

for obj in (Point(0, 0), Point(11, 0), Point(0, 5), Point(3, 3), Point(1, 2), -4, -2.5, True, 7,
            "s", None):
    print(classify(obj))

def classify_noargs(obj):
    match obj:
        case NoArgs(1):
            return "one"


def match_one(obj, cls):
    match obj:
        case cls(a):
            return a


def match_two(obj, cls):
    match obj:
        case cls(a, b):
            return a, b


def match_kw_twice(obj):
    match obj:
        case Point(1, x=2):
            return "never"


show("NoArgs(1)", lambda: classify_noargs(NoArgs()))
P1 = type("P1", (), {"__match_args__": ("x",), "x": 1})
show("too many positional", lambda: match_two(P1(), P1))
show("__match_args__ list", lambda: match_one(BadMatchArgsType(), BadMatchArgsType))
show("__match_args__ non-str", lambda: match_two(BadMatchArgsItem(), BadMatchArgsItem))
show("missing attribute", lambda: match_one(MissingAttr(), MissingAttr))
show("property raises", lambda: match_one(Raising(), Raising))
show("x given twice", lambda: match_kw_twice(Point(1, 2)))
show("not a class", lambda: match_one(1, len))
show("int(1) self match", lambda: match_one(5, int))
show("str self match", lambda: match_one("abc", str))
show("tuple self match", lambda: match_one((1, 2), tuple))
show("two positional for int", lambda: match_two(5, int))


# mapping patterns
def mapping(obj):
    match obj:
        case {"kind": "point", "x": x, "y": y, **rest}:
            return f"point {x},{y} rest={rest}"
        case {"kind": "empty", **rest} if not rest:
            return "empty without extras"
        case {"kind": kind, **rest}:
            return f"kind {kind} with {sorted(rest)}"
        case {}:
            return "a mapping"
        case _:
            return "not a mapping"

for obj in ({"kind": "point", "x": 1, "y": 2, "z": 3}, {"kind": "empty"}, {"kind": "empty", "a": 1},
            {"kind": 5, "b": 2, "a": 1}, {}, {"other": 1}, [("kind", 1)], "kind"):
    print(mapping(obj))


class MissingMapping(dict):
    def __missing__(self, key):
        return "from __missing__"

print("__missing__ not used:", mapping(MissingMapping(other=1)))


def duplicate_key(obj):
    match obj:
        case {"a": 1, **rest}:
            return rest

class GetRaises(dict):
    def get(self, key, default=None):
        raise ValueError("get failed")

show("mapping .get raises", lambda: mapping(GetRaises(kind=1)))
show("mapping rest is a copy", lambda: duplicate_key({"a": 1, "b": 2}))


# sequence patterns
def sequence(obj):
    match obj:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *middle, last] if middle:
            return f"first {first} middle {middle} last {last}"
        case [a, b]:
            return f"pair {a} {b}"
        case (1, 2, *_):
            return "never"
        case _:
            return "other"

for obj in ([], [1], (1, 2), [1, 2, 3, 4], range(3), "ab", b"ab", bytearray(b"ab"), {1: 2},
            iter([1])):
    print(type(obj).__name__, sequence(obj))


def star_nested(obj):
    match obj:
        case [[a, *b], *c, (d, e)]:
            return a, b, c, d, e
        case [*_, [*inner]]:
            return inner
    return None

print(star_nested([[1, 2, 3], 4, 5, (6, 7)]))
print(star_nested([1, [2, 3]]))


class Seq:
    """A user sequence: only registered/ABC sequences match, so this never does."""

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i

print("user class with __getitem__:", sequence(Seq()))


# or-patterns, captures, value patterns, walrus and wildcards
class Color:
    RED = "red"
    GREEN = "green"


def colors(obj):
    match obj:
        case Color.RED | Color.GREEN as c:
            return f"named color {c}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case {"v": (int() | float()) as v}:
            return f"number {v}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case -1 | 1.5 | 2j | -3 - 4j:
            return "complex literal"
        case None | True | False:
            return f"singleton {obj}"
    return "no match"

for obj in ("red", "green", 2, [5, 0], [0, 6], {"v": 1.5}, {"v": "x"}, b"raw", "text", -1, 2j,
            -3 - 4j, None, False, 99):
    print(colors(obj))


# match on self-matching types with keyword sub-patterns
def real_imag(obj):
    match obj:
        case complex(real=r, imag=i):
            return r, i
        case int(real=r, denominator=d):
            return r, d

print(real_imag(3 + 4j), real_imag(7))

# the subject is evaluated once; guards see bindings even when they fail
calls = []


def subject():
    calls.append("subject")
    return [1, 2]


match subject():
    case [a, b] if calls.append(("guard", a, b)):
        pass
    case [a, *_] if a == 1:
        print("second case, a =", a, "b kept from failed guard:", b)
print(calls)
