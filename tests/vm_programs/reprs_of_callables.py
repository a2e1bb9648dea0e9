class A:
    def f(self): pass
    @classmethod
    def c(cls): pass
    __slots__ = ('q',)
import_ = 0
print(repr(A.f)[:12], repr(A().f)[:24], A.c.__name__, len, [].append.__name__, list.append, int.real, A.q)
print(type(A.__dict__['c']).__name__, A.__dict__['q'])
