# Every binary operator across a matrix of operand types: the result's type, or the exception
# and its message (Objects/abstract.c: binary_op1 and the sequence concat/repeat fallbacks).
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

OPERATORS = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("@", lambda a, b: a @ b), ("/", lambda a, b: a / b), ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
    (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b), ("^", lambda a, b: a ^ b),
    ("|", lambda a, b: a | b),
]

for symbol, op in OPERATORS:
    for lname, left in OPERANDS:
        for rname, right in OPERANDS:
            print(lname, symbol, rname, outcome(lambda: op(left(), right())))
