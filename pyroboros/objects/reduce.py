"""Pickling support of object and the builtin types: object.__reduce__, __reduce_ex__ and
__getstate__, and the host types' own __reduce__ seen from the guest.

Mirrors Objects/typeobject.c: object___reduce_ex___impl, _common_reduce, reduce_newobj,
_PyObject_GetNewArguments, _PyObject_GetItemsIter, object_getstate / object_getstate_default
and _PyType_GetSlotNames, whose fallback (copyreg._slotnames: the `__slots__` names along the
MRO, mangled, cached as the class's __slotnames__) is computed here. The reductions themselves
name copyreg's functions (__newobj__, __newobj_ex__, _reduce_ex), so they import copyreg as
CPython does. Left out: nothing a program can observe beyond copyreg being importable.
"""
from __future__ import annotations

import builtins as host_builtins
import operator
import types
from typing import Any

from . import type_layout
from .function import Builtin
from .typeobject import HOST_TYPES, MISSING, TypeObject, type_of


def _tp_name(t: TypeObject) -> str:
    """The type's tp_name: a builtin type outside builtins carries its module."""
    from ..runtime.protocol import type_module
    module = type_module(t)
    return t.name if type_layout.is_heap(t) or module == "builtins" else f"{module}.{t.name}"


def _raise_type_error(message: str) -> None:
    from ..runtime.errors import raise_type_error
    raise_type_error(message)


def _copyreg_function(name: str) -> Any:
    from ..runtime import importer, protocol
    return protocol.getattr_(importer.import_name("copyreg"), name)


def object_reduce(obj: Any) -> Any:
    """object.__reduce__: _common_reduce(self, 0)."""
    return _common_reduce(obj, 0)


def object_reduce_ex(obj: Any, protocol_number: Any) -> Any:
    """Mirrors typeobject.c: object___reduce_ex___impl (an overridden __reduce__ wins)."""
    from ..runtime import protocol
    proto = operator.index(protocol_number)
    reduce = protocol.getattr_or_missing(obj, "__reduce__")
    if reduce is not MISSING:
        t = type_of(obj)
        object_type = t.mro[-1]
        if protocol.getattr_(t, "__reduce__") is not object_type.dict["__reduce__"]:
            return reduce()
    return _common_reduce(obj, proto)


def _common_reduce(obj: Any, proto: int) -> Any:
    if proto >= 2:
        return _reduce_newobj(obj)
    return _copyreg_function("_reduce_ex")(obj, proto)


def _reduce_newobj(obj: Any) -> tuple:
    """Mirrors typeobject.c: reduce_newobj."""
    t = type_of(obj)
    if "disallow_instantiation" in t.flags:
        _raise_type_error(f"cannot pickle '{_tp_name(t)}' object")
    args, kwargs = _new_arguments(obj)
    if not kwargs:
        newobj = _copyreg_function("__newobj__")
        newargs = (t, *(args or ()))
    else:
        newobj = _copyreg_function("__newobj_ex__")
        newargs = (t, args, kwargs)
    state = object_getstate(obj, not (args is not None or isinstance(obj, (list, dict))))
    list_items = iter(obj) if isinstance(obj, list) else None
    dict_items = None
    if isinstance(obj, dict):
        from ..runtime.protocol import call_method
        dict_items = iter(call_method(obj, "items"))
    return newobj, newargs, state, list_items, dict_items


def _new_arguments(obj: Any) -> tuple[Any, Any]:
    """Mirrors typeobject.c: _PyObject_GetNewArguments: (args, kwargs), either may be None."""
    from ..runtime.protocol import lookup_special
    getnewargs_ex = lookup_special(obj, "__getnewargs_ex__")
    if getnewargs_ex is not MISSING:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            _raise_type_error("__getnewargs_ex__ should return a tuple, "
                              f"not '{type_of(result).name}'")
        if len(result) != 2:
            _raise_type_error(f"__getnewargs_ex__ should return a tuple of length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            _raise_type_error("first item of the tuple returned by __getnewargs_ex__ must be a "
                              f"tuple, not '{type_of(args).name}'")
        if not isinstance(kwargs, dict):
            _raise_type_error("second item of the tuple returned by __getnewargs_ex__ must be a "
                              f"dict, not '{type_of(kwargs).name}'")
        return args, kwargs
    getnewargs = lookup_special(obj, "__getnewargs__")
    if getnewargs is not MISSING:
        args = getnewargs()
        if not isinstance(args, tuple):
            _raise_type_error(f"__getnewargs__ should return a tuple, not '{type_of(args).name}'")
        return args, None
    return None, None


def object_getstate(obj: Any, required: bool) -> Any:
    """Mirrors typeobject.c: object_getstate (an inherited object.__getstate__ is told whether
    the state is required)."""
    from ..runtime.protocol import getattr_
    getstate = getattr_(obj, "__getstate__")
    if getstate.__class__ is Builtin and getstate.self is obj and \
            getstate.qualname == "object.__getstate__":
        return getstate_default(obj, required)
    return getstate()


def _instance_dict(obj: Any) -> Any:
    return getattr(obj, "dict", None) if type_of(obj).has_dict else None


def getstate_default(obj: Any, required: bool = False) -> Any:
    """Mirrors typeobject.c: object_getstate_default (object.__getstate__)."""
    from ..runtime.protocol import getattr_or_missing
    t = type_of(obj)
    if required and type_layout.itemsize(t):
        _raise_type_error(f"cannot pickle {_tp_name(t)!r} object")
    instance_dict = _instance_dict(obj)
    state = instance_dict if instance_dict else None
    names = slot_names(t)
    if required:
        size = type_layout.static_info(t.mro[-1])[2]
        if type_layout.dictoffset(t) and not type_layout.flags(t) & type_layout.MANAGED_DICT:
            size += 8
        if type_layout.weakrefoffset(t) > 0:
            size += 8
        size += 8 * len(names or ())
        if type_layout.basicsize(t) > size:
            _raise_type_error(f"cannot pickle {_tp_name(t)!r} object")
    if names:
        slots = {}
        for name in names:
            value = getattr_or_missing(obj, name)
            if value is not MISSING:
                slots[name] = value
        if slots:
            state = (state, slots)
    return state


def slot_names(t: TypeObject) -> Any:
    """Mirrors typeobject.c: _PyType_GetSlotNames, with copyreg._slotnames computed here."""
    names = t.dict.get("__slotnames__", MISSING)
    if names is not MISSING:
        if names is not None and not isinstance(names, list):
            _raise_type_error(f"{t.name}.__slotnames__ should be a list or None, "
                              f"not {type_of(names).name}")
        return names
    names = []
    for base in t.mro:
        slots = base.dict.get("__slots__", MISSING)
        if slots is MISSING:
            continue
        for name in (slots,) if isinstance(slots, str) else slots:
            if name in ("__dict__", "__weakref__"):
                continue
            stripped = base.name.lstrip("_")
            if name.startswith("__") and not name.endswith("__") and stripped:
                name = f"_{stripped}{name}"
            names.append(name)
    if type_layout.is_heap(t):
        t.dict["__slotnames__"] = names
        t.modified()
    return names


def guest_reduction(value: Any) -> Any:
    """A host type's __reduce__ result with the host builtins it names (iter, the host type
    itself) replaced by the guest's, so no host object reaches the guest."""
    if isinstance(value, tuple):
        return tuple(guest_reduction(item) for item in value)
    if isinstance(value, type) and value in HOST_TYPES:
        return HOST_TYPES[value]
    if isinstance(value, types.BuiltinFunctionType) and getattr(value, "__self__", None) is host_builtins:
        from ..modules.builtins import BUILTINS
        return BUILTINS[value.__name__]
    return value

