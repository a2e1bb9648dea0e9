"""The slots of bound methods, classmethod, staticmethod and property that Python code
sees beyond calling them: comparisons, hashing, pickling, re-initialisation and the wrapped
function's attributes.

Mirrors Objects/classobject.c (method_richcompare, method_hash, method___reduce___impl,
method_descr_get), Objects/funcobject.c (cm_init /
sm_init with functools_wraps, cm_get___annotations__ and friends through
descriptor_get_wrapped_attribute, sm_get___isabstractmethod__) and Objects/descrobject.c
(property_init_impl). Left out: nothing observable.
"""
from __future__ import annotations

import operator
from typing import Any, Callable

from .function import BoundMethod, ClassMethod, Property
from .typeobject import MISSING


def method_compare(op: Callable) -> Callable:
    """classobject.c: method_richcompare: == and != compare the functions by equality and the
    bound objects by identity; ordering is not defined."""
    def compare(a: BoundMethod, b: Any) -> Any:
        if op not in (operator.eq, operator.ne) or b.__class__ is not BoundMethod:
            return NotImplemented
        equal = a.func == b.func and a.self is b.self
        return equal if op is operator.eq else not equal
    return compare


def method_hash(m: BoundMethod) -> int:
    """classobject.c: method_hash: the bound object's identity with the function's hash."""
    return hash((id(m.self), m.func))


def method_reduce(m: BoundMethod) -> tuple:
    """classobject.c: method___reduce___impl: getattr(self, name)."""
    from ..modules.builtins import BUILTINS
    from ..runtime.protocol import getattr_
    return BUILTINS["getattr"], (m.self, getattr_(m.func, "__name__"))


COMPARISONS = (operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge)
_WRAPPED = ("__module__", "__name__", "__qualname__", "__doc__")


def wrapper_init(descr: ClassMethod, func: Any) -> None:
    """funcobject.c: cm_init / sm_init: keep the callable and copy its identity into the
    wrapper's dict (functools_wraps)."""
    from ..runtime.protocol import getattr_or_missing
    descr.func = func
    for name in _WRAPPED:
        value = getattr_or_missing(func, name)
        if value is not MISSING:
            descr.dict[name] = value


def wrapped_attribute(name: str) -> tuple[Callable, Callable]:
    """funcobject.c: descriptor_get_wrapped_attribute / descriptor_set_wrapped_attribute:
    the callable's attribute, cached in the wrapper's dict (which assignment writes)."""
    def get(descr: ClassMethod) -> Any:
        from ..runtime.protocol import getattr_
        if name not in descr.dict:
            descr.dict[name] = getattr_(descr.func, name)
        return descr.dict[name]

    def set_(descr: ClassMethod, value: Any) -> None:
        if value is MISSING:
            if name not in descr.dict:
                from ..runtime.errors import raise_error
                raise_error("AttributeError", name)
            del descr.dict[name]
        else:
            descr.dict[name] = value
    return get, set_


def is_abstract(descr: ClassMethod) -> bool:
    """funcobject.c: sm_get___isabstractmethod__ (and cm's): the callable's flag."""
    from ..runtime.protocol import getattr_or_missing
    value = getattr_or_missing(descr.func, "__isabstractmethod__")
    return value is not MISSING and bool(value)


def property_init(p: Property, fget: Any = None, fset: Any = None, fdel: Any = None,
                  doc: Any = None) -> None:
    """descrobject.c: property_init_impl (reinitialising an existing property)."""
    p.fget, p.fset, p.fdel = fget, fset, fdel
    p.doc = doc
