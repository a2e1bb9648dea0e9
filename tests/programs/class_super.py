# super(): zero-argument and explicit forms, cooperative multiple inheritance, classmethods, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Root:
    def __init__(self, **kw):
        print("Root init, leftover", sorted(kw))
    def hello(self):
        return "root"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
    def hello(self):
        return "left>" + super().hello()
class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
    def hello(self):
        return "right>" + super().hello()
    @classmethod
    def make(cls):
        return "right " + super().make()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom init")
        super().__init__(**kw)
    def hello(self):
        return "bottom>" + super().hello()
b = Bottom(left=1, right=2, other=3)
print(b.hello(), Bottom.make(), super(Left, b).hello(), super(Bottom, b).hello(), super(Right, b).hello())
print(super(Bottom, Bottom).make(), super(Left, Bottom).hello(b))
s = super(Bottom, b)
print(type(s).__name__, s.__self__ is b, s.__thisclass__.__name__, s.__self_class__.__name__)
show(lambda: super(int, b))
show(lambda: super(Bottom, 5))
def no_class():
    return super().x
show(no_class)
class Attr:
    value = "class attr"
class Sub(Attr):
    value = "sub attr"
    def get(self):
        return super().value
    @property
    def prop(self):
        return "prop via " + super().value
print(Sub().get(), Sub().prop)
class Setter(Attr):
    def set(self):
        super().missing
show(lambda: Setter().set())
class InLambda(Attr):
    get = lambda self: super().value
show(lambda: InLambda().get())
class Comp(Attr):
    def get(self):
        return [super().value for _ in range(2)]
print(Comp().get())
class Gen(Attr):
    def get(self):
        yield super().value
print(list(Gen().get()))
class StaticSuper(Attr):
    @staticmethod
    def st():
        return super().value
show(StaticSuper.st)
class NewSuper:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(NewSuper(1, 2).args)
class ShadowsClass(Attr):
    def m(self):
        __class__ = None
        return __class__
print(ShadowsClass().m())
class ClassCell(Attr):
    def m(self):
        return __class__
print(ClassCell().m().__name__)
