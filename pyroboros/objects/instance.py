"""Instances of guest classes, and the host protocols that dispatch into the guest.

Mirrors the slot functions of Objects/typeobject.c (slot_tp_repr, slot_nb_add, slot_sq_length,
slot_tp_iter, ...): CPython fills a heap type's C slots with wrappers that look the dunder
up on the type and call it. Here the host class of every guest instance inherits
`GuestProtocol`, whose host dunders do the same lookup on the guest type, so host code (dict,
sorted, `in`, str.join, ...) works on guest objects and raises CPython's errors.
`Instance` is the layout of plain guest objects; builtin_types.py makes the layouts for
subclasses of host-valued builtins (int, list, dict, ...). Left out: buffer protocol slots.
"""
from __future__ import annotations

import operator
from typing import Any

from . import typeobject
from .typeobject import HOST_TYPES, MISSING

_type_of_host = HOST_TYPES.__getitem__


def lookup(t: Any, name: str) -> Any:
    return typeobject.lookup(t, name)


def _call(obj: Any, name: str, args: tuple) -> Any:
    """Call the dunder `name` found on obj's guest type; MISSING if the type has none."""
    meth = lookup(_type_of_host(obj.__class__), name)
    if meth is MISSING or meth is None:
        return MISSING
    if getattr(meth.__class__, "_descr", 0):
        return meth.descr_get(obj, _type_of_host(obj.__class__))(*args)
    return meth(*args)


def _call_missing(obj: Any, name: str) -> bool:
    return lookup(_type_of_host(obj.__class__), name) in (MISSING, None)


def _tname(obj: Any) -> str:
    return _type_of_host(obj.__class__).name


def _type_error(message: str) -> None:
    # A host TypeError, not a guest one: host callers probe slots and swallow TypeError
    # (list() asking __len__ for a length hint); reaching the guest it becomes the same
    # guest TypeError (runtime/errors.py: to_guest).
    raise TypeError(message)


def binary_slot(name: str):
    def slot(self: Any, *args: Any) -> Any:   # args: (other,) or (other, modulo) for pow
        result = _call(self, name, args)
        return NotImplemented if result is MISSING else result
    slot.__name__ = name
    return slot


def _unary(name: str, symbol: str):
    def slot(self: Any) -> Any:
        result = _call(self, name, ())
        if result is MISSING:
            _type_error(f"bad operand type for {symbol}: '{_tname(self)}'")
        return result
    slot.__name__ = name
    return slot


def _required(name: str, message: str):
    def slot(self: Any, *args: Any) -> Any:
        result = _call(self, name, args)
        if result is MISSING:
            _type_error(message.format(_tname(self)))
        return result
    slot.__name__ = name
    return slot


class _SequenceIterator:
    """The iterator iter() makes from __getitem__ (Objects/iterobject.c: seqiterobject)."""

    __slots__ = ("seq", "index")

    def __init__(self, seq: Any) -> None:
        self.seq = seq
        self.index = 0

    def __iter__(self) -> "_SequenceIterator":
        return self

    def __next__(self) -> Any:
        if self.seq is None:
            raise StopIteration
        from ..runtime.errors import exception_matches
        try:
            value = self.seq[self.index]
        except BaseException as exc:
            if exception_matches(exc, ("IndexError", "StopIteration")):
                self.seq = None
                raise StopIteration from None
            raise
        self.index += 1
        return value


class GuestProtocol:
    """Host dunders that run the guest's special methods (the slot_* functions)."""

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

    def __bool__(self) -> bool:
        result = _call(self, "__bool__", ())
        if result is MISSING:
            if _call_missing(self, "__len__"):
                return True
            return self.__len__() != 0
        if result is not True and result is not False:
            _type_error(f"__bool__ should return bool, returned {_tname(result)}")
        return result

    def __len__(self) -> int:
        result = _call(self, "__len__", ())
        if result is MISSING:
            _type_error(f"object of type '{_tname(self)}' has no len()")
        result = operator.index(result)
        if result < 0:
            raise ValueError("__len__() should return >= 0")
        return result

    def __bytes__(self) -> bytes:
        result = _call(self, "__bytes__", ())
        if result is not MISSING:
            if not isinstance(result, bytes):
                _type_error(f"__bytes__ returned non-bytes (type {_tname(result)})")
            return result
        if not _call_missing(self, "__index__"):
            return bytes(self.__index__())
        if not _call_missing(self, "__iter__") or not _call_missing(self, "__getitem__"):
            return bytes(list(self))
        _type_error(f"cannot convert '{_tname(self)}' object to bytes")

    def __complex__(self) -> complex:
        result = _call(self, "__complex__", ())
        if result is MISSING:
            if _call_missing(self, "__float__") and _call_missing(self, "__index__"):
                _type_error("complex() first argument must be a string or a number, "
                            f"not '{_tname(self)}'")
            return complex(self.__float__())
        return result

    def __getattr__(self, name: str) -> Any:
        # Host code reading an attribute of a guest object ("{0.x}".format(p), getattr in a
        # host helper) sees the guest attribute; a guest AttributeError becomes the host's so
        # host probing (hasattr, getattr with a default) works.
        from ..runtime import protocol
        from ..runtime.errors import exception_matches
        try:
            return protocol.getattr_(self, name)
        except BaseException as exc:
            if exception_matches(exc, ("AttributeError",)) and not isinstance(exc, AttributeError):
                raise AttributeError(str(exc)) from None
            raise

    def __iter__(self) -> Any:
        result = _call(self, "__iter__", ())
        if result is MISSING:
            if lookup(_type_of_host(self.__class__), "__getitem__") not in (MISSING, None):
                return _SequenceIterator(self)
            _type_error(f"'{_tname(self)}' object is not iterable")
        return result

    def __next__(self) -> Any:
        from ..runtime.errors import exception_matches
        try:
            result = _call(self, "__next__", ())
        except BaseException as exc:
            if exception_matches(exc, ("StopIteration",)) and not isinstance(exc, StopIteration):
                raise StopIteration(*exc.g_args) from None
            raise
        if result is MISSING:
            _type_error(f"'{_tname(self)}' object is not an iterator")
        return result

    def __contains__(self, item: Any) -> bool:
        result = _call(self, "__contains__", (item,))
        if result is MISSING:
            for value in self:
                if value is item or value == item:
                    return True
            return False
        return bool(result)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        meth = lookup(_type_of_host(self.__class__), "__call__")
        if meth is MISSING:
            _type_error(f"'{_tname(self)}' object is not callable")
        if getattr(meth.__class__, "_descr", 0):
            meth = meth.descr_get(self, _type_of_host(self.__class__))
            return meth(*args, **kwargs)
        return meth(*args, **kwargs)

    def __int__(self) -> int:
        result = _call(self, "__int__", ())
        if result is MISSING:
            result = _call(self, "__index__", ())
        if result is MISSING:
            _type_error("int() argument must be a string, a bytes-like object or a real number, "
                        f"not '{_tname(self)}'")
        return result

    def __float__(self) -> float:
        result = _call(self, "__float__", ())
        if result is MISSING:
            result = _call(self, "__index__", ())
            if result is not MISSING:
                return float(result)
            _type_error(f"must be real number, not {_tname(self)}")
        return result

    __getitem__ = _required("__getitem__", "'{}' object is not subscriptable")
    __setitem__ = _required("__setitem__", "'{}' object does not support item assignment")
    __delitem__ = _required("__delitem__", "'{}' object doesn't support item deletion")
    __index__ = _required("__index__", "'{}' object cannot be interpreted as an integer")
    __neg__ = _unary("__neg__", "unary -")
    __pos__ = _unary("__pos__", "unary +")
    __invert__ = _unary("__invert__", "unary ~")
    __abs__ = _unary("__abs__", "abs()")

    def descr_get(self, obj: Any, owner: Any) -> Any:
        return _call(self, "__get__", (None if obj is MISSING else obj, owner))

    def descr_set(self, obj: Any, value: Any) -> None:
        if _call(self, "__set__", (obj, value)) is MISSING:
            _type_error("__set__")

    def descr_delete(self, obj: Any) -> None:
        if _call(self, "__delete__", (obj,)) is MISSING:
            _type_error("__delete__")


_BINARY = ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
           "lshift", "rshift", "and", "xor", "or")
for _op in _BINARY:
    for _name in (f"__{_op}__", f"__r{_op}__", f"__i{_op}__"):
        if _name != "__idivmod__":
            setattr(GuestProtocol, _name, binary_slot(_name))
for _name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(GuestProtocol, _name, binary_slot(_name))
del _op, _name


class Instance(GuestProtocol):
    """A plain guest object: `dict` is its __dict__ (None without one), `slots` its __slots__ values."""

    __slots__ = ("dict", "slots", "__weakref__")

    def __init__(self) -> None:
        self.dict = None
        self.slots = None
