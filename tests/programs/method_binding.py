# Bound and unbound methods: identity and equality, __self__/__func__, methods of builtins, binding of callables.
class A:
    def m(self, x=0):
        return ("A.m", x)
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
a1, a2 = A(), A()
print(a1.m == a1.m, a1.m is a1.m, a1.m == a2.m, A.m is A.m, type(a1.m).__name__, a1.m.__func__ is A.m, a1.m.__self__ is a1)
bound = a1.m
print(bound(5), bound.__name__, bound.__qualname__, bound.__doc__, A.m(a1, 7))
print([].append.__self__ == [], type([].append).__name__, "abc".upper.__self__, type(str.upper).__name__, str.upper("x"))
print(dict.fromkeys.__self__ is dict, type(dict.__dict__["fromkeys"]).__name__, int.from_bytes.__name__, (1).bit_length.__self__)
u = "hello".count
print(u("l"), u.__name__, u.__qualname__)
class WithCall:
    def __call__(self):
        return "instance call"
class Holder:
    c = WithCall()
    f = len
    l = lambda self: "lambda bound"
h = Holder()
print(h.c(), h.f("abc"), h.l(), Holder.l(None))
def external(self):
    return type(self).__name__
A.ext = external
print(a1.ext(), A.ext(5))
a1.inst = external
try:
    a1.inst()
except TypeError as e:
    print("TypeError:", e)
print(a1.inst("not bound"))
m = a1.m
del A.m
print(m(3))
try:
    a1.m
except AttributeError as e:
    print("AttributeError:", e)
class B:
    def method(self):
        return self
b = B()
print(b.method() is b, B.method(b) is b, B.method.__get__(b)() is b, B.method.__get__(b).__self__ is b)
import_free = type(b.method)(lambda self: ("manual bound", type(self).__name__), b)
print(import_free())
print(sorted([3, 1, 2]).__class__.__name__, list.sort.__name__, list.sort.__objclass__.__name__, str.join.__qualname__)
