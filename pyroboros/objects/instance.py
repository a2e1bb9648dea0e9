"""Instances of guest classes, and the host protocols that dispatch into the guest.

Mirrors the slot functions of Objects/typeobject.c (slot_tp_repr, slot_nb_add, slot_sq_length,
slot_tp_iter, ..., and update_one_slot / fixup_slot_dispatchers, which fill a heap type's C
slots only for the dunders its MRO defines). Here every guest object's host class inherits
`GuestProtocol`, whose host dunders for what `object` always has (repr, str, format, hash and
the rich comparisons) look the dunder up on the guest type and run it. The other dunders
(`__len__`, `__iter__`, `__add__`, `__index__`, ...) are put on a guest class's own host class
only when its guest MRO defines them (`slots_for`), each as a fresh function, so the host's own
fallbacks (truth from __len__, iteration from __getitem__, "object is not iterable", a
subclass's reflected operator first) behave as CPython's do. Host code (dict, sorted, `in`,
str.join, "{0.x}".format) thus works on guest objects. `Instance` is the layout of plain guest
objects; builtin_types.py makes the layouts for subclasses of host-valued builtins.
Left out: buffer protocol slots, __del__.
"""
from __future__ import annotations

import operator
from typing import Any, Callable

from . import typeobject
from .typeobject import HOST_TYPES, MISSING

_type_of_host = HOST_TYPES.__getitem__


def lookup(t: Any, name: str) -> Any:
    return typeobject.lookup(t, name)


def _call(obj: Any, name: str, args: tuple) -> Any:
    """Call the dunder `name` found on obj's guest type; MISSING if the type has none."""
    t = _type_of_host(obj.__class__)
    meth = lookup(t, name)
    if meth is MISSING or meth is None:
        return MISSING
    if getattr(meth.__class__, "_descr", 0):
        return meth.descr_get(obj, t)(*args)
    return meth(*args)


def _tname(obj: Any) -> str:
    return typeobject.type_of(obj).name


def _type_error(message: str) -> None:
    # A host TypeError is the guest TypeError (objects/exceptions.py), and host callers that
    # probe a slot and swallow TypeError (a length hint) keep working.
    from ..runtime.errors import raise_type_error
    raise_type_error(message)


def binary_slot(name: str) -> Callable:
    def slot(self: Any, /, *args: Any) -> Any:   # args: (other,) or (other, modulo) for pow
        result = _call(self, name, args)
        return NotImplemented if result is MISSING else result
    slot.__name__ = name
    return slot


def _unary(name: str, symbol: str) -> Callable:
    def slot(self: Any) -> Any:
        result = _call(self, name, ())
        if result is MISSING:
            _type_error(f"bad operand type for {symbol}: '{_tname(self)}'")
        return result
    return slot


def _required(name: str, message: str) -> Callable:
    def slot(self: Any, /, *args: Any) -> Any:
        result = _call(self, name, args)
        if result is MISSING:
            _type_error(message.format(_tname(self)))
        return result
    return slot


def _len(name: str) -> Callable:
    def __len__(self: Any) -> int:
        result = _call(self, "__len__", ())
        if result is MISSING:
            _type_error(f"object of type '{_tname(self)}' has no len()")
        result = operator.index(result)
        if result < 0:
            from ..runtime.errors import raise_error
            raise_error("ValueError", "__len__() should return >= 0")
        return result
    return __len__


def _bool(name: str) -> Callable:
    def __bool__(self: Any) -> bool:
        result = _call(self, "__bool__", ())
        if result is MISSING:
            return True
        if result is not True and result is not False:
            _type_error(f"__bool__ should return bool, returned {_tname(result)}")
        return result
    return __bool__


def _iter(name: str) -> Callable:
    def __iter__(self: Any) -> Any:
        result = _call(self, "__iter__", ())
        if result is MISSING:
            _type_error(f"'{_tname(self)}' object is not iterable")
        if lookup(typeobject.type_of(result), "__next__") in (MISSING, None):
            _type_error(f"iter() returned non-iterator of type '{_tname(result)}'")
        return result
    return __iter__


def _contains(name: str) -> Callable:
    def __contains__(self: Any, item: Any) -> bool:
        result = _call(self, "__contains__", (item,))
        if result is MISSING:
            _type_error(f"argument of type '{_tname(self)}' is not a container or iterable")
        return bool(result)
    return __contains__


def _call_slot(name: str) -> Callable:
    def __call__(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        t = _type_of_host(self.__class__)
        meth = lookup(t, "__call__")
        if meth is MISSING or meth is None:
            _type_error(f"'{t.name}' object is not callable")
        if getattr(meth.__class__, "_descr", 0):
            return meth.descr_get(self, t)(*args, **kwargs)
        return meth(*args, **kwargs)
    return __call__


def _int(name: str) -> Callable:
    def __int__(self: Any) -> int:
        result = _call(self, "__int__", ())
        if result is MISSING:
            _type_error("int() argument must be a string, a bytes-like object or a real number, "
                        f"not '{_tname(self)}'")
        return result
    return __int__


def _float(name: str) -> Callable:
    def __float__(self: Any) -> float:
        result = _call(self, "__float__", ())
        if result is MISSING:
            _type_error(f"must be real number, not {_tname(self)}")
        return result
    return __float__


def _converting(name: str, slot: Callable, exact: type, names_owner: bool = False) -> Callable:
    """A conversion slot (__int__, __index__, __float__, __complex__) whose result of a strict
    subclass of `exact` is deprecated and converted (runtime/core_warnings.py)."""
    def convert(self: Any) -> Any:
        result = slot(self)
        if result.__class__ is exact or not isinstance(result, exact):
            return result
        from ..runtime.core_warnings import strict_subclass_returned
        return strict_subclass_returned(result, exact, name, self if names_owner else None)
    convert.__name__ = name
    return convert


def _plain(name: str) -> Callable:
    def slot(self: Any, /, *args: Any) -> Any:
        result = _call(self, name, args)
        if result is MISSING:
            _type_error(f"'{_tname(self)}' object has no {name}")
        return result
    slot.__name__ = name
    return slot


_BINARY = ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
           "lshift", "rshift", "and", "xor", "or")

SLOT_FACTORIES: dict[str, Callable[[str], Callable]] = {
    "__len__": _len, "__bool__": _bool, "__iter__": _iter, "__contains__": _contains,
    "__call__": _call_slot, "__int__": lambda n: _converting(n, _int(n), int),
    "__float__": lambda n: _converting(n, _float(n), float, names_owner=True),
    "__next__": lambda n: _required(n, "'{}' object is not an iterator"),
    "__getitem__": lambda n: _required(n, "'{}' object is not subscriptable"),
    "__setitem__": lambda n: _required(n, "'{}' object does not support item assignment"),
    "__delitem__": lambda n: _required(n, "'{}' object doesn't support item deletion"),
    "__index__": lambda n: _converting(
        n, _required(n, "'{}' object cannot be interpreted as an integer"), int),
    "__neg__": lambda n: _unary(n, "unary -"), "__pos__": lambda n: _unary(n, "unary +"),
    "__invert__": lambda n: _unary(n, "unary ~"), "__abs__": lambda n: _unary(n, "abs()"),
}
SLOT_FACTORIES["__reversed__"] = lambda n: _required(n, "'{}' object is not reversible")
for _name in ("__bytes__", "__missing__", "__round__",
              "__floor__", "__ceil__", "__length_hint__", "__fspath__"):
    SLOT_FACTORIES[_name] = _plain
SLOT_FACTORIES["__complex__"] = lambda n: _converting(n, _plain(n), complex)
for _op in _BINARY:
    for _name in (f"__{_op}__", f"__r{_op}__", f"__i{_op}__"):
        if _name != "__idivmod__":
            SLOT_FACTORIES[_name] = binary_slot
del _op, _name


def slots_for(t: Any) -> dict[str, Callable]:
    """The host dunders t's host class needs: one per optional dunder that a guest class (not a
    host-valued builtin, whose host class already has it) defines along t's MRO."""
    body = {}
    for name, factory in SLOT_FACTORIES.items():
        for base in t.mro:
            if name in base.dict:
                if base.host is None:
                    body[name] = factory(name)
                break
    return body


def refresh_slots(t: Any) -> None:
    """After a dunder is set on or deleted from t: redo the host slots of t and its subclasses."""
    host = t.layout
    if host is None or t.host is not None:
        return
    wanted = slots_for(t)
    for name in SLOT_FACTORIES:
        if name in wanted:
            setattr(host, name, wanted[name])
        elif name in host.__dict__:
            delattr(host, name)
    for ref in t.subclasses:
        sub = ref()
        if sub is not None:
            refresh_slots(sub)


class GuestProtocol:
    """Host dunders that run the guest's special methods (the slot_* functions) for what every
    object has; the rest come from slots_for."""

    __slots__ = ()
    _descr = 0

    def __repr__(self) -> str:
        return _call(self, "__repr__", ())

    def __str__(self) -> str:
        return _call(self, "__str__", ())

    def __format__(self, spec: str) -> str:
        return _call(self, "__format__", (spec,))

    def __hash__(self) -> int:
        result = _call(self, "__hash__", ())
        if result is MISSING:
            _type_error(f"unhashable type: '{_tname(self)}'")
        if not isinstance(result, int):
            _type_error("__hash__ method should return an integer")
        return result

    def __getattr__(self, name: str) -> Any:
        # Host code reading an attribute of a guest object ("{0.x}".format(p), a host helper's
        # getattr) sees the guest attribute; a guest AttributeError is a host one.
        from ..runtime import protocol
        return protocol.getattr_(self, name)

    def descr_get(self, obj: Any, owner: Any) -> Any:
        return _call(self, "__get__", (None if obj is MISSING else obj, owner))

    def descr_set(self, obj: Any, value: Any) -> None:
        if _call(self, "__set__", (obj, value)) is MISSING:
            _type_error("__set__")

    def descr_delete(self, obj: Any) -> None:
        if _call(self, "__delete__", (obj,)) is MISSING:
            _type_error("__delete__")


for _name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(GuestProtocol, _name, binary_slot(_name))
del _name


class Instance(GuestProtocol):
    """A plain guest object: `dict` is its __dict__ (None without one), `slots` its __slots__ values."""

    __slots__ = ("dict", "slots", "__weakref__")

    def __init__(self) -> None:
        self.dict = None
        self.slots = None
