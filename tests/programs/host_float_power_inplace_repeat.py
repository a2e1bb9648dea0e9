# Host-independent float powers and in-place repetition: a PyPy host returns inf for a float
# raised to a small integer power and lets a builtin sequence repeat itself after any left
# operand's refusal of *=; CPython 3.14 raises OverflowError and only repeats for a left
# operand with no sequence table.


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        print(label, type(exc).__name__, exc.args)
    else:
        print(label, "=", repr(result))


big = 1e300
attempt("constant 1e300 ** 2", lambda: 1e300 ** 2)
attempt("big ** 2", lambda: big ** 2)
attempt("-big ** 3", lambda: (-big) ** 3)
attempt("big ** 1", lambda: big ** 1)
attempt("big ** -2", lambda: big ** -2)
attempt("1e200 ** 2.0", lambda: 1e200 ** 2.0)
attempt("10 ** 400.0", lambda: 10 ** 400.0)
attempt("2.0 ** 1024", lambda: 2.0 ** 1024)
attempt("2.0 ** 1023", lambda: 2.0 ** 1023)
attempt("inf ** 2", lambda: float("inf") ** 2)
attempt("nan ** 2", lambda: float("nan") ** 2)
attempt("pow(big, 2)", lambda: pow(big, 2))
attempt("pow(big, 2, None)", lambda: pow(big, 2, None))


def inplace_power(x, y):
    x **= y
    return x


attempt("big **= 2", lambda: inplace_power(big, 2))
attempt("3 **= 2", lambda: inplace_power(3, 2))
attempt("2.5 **= 2", lambda: inplace_power(2.5, 2))
attempt("[1] **= 2", lambda: inplace_power([1], 2))


class MyInt(int):
    pass


class MyFloat(float):
    pass


class Scaler:
    def __mul__(self, other):
        return ("Scaler.__mul__", other)


class Declines:
    def __mul__(self, other):
        return NotImplemented


class Counted:
    def __index__(self):
        return 2


class InPlace:
    def __imul__(self, other):
        return ("InPlace.__imul__", other)


def inplace_multiply(x, y):
    x *= y
    return x


for left in (2, True, MyInt(2), MyFloat(2.0), 2.0, None, Scaler(), Declines(), Counted(),
             InPlace(), {}, set(), frozenset(), range(2), [1], (1,), "s", b"b"):
    for right in ("ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2)):
        name = type(left).__name__ + " *= " + type(right).__name__
        attempt(name, lambda: inplace_multiply(left, right))
        attempt(name.replace("*=", "*"), lambda: left * right)
