def show(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
x, y = 10, "why"
t = t"x={x!r:>5} y={y!a} z={x + 1 = }{y:{x}}"
print(repr(t))
print(t.strings, t.values, [repr(i) for i in t.interpolations])
print(type(t), type(t).__name__, type(t).__module__, type(t.interpolations[0]))
print(list(t), list(t"")[:], list(t"{x}{y}"))
it = iter(t)
print(type(it).__name__, next(it), iter(it) is it)
show(lambda: t + "s")
show(lambda: "s" + t)
show(lambda: t + 1)
show(lambda: 1 + t)
show(lambda: (t"a{x}" + t"b").strings)
show(lambda: (t"" + t"").strings)
i = t.interpolations[0]
Interp = type(i)
match i:
    case Interp(value, expr, conv, spec):
        print("matched", value, expr, conv, spec)
show(lambda: type(t)("a", i, "b", "c", i, i))
show(lambda: type(t)(i))
show(lambda: type(t)(1))
show(lambda: type(i)(5))
show(lambda: type(i)(5, "e", "r", "^3"))
show(lambda: type(i)(5, "e", "x"))
show(lambda: i.value)
show(lambda: setattr(i, "value", 1))
show(lambda: t == t)
print(f"{t.interpolations[1].value!r}", str(t)[:9])
