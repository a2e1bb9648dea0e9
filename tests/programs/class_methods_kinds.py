# classmethod and staticmethod: binding, calls through class/instance/subclass, alternate constructors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class SubDate(Date):
    pass
print(Date.from_string("2024-02-29"), SubDate.from_string("2000-1-1"), SubDate(1, 2, 3).from_string("5-6-7"))
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], Date(1, 1, 1).is_leap(2024))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, callable(sm), sm(2024))
bound = Date.from_string
print(bound.__self__ is Date, SubDate.from_string.__self__ is SubDate, type(bound).__name__, type(Date.is_leap).__name__)
print(cm.__get__(None, SubDate)("1-2-3"), sm.__get__(None, Date)(1996), cm.__wrapped__ is cm.__func__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
class Plain:
    def method(self):
        return "method"
show(lambda: Plain.method())
print(Plain.method(Plain()), Plain().method(), type(Plain.method).__name__)
def outside(cls_or_self):
    return cls_or_self
class Attach:
    c = classmethod(outside)
    s = staticmethod(outside)
print(Attach.c().__name__, Attach.s(1), Attach().c().__name__, Attach().s("x"))
show(lambda: classmethod(1)())
show(lambda: Attach.s())
print(staticmethod(len)("abc"), isinstance(Date.__dict__["is_leap"], staticmethod), Date.is_leap.__name__, Date.from_string.__name__)
class Chain:
    @classmethod
    @property
    def prop(cls):
        return cls.__name__
try:
    print(Chain.prop)
except Exception as e:
    print(type(e).__name__, e)
