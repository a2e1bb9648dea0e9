# A SyntaxError raised by the guest at run time: with full location, without text, with an
# offset past the line, and as the context of another error.
def make(*args):
    return SyntaxError(*args)


for args in [("msg",), ("msg", ("f.py", 3, 5, "x = (1 +\n", 3, 7)), ("m", (None, None, None, None))]:
    e = make(*args)
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
try:
    raise make("inner problem", ("inner.py", 1, 1, "bad code here", 1, 4))
except SyntaxError:
    raise make("outer problem", ("<string>", 2, 10, "    value = 1 +* 2\n", 2, 12))
