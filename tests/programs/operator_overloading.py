# Arithmetic operator overloading: binary, reflected, in-place, unary, and NotImplemented fallbacks.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented
    def __rsub__(self, o):
        return V(*(o - a for a in self.c)) if isinstance(o, (int, float)) else NotImplemented
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k):
        return V(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))
    def __mod__(self, k):
        return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return V(*(pow(a, k, mod) for a in self.c))
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rshift__(self, n):
        return "rshift"
    def __divmod__(self, k):
        return "divmod"
    def __rdivmod__(self, k):
        return "rdivmod"
a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 2, 2 * a, a @ b, a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5))
print(-a, +a, abs(V(3, 4)), ~a, a << 1, a & b, a | b, a ^ b, a >> 1, divmod(a, 2), divmod(2, a))
c = a
c += b
print(c, a, c is a)
c -= b
print(c, c is a)
c *= 3
print(c, c is a)
show(lambda: a + "s")
show(lambda: "s" + a)
show(lambda: a - 1)
show(lambda: a * a)
show(lambda: a @ 1)
show(lambda: 1 @ a)
show(lambda: a < b)
show(lambda: a ** "x")
class Left:
    def __add__(self, o):
        print("Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right wins"
print(Left() + Right())
show(lambda: Left() + Left())
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd first"
print(Base() + Derived(), Derived() + Base(), 1 + Base())
class OnlyAdd:
    def __add__(self, o):
        return "added " + str(o)
x = OnlyAdd()
x += 5
print(x)
