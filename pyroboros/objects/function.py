"""Functions, bound methods, cells and the descriptors the interpreter defines.

Mirrors Objects/funcobject.c (PyFunctionObject, classmethod, staticmethod), Objects/classobject.c
(PyMethodObject), Objects/cellobject.c, Objects/descrobject.c (method, getset and member
descriptors, property) and Objects/methodobject.c (builtin functions). These are host classes;
their guest types are made in builtin_types.py. A descriptor host class declares `_descr`
(1: non-data, 2: data) and implements `descr_get(obj, owner)` (obj is MISSING for access
through the class) and, for data descriptors, `descr_set` / `descr_delete`.
Left out: vectorcall flags, function watchers, __text_signature__.
"""
from __future__ import annotations

from typing import Any, Callable

from .module import Module
from .richcompare import RichCompare
from .typeobject import MISSING


class Cell(RichCompare):
    """A closure cell (PyCellObject); `value` is MISSING while empty. Cells compare by their
    contents, an empty cell before any other (cellobject.c: cell_richcompare), and are not
    hashable."""

    __slots__ = ("value",)

    def __init__(self, value: Any = MISSING) -> None:
        self.value = value

    def _compare(self, other: Any, op: Callable) -> Any:
        if other.__class__ is not Cell:
            return NotImplemented
        if self.value is not MISSING and other.value is not MISSING:
            return op(self.value, other.value)
        return op(self.value is not MISSING, other.value is not MISSING)

    def __repr__(self) -> str:
        if self.value is MISSING:
            return f"<cell at {id(self):#x}: empty>"
        from .typeobject import type_of
        return f"<cell at {id(self):#x}: {type_of(self.value).name} object at {id(self.value):#x}>"


class Function:
    """A guest function (PyFunctionObject)."""

    __slots__ = ("code", "globals", "builtins", "name", "qualname", "defaults", "kwdefaults",
                 "closure", "annotations", "annotate", "dict", "doc", "module", "type_params",
                 "__weakref__")
    _descr = 1

    def __init__(self, code: Any, globals: dict, qualname: str | None = None) -> None:
        self.code = code
        self.globals = globals
        from ..modules.builtins import builtins_of
        self.builtins = builtins_of(globals)
        self.name = code.co_name
        self.qualname = qualname or code.co_qualname
        self.defaults = None
        self.kwdefaults = None
        self.closure = None
        self.annotations = None
        self.annotate = None
        self.dict = {}
        consts = code.co_consts
        self.doc = consts[0] if code.co_flags & 0x4000000 and consts else None
        self.module = globals.get("__name__")
        self.type_params = ()

    def descr_get(self, obj: Any, owner: Any) -> Any:
        return self if obj is MISSING else BoundMethod(self, obj)

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        from ..vm import calls
        return calls.call_function(self, args, kwargs)

    def __repr__(self) -> str:
        return f"<function {self.qualname} at {id(self):#x}>"


class BoundMethod:
    """A function bound to an instance (PyMethodObject)."""

    __slots__ = ("func", "self", "__weakref__")

    def __init__(self, func: Any, self_: Any) -> None:
        self.func = func
        self.self = self_

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        return self.func(self.self, *args, **kwargs)

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not BoundMethod:
            return NotImplemented
        return self.func == other.func and self.self is other.self

    def __hash__(self) -> int:
        return hash((self.func, id(self.self)))

    def __repr__(self) -> str:
        from ..runtime.protocol import getattr_or_missing
        name = getattr_or_missing(self.func, "__qualname__")
        if name is MISSING:
            name = getattr_or_missing(self.func, "__name__")
        return f"<bound method {name if name is not MISSING else '?'} of {self.self!r}>"


class Builtin:
    """A builtin function or a host method bound to its object (builtin_function_or_method).
    `fn` is a host callable taking guest values."""

    __slots__ = ("name", "fn", "self", "qualname", "module", "__weakref__")

    def __init__(self, name: str, fn: Callable, self_: Any = MISSING, qualname: str | None = None,
                 module: str | None = "builtins") -> None:
        self.name = name
        self.fn = fn
        self.self = self_
        self.qualname = qualname or name
        self.module = module

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.fn(*args, **kwargs)
        except TypeError as exc:
            from .call_errors import reworded
            guest = reworded(exc, self.fn, self.qualname)
            if guest is None:
                raise
        raise guest

    def __eq__(self, other: Any) -> Any:
        """methodobject.c: meth_richcompare: the same function bound to the same object."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self.self is MISSING or other.self is MISSING:
            return self is other
        return self.self is other.self and self.qualname == other.qualname

    def __ne__(self, other: Any) -> Any:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        """methodobject.c: meth_hash: the bound object's identity with the function's."""
        return hash((id(self) if self.self is MISSING else id(self.self), self.qualname))

    def __repr__(self) -> str:
        if self.self is MISSING or self.module is not None and self.self is None or \
                self.self.__class__ is Module:
            return f"<built-in function {self.name}>"
        from .typeobject import type_of
        return (f"<built-in method {self.name} of {type_of(self.self).name} object "
                f"at {id(self.self):#x}>")


class MethodDescriptor:
    """A method of a builtin type (method_descriptor / wrapper_descriptor): `fn(self, *args)`."""

    __slots__ = ("name", "fn", "owner", "kind")
    _descr = 1

    def __init__(self, name: str, fn: Callable, owner: Any, kind: str = "method_descriptor") -> None:
        self.name = name
        self.fn = fn
        self.owner = owner
        self.kind = kind

    def descr_get(self, obj: Any, owner: Any) -> Any:
        if obj is MISSING:
            return self
        fn = self.fn
        return Builtin(self.name, lambda *a, **k: fn(obj, *a, **k), obj,
                       qualname=f"{self.owner.name}.{self.name}")

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        if not args:
            from ..runtime.errors import raise_type_error
            raise_type_error(f"unbound method {self.owner.name}.{self.name}() needs an argument")
        from .descr_check import check_self
        check_self(self, args[0], isinstance(self, SlotWrapper))
        try:
            return self.fn(*args, **kwargs)
        except TypeError as exc:
            from .call_errors import reworded
            guest = reworded(exc, self.fn, f"{self.owner.name}.{self.name}")
            if guest is None:
                raise
        raise guest

    def __repr__(self) -> str:
        kind = "slot wrapper" if self.name.startswith("__") and self.name.endswith("__") else "method"
        return f"<{kind} '{self.name}' of '{self.owner.name}' objects>"


class SlotWrapper(MethodDescriptor):
    """A dunder of a builtin type (wrapper_descriptor); bound, a method-wrapper."""

    __slots__ = ()

    def descr_get(self, obj: Any, owner: Any) -> Any:
        if obj is MISSING:
            return self
        fn = self.fn
        return MethodWrapper(self.name, lambda *a, **k: fn(obj, *a, **k), obj,
                             qualname=f"{self.owner.name}.{self.name}", owner=self.owner)


class MethodWrapper(Builtin):
    """A slot wrapper of the type `owner` bound to its object (method-wrapper)."""

    __slots__ = ("owner",)

    def __init__(self, name: str, fn: Callable, self_: Any, qualname: str, owner: Any) -> None:
        super().__init__(name, fn, self_, qualname)
        self.owner = owner

    def __repr__(self) -> str:
        from .typeobject import type_of
        return f"<method-wrapper '{self.name}' of {type_of(self.self).name} object at {id(self.self):#x}>"


class GetSet:
    """A computed attribute of a builtin type (getset_descriptor / member_descriptor)."""

    __slots__ = ("name", "getter", "setter", "owner", "kind")
    _descr = 2

    def __init__(self, name: str, getter: Callable, setter: Callable | None = None,
                 owner: Any = None, kind: str = "getset_descriptor") -> None:
        self.name = name
        self.getter = getter
        self.setter = setter
        self.owner = owner
        self.kind = kind

    def descr_get(self, obj: Any, owner: Any) -> Any:
        if obj is MISSING:
            return self
        value = self.getter(obj)
        if value is MISSING:
            # a field deleted where CPython would refuse or reset it: the guest never gets
            # the interpreter's "unbound" sentinel
            from ..runtime.protocol import attribute_error
            raise attribute_error(obj, self.name)
        return value

    def descr_set(self, obj: Any, value: Any) -> None:
        if self.setter is None:
            from ..runtime.errors import raise_error
            from .typeobject import type_of
            raise_error("AttributeError", f"attribute '{self.name}' of "
                        f"'{self.owner.name if self.owner else type_of(obj).name}' objects is not writable")
        self.setter(obj, value)

    def descr_delete(self, obj: Any) -> None:
        self.descr_set(obj, MISSING)

    def __repr__(self) -> str:
        return f"<attribute '{self.name}' of '{self.owner.name if self.owner else '?'}' objects>"


class Member(GetSet):
    """A field of a builtin type's instances (member_descriptor: BaseException.__suppress_context__,
    StopIteration.value); a read-only one has no setter."""

    __slots__ = ()

    def descr_set(self, obj: Any, value: Any) -> None:
        if self.setter is None:
            from ..runtime.errors import raise_error
            raise_error("AttributeError", "readonly attribute")
        self.setter(obj, value)

    def __repr__(self) -> str:
        return f"<member '{self.name}' of '{self.owner.name}' objects>"


class SlotMember:
    """A `__slots__` entry of a guest class (member_descriptor over Instance.slots)."""

    __slots__ = ("name", "owner")
    _descr = 2

    def __init__(self, name: str, owner: Any) -> None:
        self.name = name
        self.owner = owner

    def descr_get(self, obj: Any, owner: Any) -> Any:
        if obj is MISSING:
            return self
        try:
            return obj.slots[self.name]
        except (KeyError, TypeError):
            from ..runtime.errors import raise_error
            raise_error("AttributeError", f"'{self.owner.name}' object has no attribute '{self.name}'")

    def descr_set(self, obj: Any, value: Any) -> None:
        if obj.slots is None:
            obj.slots = {}
        obj.slots[self.name] = value

    def descr_delete(self, obj: Any) -> None:
        try:
            del obj.slots[self.name]
        except (KeyError, TypeError):
            from ..runtime.errors import raise_error
            raise_error("AttributeError", self.name)

    def __repr__(self) -> str:
        return f"<member '{self.name}' of '{self.owner.name}' objects>"


def _owner_of(obj: Any, owner: Any) -> Any:
    """The class a classmethod binds to: the given owner, else the instance's type."""
    if owner is MISSING or owner is None:
        from .typeobject import type_of
        return type_of(obj)
    return owner


class ClassMethod:
    """classmethod (and a builtin type's classmethod_descriptor)."""

    __slots__ = ("func", "dict")
    _descr = 1

    def __init__(self, func: Any) -> None:
        self.func = func
        self.dict = {}

    def descr_get(self, obj: Any, owner: Any) -> Any:
        owner = _owner_of(obj, owner)
        return BoundMethod(self.func, owner)

    def __repr__(self) -> str:
        return f"<classmethod({self.func!r})>"


class BuiltinClassMethod(ClassMethod):
    """A builtin type's classmethod (classmethod_descriptor: dict.fromkeys, int.from_bytes) of
    the type `owner`."""

    __slots__ = ("owner",)

    def __init__(self, func: Any, owner: Any) -> None:
        super().__init__(func)
        self.owner = owner

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        from .descr_attributes import classmethod_descriptor_call
        return classmethod_descriptor_call(self, *args, **kwargs)

    def descr_get(self, obj: Any, owner: Any) -> Any:
        owner = _owner_of(obj, owner)
        fn = self.func
        return Builtin(fn.name, lambda *a, **k: fn(owner, *a, **k), owner, qualname=fn.qualname)

    def __repr__(self) -> str:
        return f"<method '{self.func.name}' of '{self.func.qualname.split('.')[0]}' objects>"


class StaticMethod:
    """staticmethod."""

    __slots__ = ("func", "dict")
    _descr = 1

    def __init__(self, func: Any) -> None:
        self.func = func
        self.dict = {}

    def descr_get(self, obj: Any, owner: Any) -> Any:
        return self.func

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        return self.func(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<staticmethod({self.func!r})>"


class Property:
    """property (descrobject.c: property_descr_get/set)."""

    __slots__ = ("fget", "fset", "fdel", "doc", "name")
    _descr = 2

    def __init__(self, fget: Any = None, fset: Any = None, fdel: Any = None, doc: Any = None) -> None:
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.doc = doc
        self.name = None

    def _missing(self, obj: Any, what: str) -> None:
        from ..runtime.errors import raise_error
        from .typeobject import type_of
        tname = type_of(obj).qualname
        if self.name is not None:
            raise_error("AttributeError", f"property {self.name!r} of {tname!r} object has no {what}")
        raise_error("AttributeError", f"property of {tname!r} object has no {what}")

    def descr_get(self, obj: Any, owner: Any) -> Any:
        if obj is MISSING:
            return self
        if self.fget is None:
            self._missing(obj, "getter")
        return self.fget(obj)

    def descr_set(self, obj: Any, value: Any) -> None:
        if self.fset is None:
            self._missing(obj, "setter")
        self.fset(obj, value)

    def descr_delete(self, obj: Any) -> None:
        if self.fdel is None:
            self._missing(obj, "deleter")
        self.fdel(obj)

    def __repr__(self) -> str:
        return f"<property object at {id(self):#x}>"
