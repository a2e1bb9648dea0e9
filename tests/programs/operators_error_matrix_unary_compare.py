# Unary operators, abs(), ordering comparisons, `in`, divmod(), three-argument pow() and format()
# across a matrix of operand types: the result's type, or the exception and its message
# (Objects/abstract.c, Objects/object.c: do_richcompare, PySequence_Contains, object.__format__).
class Plain:
    pass

class NoImpl:
    def __repr__(self):
        return "NoImpl()"

for _n in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift",
           "rshift", "and", "xor", "or"):
    setattr(NoImpl, f"__{_n}__", lambda self, other: NotImplemented)
    setattr(NoImpl, f"__r{_n}__", lambda self, other: NotImplemented)
    setattr(NoImpl, f"__i{_n}__", lambda self, other: NotImplemented)

class MyInt(int):
    pass

class MyList(list):
    pass

def function():
    pass

OPERANDS = [
    ("int", lambda: 3), ("bool", lambda: True), ("float", lambda: 2.5), ("complex", lambda: 1j),
    ("str", lambda: "ab"), ("bytes", lambda: b"ab"), ("bytearray", lambda: bytearray(b"ab")),
    ("list", lambda: [1, 2]), ("tuple", lambda: (1, 2)), ("dict", lambda: {1: 2}),
    ("set", lambda: {1, 2}), ("frozenset", lambda: frozenset({1, 2})), ("range", lambda: range(3)),
    ("None", lambda: None), ("Plain", Plain), ("NoImpl", NoImpl), ("MyInt", lambda: MyInt(5)),
    ("MyList", lambda: MyList([7])), ("memoryview", lambda: memoryview(b"ab")),
    ("slice", lambda: slice(1, 2)), ("type", lambda: int), ("function", lambda: function),
]
SAFE = (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
        range, type(None), slice)

def scrub(text):
    # default reprs carry addresses
    while " at 0x" in text:
        i = text.index(" at 0x") + 4
        j = i + 2
        while j < len(text) and text[j] in "0123456789abcdef":
            j += 1
        text = text[:i] + "ADDRESS" + text[j:]
    return text

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return scrub(type(e).__name__ + ": " + str(e))
    if type(r) in SAFE:
        return scrub("= " + type(r).__name__ + " " + repr(r))
    return "= " + type(r).__name__


def pos(a):
    return +a

def neg(a):
    return -a

def inv(a):
    return ~a

for symbol, op in (("-", neg), ("+", pos), ("~", inv), ("abs", abs)):
    for name, operand in OPERANDS:
        if symbol == "~" and name == "bool":
            continue   # ~True warns (DeprecationWarning)
        print(symbol, name, outcome(lambda: op(operand())))

COMPARISONS = [
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b), ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b),
]
for symbol, op in COMPARISONS:
    for lname, left in OPERANDS:
        for rname, right in OPERANDS:
            print(lname, symbol, rname, outcome(lambda: op(left(), right())))

for cname, container in OPERANDS:
    for iname, item in OPERANDS:
        if cname in ("dict", "set", "frozenset") and iname == "slice":
            continue   # slices are hashable since 3.12 (3.11 hosts cannot hash them)
        print(iname, "in", cname, outcome(lambda: item() in container()))
        print(iname, "not in", cname, outcome(lambda: item() not in container()))

for lname, left in OPERANDS:
    for rname, right in OPERANDS:
        print("divmod", lname, rname, outcome(lambda: divmod(left(), right())))

for bname, base in OPERANDS:
    for ename, exp in OPERANDS[:5]:
        for mname, mod in OPERANDS:
            print("pow", bname, ename, mname, outcome(lambda: pow(base(), exp(), mod())))

for spec in ("q", "d", "s", ">5", "x"):
    for name, operand in OPERANDS:
        print("format", name, repr(spec), outcome(lambda: format(operand(), spec)))
