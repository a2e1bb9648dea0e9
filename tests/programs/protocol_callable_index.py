# __call__, __index__, __int__/__float__/__complex__, __bool__, __len__ used by builtins and syntax.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), list(map(add5, range(3))))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i2 = Idx(2)
print([10, 20, 30][i2], "hello"[i2], "hello"[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), range(Idx(3)))
print([0] * Idx(3), "ab" * Idx(2), (1, 2, 3)[Idx(-1)], operator_index if False else int(Idx(7)), round(2.567, Idx(2)))
print(bytes(Idx(2)), chr(Idx(65)), hasattr(Idx, "__format__"), (7).__pow__(Idx(2)))
show(lambda: [1][Idx("x")])
class BadIdx:
    def __index__(self):
        return 1.5
show(lambda: [1][BadIdx()])
show(lambda: [1]["0"])
show(lambda: [1][1.0])
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 1j
n = Num()
print(int(n), float(n), complex(n))
show(lambda: [0][n])
show(lambda: hex(n))
class BadFloat:
    def __float__(self):
        return "x"
show(lambda: float(BadFloat()))
class IntSubFloat:
    def __float__(self):
        return True
show(lambda: float(IntSubFloat()))
class IdxOnly:
    def __index__(self):
        return 4
print(int(IdxOnly()), float(IdxOnly()), complex(IdxOnly()))
class NotCallable:
    pass
show(lambda: NotCallable()())
show(lambda: 5())
show(lambda: "s"())
show(lambda: [1]())
class CallRaises:
    def __call__(self):
        raise RuntimeError("inside __call__")
show(CallRaises())
class ClassCall:
    __call__ = print
ClassCall()("called print via __call__")
