# Every public method of the host-valued builtin types called with too many arguments, an
# unexpected keyword, no arguments and arguments of the wrong type: CPython 3.14's messages.


def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        if type(r) in (set, frozenset):
            print(label, "=", type(r).__name__, sorted(r, key=repr))
        elif type(r) in (int, float, str, bool, bytes, tuple, list, type(None), complex, dict,
                         range, slice, bytearray):
            print(label, "=", repr(r))
        else:
            print(label, ":", type(r).__name__)


samples = {"str": "a,b", "bytes": b"a,b", "bytearray": bytearray(b"a,b"), "list": [1, 2],
           "tuple": (1, 2), "dict": {1: 2}, "set": {1, 2}, "frozenset": frozenset({1}),
           "int": 5, "float": 1.5, "complex": 1j, "range": range(3)}
count = 0
for tname, value in samples.items():
    for mname in sorted(dir(type(value))):
        if mname.startswith("__"):
            continue
        mutable = isinstance(value, (list, dict, set, bytearray))
        meth = getattr(type(value)(value) if mutable else value, mname)
        if not callable(meth):
            continue
        count += 1
        show(f"{tname}.{mname}(1, 2, 3, 4, 5)", lambda: meth(1, 2, 3, 4, 5))
        show(f"{tname}.{mname}(bogus=1)", lambda: meth(bogus=1))
        show(f"{tname}.{mname}(None)", lambda: meth(None))
        show(f"{tname}.{mname}(1.5)", lambda: meth(1.5))
        show(f"{tname}.{mname}('x')", lambda: meth("x"))
        show(f"{tname}.{mname}()", lambda: meth())
print(count, "methods")
for text in ["'abc'.replace('a', 'b', count=1)", "'abc'.replace('a', 'b', 1, count=1)",
             "'abc'.replace(old='a', new='b')", "'a'.replace('a', 'b', 'c')",
             "'a'.replace('a', 1)", "'a\\nb'.splitlines(keepends=1)", "'a\\nb'.splitlines(True, 1)",
             "b'a\\nb'.splitlines(kepends=1)", "bytearray(b'a\\n').splitlines(None)",
             "b'abc'.translate(None, b'a')", "b'abc'.translate(None, delete=b'b')",
             "b'abc'.translate(table=None)", "b'abc'.translate(None, b'a', b'b')",
             "[1, 2].index(3)", "[1].index(1, 'x')", "(1,).index(2)", "range(3).index(5)",
             "{}.pop(1)", "{}.popitem()", "set().pop()", "set().remove(1)", "[].pop()",
             "[].remove(1)", "'a,b'.split(1)", "'a'.join([1])", "'a'.center(2, 'xy')",
             "'%d' % 'x'", "'a'.encode('nope')", "b'\\xff'.decode()", "'a'.zfill('x')"]:
    show(text, lambda: eval(text))
for cls in (bytes, bytearray):
    for text in ["b'ab cd'", "memoryview(b'01')", "bytearray(b'ff')", "'abc'", "b'abc'", "b'a z'",
                 "b'\\xe9'", "''"]:
        show(f"{cls.__name__}.fromhex({text})", lambda: cls.fromhex(eval(text)))
