# Private name mangling: __attr inside classes, in nested functions, comprehensions, getattr strings, and subclasses.
class Account:
    __count = 0
    def __init__(self, secret):
        self.__secret = secret
        Account.__count += 1
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
    @classmethod
    def count(cls):
        return cls.__count
    def comprehension(self):
        return [self.__secret for _ in range(2)]
    def nested(self):
        def inner():
            return self.__secret
        return inner()
    def dunder_untouched(self):
        return self.__class__.__name__
a = Account("pin")
print(a.reveal(), a.call_private(), Account.count(), a.comprehension(), a.nested(), a.dunder_untouched())
print(sorted(vars(a)), a._Account__secret, [k for k in vars(Account) if "private" in k or "count" in k])
try:
    a.__secret
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "__secret", "getattr strings are not mangled"), hasattr(a, "_Account__secret"))
class Sub(Account):
    def __init__(self):
        super().__init__("sub-pin")
        self.__secret = "sub secret"
    def both(self):
        return self.__secret, self._Account__secret
s = Sub()
print(s.both(), sorted(vars(s)))
class _Leading:
    def __m(self):
        return "underscore class"
    def call(self):
        return self.__m()
print(_Leading().call(), [k for k in vars(_Leading) if k.endswith("__m")])
class __Dunder:
    def __x(self):
        return 1
print([k for k in vars(__Dunder) if "x" in k])
class Trailing:
    __ok__ = "not mangled"
    __also_ = "mangled?"
print(sorted(k for k in vars(Trailing) if not k.startswith("__") or k == "__ok__"))
class Outer:
    class __Inner:
        pass
    def get(self):
        return self.__Inner.__name__
print(Outer().get(), [k for k in vars(Outer) if "Inner" in k])
class KwMangle:
    def f(self, __arg=1):
        return __arg
print(KwMangle().f(), KwMangle.f.__code__.co_varnames)
