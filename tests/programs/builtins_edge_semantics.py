# super() argument errors, iter with a sentinel, format, vars, sum/min/max/sorted/round/divmod/pow
# edge values and zip/map/filter/enumerate/reversed: CPython 3.14's results and messages.


def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        if type(r) in (int, float, str, bool, bytes, tuple, list, type(None), complex, dict, set,
                       frozenset, range, slice, bytearray):
            print(label, "=", repr(r))
        else:
            print(label, ":", type(r).__name__)


class A:
    def m(self):
        return super().m()
    def n(self):
        return super(A, 1)
    def o(self):
        return super(1, self)
    @staticmethod
    def s():
        return super()


show("super no attr", lambda: A().m())
show("super(A, 1)", lambda: A().n())
show("super(1, self)", lambda: A().o())
show("super() static", lambda: A.s())
show("super() module", lambda: super())
show("super(A)", lambda: super(A))
show("super(A).m", lambda: super(A).m)
show("super(A, A).m", lambda: super(A, A).m)
show("super(int, True).real", lambda: super(int, True).real)
show("super(A, A()) repr", lambda: repr(super(A, A())).startswith("<super: <class 'A'>, <A object>>"))
show("iter sentinel raising", lambda: list(iter(lambda: 1 / 0, 1)))
it = iter([1, 2, 3].pop, 1)
show("iter pop sentinel", lambda: list(it))
show("iter sentinel exhausted", lambda: next(it))
show("next default", lambda: next(iter(()), None))
show("format(None)", lambda: format(None))
show("format(None, 'x')", lambda: format(None, "x"))
show("format(1.5, 'd')", lambda: format(1.5, "d"))
show("format(1, ',x')", lambda: format(255, ",x"))
show("format('a', 'd')", lambda: format("a", "d"))
show("format(A(), 's')", lambda: format(A(), "s"))
show("vars(A) type", lambda: type(vars(A)).__name__)
show("vars(A)['m'] is A.m", lambda: vars(A)["m"] is A.m)
show("callable(super)", lambda: callable(super))
show("hash(A) == hash(A)", lambda: hash(A) == hash(A))
show("id(A) == id(A)", lambda: id(A) == id(A))
show("len(range(2**100))", lambda: len(range(2**100)))
show("len(range(2**62))", lambda: len(range(2**62)))
show("sum(range(2**62, 2**62+3))", lambda: sum(range(2**62, 2**62 + 3)))
show("sum floats inf", lambda: sum([float("inf"), -float("inf")]))
show("sum [1e308, 1e308]", lambda: sum([1e308, 1e308]))
show("min key default", lambda: min([], key=len, default="d"))
show("max str", lambda: max("hello"))
show("max(1, 2, key=None)", lambda: max(1, 2, key=None))
show("sorted(dict)", lambda: sorted({"b": 1, "a": 2}))
show("sorted(reverse key)", lambda: sorted(["bb", "a", "ccc"], key=len, reverse=True))
show("sorted stable reverse", lambda: sorted([(1, "a"), (0, "b"), (1, "c")], key=lambda t: t[0], reverse=True))
show("sorted nan", lambda: sorted([3, float("nan"), 1]))
show("sorted mixed int float", lambda: sorted([3, 1.5, 2, True]))
show("sorted none key", lambda: sorted([3, 1], key=None))
show("list.sort returns", lambda: [2, 1].sort())
show("round(0.5)", lambda: round(0.5))
show("round(-0.5)", lambda: round(-0.5))
show("round(5, -1)", lambda: round(5, -1))
show("round(15, -1)", lambda: round(15, -1))
show("round(1.23456, 3)", lambda: round(1.23456, 3))
show("round(1e16+1.0)", lambda: round(1e16))
show("divmod(-7.5, 2)", lambda: divmod(-7.5, 2))
show("divmod(2**100, 7)", lambda: divmod(2**100, 7))
show("pow(3, 2**100, 7)", lambda: pow(3, 2**100, 7))
show("pow(2, 0.5)", lambda: pow(2, 0.5))
show("pow(-1, 0.5)", lambda: pow(-1, 0.5))
show("abs(-2**63)", lambda: abs(-(2**63)))
show("ascii(b'x')", lambda: ascii(b"\xff"))
show("repr(str subclass)", lambda: repr(type("S", (str,), {})("x")))
show("bin(0)", lambda: bin(0))
show("oct(-8)", lambda: oct(-8))
show("hex(-255)", lambda: hex(-255))
show("ord('\\U0001F600')", lambda: ord("\U0001F600"))
show("chr(0x1F600)", lambda: chr(0x1F600))
show("isinstance(True, int)", lambda: isinstance(True, int))
show("issubclass(bool, (str, int))", lambda: issubclass(bool, (str, int)))
show("all/any gen", lambda: (all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2])))
show("zip strict empty", lambda: list(zip(strict=True)))
show("zip()", lambda: list(zip()))
show("map(len)", lambda: map(len))
show("filter(None)", lambda: filter(None))
show("enumerate(start=2, iterable='a')", lambda: list(enumerate(start=2, iterable="a")))
show("reversed(range(0))", lambda: list(reversed(range(0))))
show("reversed('ab')", lambda: list(reversed("ab")))
show("reversed(dict)", lambda: list(reversed({1: 2, 3: 4})))
