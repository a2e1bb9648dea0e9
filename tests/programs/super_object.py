# super objects: super.__new__/__init__, binding with __get__, the members, subclasses of super,
# and the wording of the errors of super(...) (super_vectorcall) and super.__init__ (super_init).
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
s = super.__new__(super)
print(repr(s).split(" at ")[0] if " at " in repr(s) else repr(s))
print(s.__thisclass__, s.__self__, s.__self_class__)
s.__init__(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, s.f())
u = super(B)
print(repr(u))
print(u.__get__(None, B) is u)
bound = u.__get__(B(), B)
print(type(bound).__name__, bound.f(), bound.__self_class__.__name__)
print(super(B, B()).__get__(A()).__self__.__class__.__name__)
for call in [lambda: super.__init__(s, 1), lambda: super.__init__(s, B, B(), 3), lambda: super.__init__(s, x=1),
             lambda: super(1), lambda: super(B, 1), lambda: super.__init__(s, B, 1), lambda: super(B, B(), 3),
             lambda: super(x=1), lambda: super.__new__(1), lambda: super.__new__(int),
             lambda: super.__dict__["__get__"](1, 2), lambda: u.__get__(), lambda: setattr(u, "__self__", 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class S(super):
    pass
t = S(B, B())
print(type(t).__name__, t.f())
print(type(u.__get__(B())).__name__, type(t.__get__(B())).__name__, t.__get__(B()) is t)
t2 = S(B)
b2 = t2.__get__(B())
print(type(b2).__name__, b2.f())
s3 = super.__new__(super)
try:
    print(s3.f)
except Exception as e:
    print(type(e).__name__, e)
try:
    s3.__init__()
except Exception as e:
    print(type(e).__name__, e)
