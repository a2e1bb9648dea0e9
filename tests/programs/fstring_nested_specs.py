"""f-strings in depth: conversions, nested replacement fields in format specs, debug
expressions (=), format() protocol calls and their errors."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


value = 3.14159
width, precision, fill = 12, 3, "*"
name = "pyroboros"
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:{fill}^{width}.{precision}}]")
print(f"[{name!r:>{width}}] [{name!s:<{width}}] [{name!a:^{width}}]")
print(f"[{'caf\u00e9'!a}] [{'tab\there'!r}]")
print(f"{value=}, {value = :.2f}, {name=!s}, {width*2=}, { precision = }")
print(f"{'nested ' + f'{name:>{width - 3}}'}")
print(f"{[x for x in range(3)]!r:>20}")
print(f"{{literal}} {{{name}}}")
print(f"{3:{'>'}{5}}|{3:{'<'}5}|{'x':{fill}{'>'}{4}}")
print(f"{1234567.891:,.2f} {1234567:_} {255:#x} {255:08b} {0.25:%} {-1:+d}")
print(f"{'a' if value > 3 else 'b'} {(lambda: 'lam')()} {value:{'.1e'}}")
print(f"{name:.{precision}} {name!r:.{precision + 2}}")
spec = ".2f"
print(f"{value:{spec}} {value!s:{'>'}{10}}")


class Custom:
    def __format__(self, spec):
        return f"<Custom spec={spec!r}>"

    def __repr__(self):
        return "Custom()"

    def __str__(self):
        return "custom-str"


c = Custom()
print(f"{c} {c:abc} {c!r} {c!s} {c:{width}{fill}} {c=}")


class BadFormat:
    def __format__(self, spec):
        return 42


class RaisingFormat:
    def __format__(self, spec):
        raise ValueError(f"cannot format with {spec!r}")


class BadStr:
    def __str__(self):
        return 3

    def __repr__(self):
        return None


show("__format__ returns int", lambda: f"{BadFormat()}")
show("__format__ raises", lambda: f"{RaisingFormat():xyz}")
show("__str__ returns int", lambda: f"{BadStr()!s}")
show("__repr__ returns None", lambda: f"{BadStr()!r}")
show("bad spec for int", lambda: f"{5:q}")
show("bad spec for str", lambda: f"{'s':d}")
show("bad spec for float", lambda: f"{1.5:x}")
show("sign for str", lambda: f"{'s':+}")
show("object with spec", lambda: f"{object():>10}")
show("None with spec", lambda: f"{None:>10}")
show("nested spec not str", lambda: f"{5:{BadFormat()}}")
show("comma for str", lambda: f"{'abc':,}")
show("precision too big", lambda: f"{1.5:.{10**20}f}")
show("width too big", lambda: f"{1:{10**20}}")
show("list with spec", lambda: f"{[1]:>5}")
print(format(c, "spec"), format(3, ""), format("x", "^5"))
show("format() spec not str", lambda: format(3, 5))
