# NaN constants made by constant folding are distinct objects in CPython 3.14, so code keeps
# one co_consts entry per NaN; a host whose NaNs with equal bits are one object must not
# merge them.

sources = [
    "a = 1e400 * 0; b = 1e400 * 0",
    "c = (1e400 * 0, 1e400 * 0)",
    "d = -(1e400 * 0); e = 1e400 * 0; f = 1e400 - 1e400",
    "g = 1e400 * 0j; h = 1e400 * 0j",
    "i = 2.5 * 2; j = 2.5 * 2",
    "k = (0.0, -0.0, 0.0, -0.0)",
]
for source in sources:
    code = compile(source, "<nan>", "exec")
    print(source, "->", code.co_consts, len(code.co_consts))
