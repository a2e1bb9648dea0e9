# Rich comparisons: reflected comparisons, NotImplemented, __eq__/__ne__ defaults, chained comparisons, errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        print("eq", self.cents, getattr(o, "cents", o))
        return self.cents == o.cents if isinstance(o, Money) else NotImplemented
    def __lt__(self, o):
        print("lt", self.cents, getattr(o, "cents", o))
        return self.cents < o.cents if isinstance(o, Money) else NotImplemented
    def __le__(self, o):
        return self.cents <= o.cents
    def __hash__(self):
        return hash(self.cents)
a, b = Money(1), Money(2)
print(a == b, a != b, a < b, b > a, a <= b, b >= a)
print(a == 1, a != "x", 1 == a)
show(lambda: a < 1)
show(lambda: a > 1)
show(lambda: 1 < a)
show(lambda: a >= b)
class EqOnly:
    def __eq__(self, o):
        return True
e = EqOnly()
print(e == 1, e != 1, 1 == e, [1] == [e], e in [1, 2], hash.__name__)
show(lambda: hash(e))
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
n = NeOnly()
print(n == n, n != n, n == NeOnly())
class Always:
    def __lt__(self, o):
        return "truthy string"
print(Always() < 1, 1 > Always(), bool(Always() < 1))
show(lambda: 1 < 2 < Always())
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True, "a" < "b" < "c" > "a")
def val(x):
    print("val", x)
    return x
print(val(1) < val(2) < val(0) < val(5))
show(lambda: None < None)
show(lambda: [] < ())
show(lambda: {} > {})
show(lambda: 1 < "1")
show(lambda: object() <= object())
print([1, 2] == (1, 2), (1, 2) != [1, 2], {1} == frozenset({1}), 1 == 1 + 0j, "1" == 1, None == 0, [] is [], () == ())
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"O{self.v}"
items = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(items), max(items), min(items), Ordered(1) > Ordered(0))
class Sub(Money):
    def __eq__(self, o):
        print("Sub eq")
        return True
print(a == Sub(9), Sub(9) == a)
nan = float("nan")
lst = [nan]
print(nan in lst, lst == [nan], lst.count(nan), lst.index(nan), (nan, 1) < (nan, 2))
