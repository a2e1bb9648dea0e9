"""A builtin descriptor applies only to instances of the type that defines it.

Mirrors Objects/descrobject.c (descr_check, descr_setcheck, methoddescr's and
wrapperdescr's check of their first argument): `type(f).__dict__['__code__'].__get__(gen)`
or `type(gen).send(5, 1)` raise CPython's TypeError instead of running the interpreter's
code for one object on another. Attribute look-up never needs the check (it finds a descriptor
on the object's own type); the guest-called `__get__`/`__set__`/`__delete__` and unbound method
calls do. Left out: classmethod_descriptor's "requires a subtype" check.
"""
from __future__ import annotations

from typing import Any

from .typeobject import MISSING, is_subtype, type_of


def check(descr: Any, obj: Any) -> None:
    """descr_check: descr (whose type is described by `owner`) must apply to obj."""
    owner = getattr(descr, "owner", None)
    if owner is None or obj is MISSING:
        return
    t = type_of(obj)
    if not is_subtype(t, owner):
        from ..runtime.errors import raise_type_error
        raise_type_error(f"descriptor '{descr.name}' for '{owner.name}' objects doesn't apply "
                         f"to a '{t.name}' object")


def check_self(descr: Any, obj: Any, slot: bool) -> None:
    """The first argument of an unbound method_descriptor (slot=False) or wrapper_descriptor."""
    t = type_of(obj)
    if not is_subtype(t, descr.owner):
        if not slot:
            check(descr, obj)
        from ..runtime.errors import raise_type_error
        raise_type_error(f"descriptor '{descr.name}' requires a '{descr.owner.name}' object but "
                         f"received a '{t.name}'")


def get(descr: Any, obj: Any, owner: Any = None) -> Any:
    """A builtin descriptor's __get__ called by the guest."""
    obj = MISSING if obj is None else obj
    check(descr, obj)
    return descr.descr_get(obj, owner)


def set_(descr: Any, obj: Any, value: Any) -> None:
    check(descr, obj)
    descr.descr_set(obj, value)


def delete(descr: Any, obj: Any) -> None:
    check(descr, obj)
    descr.descr_delete(obj)


def unpack_descr_get(args: tuple) -> Any:
    """typeobject.c: wrap_descr_get's arguments (obj, optional type; counted by the slot
    wrapper): the object to bind, None for none."""
    obj, owner = (*args, None)[:2]
    if obj is None and owner is None:
        from ..runtime.errors import raise_type_error
        raise_type_error("__get__(None, None) is invalid")
    return obj
