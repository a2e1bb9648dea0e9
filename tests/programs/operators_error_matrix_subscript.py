# Subscription, item assignment and deletion, and slicing across a matrix of containers and keys:
# the result's type, or the exception and its message (Objects/abstract.c: PyObject_GetItem,
# PyObject_SetItem, PyObject_DelItem, and each container's own index messages).
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


KEYS = OPERANDS + [("big", lambda: 10 ** 30), ("negative", lambda: -10), ("zero", lambda: 0)]

def get(c, k):
    return c[k]

def set_(c, k):
    c[k] = 1
    return c

def del_(c, k):
    del c[k]
    return c

for what, op in (("get", get), ("set", set_), ("del", del_)):
    for cname, container in OPERANDS:
        for kname, key in KEYS:
            if cname == "dict" and kname == "slice":
                continue
            print(cname, what, kname, outcome(lambda: op(container(), key())))

def get_slice(c, a, b):
    return c[a:b]

def set_slice(c, a, b):
    c[a:b] = [9]
    return c

def del_slice(c, a, b):
    del c[a:b]
    return c

def get_step(c, a):
    return c[::a]

BOUNDS = [("int", lambda: 1), ("None", lambda: None), ("float", lambda: 1.5), ("str", lambda: "a"),
          ("MyInt", lambda: MyInt(1)), ("Plain", Plain), ("big", lambda: 10 ** 30)]
# slices are hashable since 3.12: a dict would look one up (and 3.11 hosts cannot hash them)
SLICED = [(name, container) for name, container in OPERANDS if name != "dict"]
for what, op in (("get", get_slice), ("set", set_slice), ("del", del_slice)):
    for cname, container in SLICED:
        for aname, start in BOUNDS:
            print(cname, what, "slice", aname, outcome(lambda: op(container(), start(), 2)))
for cname, container in SLICED:
    for aname, step in BOUNDS + [("zero", lambda: 0)]:
        print(cname, "step", aname, outcome(lambda: get_step(container(), step())))
