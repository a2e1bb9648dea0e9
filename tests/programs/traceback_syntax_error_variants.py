# SyntaxError and subclasses raised by the guest with unusual fields: tabs and leading spaces in
# text, offset 0, an end offset before the offset, a non-str msg, IndentationError, TabError.
cases = [
    ("tabbed", ("t.py", 1, 3, "\t\tx = 1\n", 1, 5)),
    ("zero offset", ("z.py", 2, 0, "abc\n", 2, 0)),
    ("backwards", ("b.py", 3, 6, "print(1 2)\n", 3, 2)),
    ("multi-line end", ("m.py", 4, 2, "call(1,\n", 6, 3)),
    ("no text", ("n.py", 5, 2, None, 5, 3)),
]
for message, details in cases:
    try:
        raise SyntaxError(message, details)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, str(e))
try:
    raise IndentationError("unexpected indent", ("i.py", 1, 5, "    x\n", 1, 6))
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    raise TabError(42)
except SyntaxError as e:
    print(type(e).__name__, e, e.msg)
try:
    raise IndentationError("unindent does not match", ("i.py", 7, 9, "        y = 2\n", 7, 10))
except SyntaxError:
    raise SyntaxError("final", ("<fake>", 1, 4, "  leading spaces and\ttab\n", 1, 12))
