"""Class creation (__build_class__) in depth: metaclass conflicts, bad bases, __mro_entries__,
__prepare__, __init_subclass__ keywords, __set_name__ errors with their notes, __class_cell__."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
        for note in getattr(exc, "__notes__", ()):
            print(f"    note: {note}")
        if exc.__cause__ is not None:
            print(f"    cause: {type(exc.__cause__).__name__}: {exc.__cause__}")
    else:
        print(f"{label}: -> {result!r}")


class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


def conflict():
    class C(A, B):
        pass

show("metaclass conflict", conflict)


def explicit_conflict():
    class C(A, metaclass=MetaB):
        pass

show("explicit metaclass conflict", explicit_conflict)


def base_not_class():
    class C(5):
        pass

show("base is int instance", base_not_class)


def base_function():
    class C(len):
        pass

show("base is builtin function", base_function)


def final_base():
    class C(bool):
        pass

show("bool base", final_base)


def duplicate_base():
    class C(A, A):
        pass

show("duplicate base", duplicate_base)


def bad_mro():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass

show("inconsistent MRO", bad_mro)


class Entries:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("  __mro_entries__ got", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return self.bases


class Base1:
    pass


class Base2:
    pass


class FromEntries(Entries(Base1, Base2), Entries()):
    pass

print("bases:", [b.__name__ for b in FromEntries.__bases__],
      "orig:", [type(b).__name__ for b in FromEntries.__orig_bases__])


class BadEntries:
    def __mro_entries__(self, bases):
        return [Base1]


def bad_entries():
    class C(BadEntries()):
        pass

show("__mro_entries__ returns list", bad_entries)


def call_type_with_entries():
    return type("T", (Entries(Base1),), {})

show("type() with __mro_entries__ base", call_type_with_entries)


# __prepare__
class PrepareNonMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return 42


def prepare_non_mapping():
    class C(metaclass=PrepareNonMapping):
        pass

show("__prepare__ returns int", prepare_non_mapping)


class PrepareRaises(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        raise LookupError(f"no namespace for {name}")


def prepare_raises():
    class C(metaclass=PrepareRaises):
        pass

show("__prepare__ raises", prepare_raises)


class Recording(dict):
    def __setitem__(self, key, value):
        print("  namespace set", key)
        super().__setitem__(key, value)


class PrepareRecording(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("  __prepare__", name, [b.__name__ for b in bases], kw)
        return Recording()

    def __new__(mcs, name, bases, ns, **kw):
        print("  __new__ namespace type", type(ns).__name__, "kw", kw)
        return super().__new__(mcs, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Recorded(metaclass=PrepareRecording, flag=True):
    a = 1

    def method(self):
        return __class__


print(Recorded.a, Recorded().method() is Recorded)

# the metaclass is any callable
def function_meta(name, bases, ns, **kw):
    print("  function metaclass", name, sorted(k for k in ns if not k.startswith("__")), kw)
    return (name, bases)


class ByFunction(Base1, metaclass=function_meta, extra=1):
    x = 1

print("ByFunction is", ByFunction)


def metaclass_not_callable():
    class C(metaclass=5):
        pass

show("metaclass not callable", metaclass_not_callable)

# __init_subclass__ keywords
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name
        Plugin.registry.append(cls.__name__)


class First(Plugin, name="first"):
    pass


print(First.plugin_name, Plugin.registry)


def unknown_keyword():
    class Second(Plugin, name="second", colour="red"):
        pass

show("unexpected __init_subclass__ keyword", unknown_keyword)


def object_init_subclass_kw():
    class C(flavour="sweet"):
        pass

show("object.__init_subclass__ keyword", object_init_subclass_kw)


def type_new_kw():
    return type("T", (), {}, flavour=1)

show("type() with keyword", type_new_kw)

# __set_name__
class Named:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name


class FailingName:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot name {name}")


class WrongArity:
    def __set_name__(self):
        pass


class HasNames:
    first = Named()
    second = Named()


def set_name_fails():
    class Owner:
        ok = Named()
        bad = FailingName()

show("__set_name__ raises", set_name_fails)


def set_name_arity():
    class Owner:
        attr = WrongArity()

show("__set_name__ wrong arity", set_name_arity)

# __class__ cell
class CellUser:
    def who(self):
        return __class__.__name__

    def sup(self):
        return super().__repr__ is not None


print(CellUser().who(), CellUser().sup())


class ClassCellMeta(type):
    def __new__(mcs, name, bases, ns):
        print("  __classcell__ present:", "__classcell__" in ns)
        return super().__new__(mcs, name, bases, ns)


class WithCell(metaclass=ClassCellMeta):
    def f(self):
        return __class__


class DropsCell(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcs, name, bases, ns)


def dropped_cell():
    class C(metaclass=DropsCell):
        def f(self):
            return __class__
    return C

show("__classcell__ not propagated", dropped_cell)


class OtherClass(type):
    def __new__(mcs, name, bases, ns):
        return int


def cell_other_class():
    class C(metaclass=OtherClass):
        def f(self):
            return __class__

show("__class__ set to wrong object", cell_other_class)

# __build_class__ called directly
show("__build_class__ no args", lambda: __build_class__())
show("__build_class__ not function", lambda: __build_class__(5, "X"))
show("__build_class__ name not str", lambda: __build_class__(lambda: None, 5))
show("__build_class__ one arg", lambda: __build_class__(lambda: None))


def body():
    pass

made = __build_class__(body, "Made", Base1)
print(made.__name__, made.__bases__[0].__name__, made.__qualname__)

# class namespaces and __qualname__/__module__
class Outer:
    class Inner:
        def method(self):
            pass

    print("  in body:", __qualname__, __module__)


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)


def bad_qualname():
    class C:
        __qualname__ = 5

show("__qualname__ not str", bad_qualname)
