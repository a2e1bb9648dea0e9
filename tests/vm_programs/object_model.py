class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d.speak(), d, [d], d.kind, Dog.kind)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls): return cls.__name__
p = P(); p.x = 5; print(p.x, P.s(1), p.c(), P.c())
class V:
    def __init__(self, a): self.a = a
    def __add__(self, o): return V(self.a + o.a)
    def __eq__(self, o): return isinstance(o, V) and self.a == o.a
    def __hash__(self): return hash(self.a)
    def __lt__(self, o): return self.a < o.a
    def __len__(self): return self.a
    def __iter__(self): return iter(range(self.a))
    def __getitem__(self, i): return i * 10
    def __call__(self, x): return x + self.a
    def __str__(self): return "V" + str(self.a)
v = V(3) + V(4)
print(v, v == V(7), {V(1): 1}[V(1)], sorted([V(3), V(1), V(2)], key=lambda q: q.a)[0], len(v), list(v), v[2], v(1))
print(sorted([V(3), V(1)])[0], max(V(1), V(5)), str(v), repr(v)[:10])
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = 42
        return super().__new__(mcls, name, bases, ns)
class W(metaclass=M): pass
print(W.added, type(W).__name__)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print("AE", e)
class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get('tag', 'none')
class Sub(Base, tag='t'): pass
print(Sub.tag)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner): return 'got ' + self.name
class HasD:
    attr = Desc()
print(HasD().attr, HasD.attr)
class G:
    def __getattr__(self, name): return name.upper()
print(G().hello)
class I(int):
    pass
print(I(5) + 1, type(I(5)).__name__, isinstance(I(5), int))
class L(list):
    def first(self): return self[0]
l = L([3, 2]); l.append(1); print(l.first(), l, len(l))
print(object().__class__, int, type(3), type(type))
