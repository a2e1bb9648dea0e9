# Exceptions raised by guest dunders reach the caller untouched (their own type and message),
# while a builtin slot that gives up still gets abstract.c's message; errors raised inside an
# accepting builtin slot (a format, an element comparison, __index__) keep that slot's words.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))

class Raiser:
    def __add__(self, other):
        raise TypeError("guest add refuses " + type(other).__name__)
    def __radd__(self, other):
        raise TypeError("guest radd refuses")
    def __lt__(self, other):
        raise TypeError("guest lt")
    def __neg__(self):
        raise TypeError("guest neg")
    def __getitem__(self, key):
        raise IndexError("guest index " + repr(key))
    def __setitem__(self, key, value):
        raise TypeError("guest setitem")
    def __delitem__(self, key):
        raise KeyError(key)
    def __contains__(self, item):
        raise TypeError("guest contains")
    def __mul__(self, other):
        raise ValueError("guest mul")
    def __pow__(self, other, mod=None):
        raise TypeError("guest pow")
    def __abs__(self):
        raise TypeError("guest abs")
    def __repr__(self):
        return "Raiser()"

r = Raiser()
show("r + 1", lambda: r + 1)
show("1 + r", lambda: 1 + r)
show("'a' + r", lambda: "a" + r)
show("[1] + r", lambda: [1] + r)
show("r < 1", lambda: r < 1)
show("1 > r", lambda: 1 > r)
show("-r", lambda: -r)
show("r[5]", lambda: r[5])
show("r[1:2]", lambda: r[1:2])
show("abs(r)", lambda: abs(r))
show("pow(r, 2)", lambda: pow(r, 2))
show("r ** 2", lambda: r ** 2)
show("r * 2", lambda: r * 2)
show("2 in r", lambda: 2 in r)

def setitem():
    r[0] = 1
def delitem():
    del r["k"]
def augmented():
    x = r
    x += 1
    return x
show("r[0] = 1", setitem)
show("del r['k']", delitem)
show("x += 1", augmented)

class BadIndex:
    def __index__(self):
        return "not an int"

class GoodIndex:
    def __index__(self):
        return 2

show("'ab' * BadIndex()", lambda: "ab" * BadIndex())
show("[1] * GoodIndex()", lambda: [1] * GoodIndex())
show("[1, 2, 3][BadIndex()]", lambda: [1, 2, 3][BadIndex()])
show("[1, 2, 3][GoodIndex()]", lambda: [1, 2, 3][GoodIndex()])
show("(1, 2)[GoodIndex():]", lambda: (1, 2)[GoodIndex():])
show("'%d' % 'x'", lambda: "%d" % "x")
show("'%s %s' % (1,)", lambda: "%s %s" % (1,))
show("b'%d' % b'x'", lambda: b"%d" % b"x")
show("[1] < ['a']", lambda: [1] < ["a"])
show("(1, r) < (1, 2)", lambda: (1, r) < (1, 2))
show("[[1]] < [['a']]", lambda: [[1]] < [["a"]])

class Base:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

show("Base() + Derived()", lambda: Base() + Derived())
show("Derived() + Base()", lambda: Derived() + Base())
show("Base() + Base()", lambda: Base() + Base())
show("1 + Base()", lambda: 1 + Base())
show("'s' + Base()", lambda: "s" + Base())
show("Base() * 'ab'", lambda: Base() * "ab")

class Meta(type):
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"

class WithMeta(metaclass=Meta):
    pass

class WithClassGetitem:
    def __class_getitem__(cls, key):
        return ("class_getitem", key)

show("WithMeta[1]", lambda: WithMeta[1])
show("WithClassGetitem[int]", lambda: WithClassGetitem[int])
show("WithClassGetitem[1:2]", lambda: WithClassGetitem[1:2])
show("Raiser[0]", lambda: Raiser[0])
show("list[int]", lambda: list[int])
show("type[int]", lambda: type[int])
show("'%s' % int", lambda: "%s" % int)
show("'%(a)s' % int", lambda: "%(a)s" % int)
show("[*int]", lambda: [*int])
show("1 in int", lambda: 1 in int)
show("list(int)", lambda: list(int))
show("{}.update(int)", lambda: {}.update(int))
