# Inheritance: single and multiple, C3 MRO, method resolution, super() chains, and MRO errors.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], D().who(), D().chain(), D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), isinstance(D(), B), D.__bases__, D.__base__)
print(B.__subclasses__(), A.__subclasses__())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Order(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class K1: pass
class K2: pass
class K3: pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5, K3): pass
print([k.__name__ for k in K6.__mro__])
class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)
class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value * 2)
        self.extra = extra
        print("Child.__init__", extra)
c = Child(5, "x")
print(c.value, c.extra)
class NoInit(Base):
    pass
print(NoInit(3).value)
class Over(dict):
    def __getitem__(self, key):
        return "over:" + str(super().__getitem__(key))
o = Over(a=1)
print(o["a"], o.get("a"), dict.__getitem__(o, "a"), type(o).__mro__)
class MyList(list):
    def append(self, v):
        super().append(v * 10)
ml = MyList([1])
ml.append(2)
ml.extend([3])
print(ml, len(ml), type(ml[:1]).__name__, type(ml + ml).__name__, isinstance(ml, list))
try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromNone(None):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print("TypeError:", e)
