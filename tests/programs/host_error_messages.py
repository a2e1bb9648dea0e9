# Builtin error messages that a PyPy host words differently from CPython 3.14: the guest must
# read 3.14's words whatever the host.


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        print(label, type(exc).__name__, exc.args)
    else:
        print(label, "=", repr(result))


def grow_while_iterating():
    s = {1, 2}
    for item in s:
        s.add(item + 10)


class ReprInt:
    def __repr__(self):
        return 1


class StrNone:
    def __str__(self):
        return None


class BytesStr:
    def __bytes__(self):
        return "text"


class IntStr:
    def __int__(self):
        return "seven"


attempt("set grows", grow_while_iterating)
attempt("map one argument", lambda: map(len))
attempt("float.fromhex", lambda: float.fromhex("0xz"))
attempt("format auto then manual", lambda: "{}{0}".format(1, 2))
attempt("format manual then auto", lambda: "{0}{}".format(1, 2))
attempt("format recursion", lambda: "{:{:{:}}}".format(1, 2, 3))
attempt("chr too big", lambda: chr(0x110000))
attempt("chr negative", lambda: chr(-1))
attempt("%c too big", lambda: "%c" % 0x110000)
attempt("str.index", lambda: "abc".index("z"))
attempt("str.rindex", lambda: "abc".rindex("z"))
attempt("bytes.index", lambda: b"abc".index(b"z"))
attempt("bytearray.rindex", lambda: bytearray(b"abc").rindex(b"z"))
attempt("join ints", lambda: ",".join(["a", 1]))
attempt("join bytes", lambda: "".join([b"x"]))
attempt("repr non-string", lambda: repr(ReprInt()))
attempt("str non-string", lambda: str(StrNone()))
attempt("bytes non-bytes", lambda: bytes(BytesStr()))
attempt("int non-int", lambda: int(IntStr()))
attempt("int of None", lambda: int(None))
attempt("int of complex", lambda: int(1j))
attempt("float of list", lambda: float([]))
attempt("float of complex", lambda: float(1j))
attempt("int of long string", lambda: int("1" * 4301))
attempt("str of long int", lambda: str(10 ** 5000)[:5])
attempt("str of int with encoding", lambda: str(1, "utf-8"))
attempt("center fill", lambda: "a".center(5, "xy"))
attempt("ljust fill", lambda: "a".ljust(5, ""))
attempt("rjust fill", lambda: "a".rjust(5, "ab"))
attempt("%b of str", lambda: b"%b" % "s")
for function in (min, max):
    for label, empty in (("list", []), ("tuple", ()), ("iterator", iter([])), ("str", "")):
        attempt(f"{function.__name__} of empty {label}", lambda: function(empty))
    attempt(f"{function.__name__} with key", lambda: function([], key=len))
    attempt(f"{function.__name__} with default", lambda: function([], default=0))


def keywords(**kwargs):
    return kwargs


attempt("non-str keyword", lambda: keywords(**{1: 2}))
attempt("non-str keyword to builtin", lambda: print(**{1: 2}))
attempt("translate None", lambda: "abc".translate(None))
attempt("dict_keys subscript", lambda: {}.keys()[0])
attempt("str.upper arguments", lambda: "a".upper(1, 2))
attempt("str.isdigit argument", lambda: "a".isdigit(1))
attempt("str.join arguments", lambda: "a".join(1, 2))
attempt("str.zfill arguments", lambda: "a".zfill(1, 2, 3))
attempt("list.append arguments", lambda: [].append(1, 2))
attempt("center width str", lambda: "a".center("5"))
attempt("zfill width None", lambda: "a".zfill(None))
attempt("format index past args", lambda: "{0}".format())
attempt("format index 2 of 1", lambda: "{2}".format(1))


class FormatsInt:
    def __format__(self, spec):
        return 1


attempt("range step 0", lambda: range(1, 2, 0))
attempt("int of 6", lambda: int(1, 2, 3, 4, 5, 6))
attempt("int of 3", lambda: int("1", 2, 3))
attempt("format() non-str", lambda: format(FormatsInt()))
attempt("f-string non-str", lambda: f"{FormatsInt()}")
