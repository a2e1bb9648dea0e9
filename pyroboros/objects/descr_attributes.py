"""The attributes of builtin functions, bound builtin methods and the descriptors of builtin
types: __doc__, __text_signature__, __qualname__, __reduce__, and their comparisons and hash.

Mirrors Objects/descrobject.c (descr_get_doc, descr_get_text_signature, descr_get_qualname,
descr_reduce, wrapper_richcompare / wrapper_hash / wrapper_reduce) and Objects/methodobject.c
(meth_get__doc__, meth_get__text_signature__, meth_richcompare, meth_hash, meth_reduce). The
documentation of a builtin type's attribute is python3.14's (static_types.ATTRIBUTE_DOCS); for
an attribute python3.14 lacks it is the host callable's own. Left out: nothing observable.
"""
from __future__ import annotations

import operator
from typing import Any, Callable

from .function import Builtin, BuiltinClassMethod
from .static_types import ATTRIBUTE_DOCS
from .typeobject import MISSING


def _host_callable(fn: Any) -> Any:
    """The host callable behind an adapted one (functools.wraps' __wrapped__ chain)."""
    while hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__
    return fn


def _documented(qualname: str, fn: Any) -> tuple[Any, Any]:
    """(__doc__, __text_signature__) of the attribute called qualname ("list.append")."""
    if qualname in ATTRIBUTE_DOCS:
        return ATTRIBUTE_DOCS[qualname]
    host = _host_callable(fn)
    if host is None or (getattr(host, "__module__", None) or "").startswith("pyroboros"):
        return None, None   # the interpreter's own code documents itself for its readers only
    return getattr(host, "__doc__", None), getattr(host, "__text_signature__", None)


def descriptor_qualname(descr: Any) -> str:
    """descrobject.c: descr_get_qualname: the owner's __qualname__ and the name."""
    return f"{descr.owner.qualname}.{descr.name}"


def descriptor_doc(descr: Any) -> Any:
    return _documented(f"{descr.owner.name}.{descr.name}", getattr(descr, "fn", None))[0]


def descriptor_text_signature(descr: Any) -> Any:
    return _documented(f"{descr.owner.name}.{descr.name}", getattr(descr, "fn", None))[1]


def classmethod_descriptor_owner(descr: BuiltinClassMethod) -> Any:
    return descr.owner


def classmethod_descriptor_doc(descr: BuiltinClassMethod) -> Any:
    return _documented(descr.func.qualname, descr.func.fn)[0]


def classmethod_descriptor_text_signature(descr: BuiltinClassMethod) -> Any:
    return _documented(descr.func.qualname, descr.func.fn)[1]


def classmethod_descriptor_call(descr: BuiltinClassMethod, *args: Any, **kwargs: Any) -> Any:
    """Mirrors descrobject.c: classmethoddescr_call (the first argument is the class)."""
    from ..runtime.errors import raise_type_error
    from .typeobject import TypeObject, type_of
    name, owner = descr.func.name, descr.owner
    if not args:
        raise_type_error(f"descriptor '{name}' of '{owner.name}' object needs an argument")
    cls = args[0]
    if not isinstance(cls, TypeObject):
        raise_type_error(f"descriptor '{name}' for type '{owner.name}' needs a type, not a "
                         f"'{type_of(cls).name}' as arg 2")
    if owner not in cls.mro:
        raise_type_error(f"descriptor '{name}' requires a subtype of '{owner.name}' but "
                         f"received '{cls.name}'")
    return descr.func(*args, **kwargs)


def _is_function(fn: Builtin) -> bool:
    """A module's function (methodobject.c: m_self NULL or the module), not a bound method."""
    from .module import Module
    return fn.self is MISSING or fn.self is None or fn.self.__class__ is Module


def builtin_doc(fn: Builtin) -> Any:
    """A module's function carries its own documentation (modules/builtins.py gives each
    python3.14's); a bound method has its type's attribute's."""
    if _is_function(fn):
        return getattr(fn.fn, "__doc__", None)
    return _documented(fn.qualname, fn.fn)[0]


def builtin_text_signature(fn: Builtin) -> Any:
    if _is_function(fn):
        return getattr(fn.fn, "__text_signature__", None)
    return _documented(fn.qualname, fn.fn)[1]


def _getattr_builtin() -> Any:
    from ..modules.builtins import BUILTINS
    return BUILTINS["getattr"]


def descriptor_reduce(descr: Any) -> tuple:
    """descrobject.c: descr_reduce: getattr(owner, name)."""
    return _getattr_builtin(), (descr.owner, descr.name)


def builtin_reduce(fn: Builtin) -> Any:
    """methodobject.c: meth_reduce: a module function pickles as its name, a bound method as
    getattr(self, name); a method-wrapper (descrobject.c: wrapper_reduce) likewise."""
    if _is_function(fn):
        return fn.name
    return _getattr_builtin(), (fn.self, fn.name)


def builtin_compare(op: Callable) -> Callable:
    """methodobject.c: meth_richcompare (and wrapper_richcompare): only == and != are defined
    (Builtin.__eq__)."""
    def compare(a: Builtin, b: Any) -> Any:
        if op not in (operator.eq, operator.ne):
            return NotImplemented
        return a.__eq__(b) if op is operator.eq else a.__ne__(b)
    return compare


COMPARISONS = {f"__{op.__name__}__": builtin_compare(op)
               for op in (operator.lt, operator.le, operator.eq, operator.ne, operator.gt,
                          operator.ge)}
