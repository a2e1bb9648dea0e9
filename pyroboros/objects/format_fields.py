"""str.format's field look-ups ("{0.attr[key]}") through the guest's protocols.

Mirrors Objects/stringlib/unicode_format.h (get_field_object, getattr, getitem: each `.name`
is PyObject_GetAttr and each `[key]` PyObject_GetItem on the argument). The host's str.format
keeps doing the parsing, the argument numbering and its errors; it is handed `Field` proxies
whose host attribute and item access run the guest's, so a format string reaches exactly what
guest `getattr` would (never the host attributes of an interpreter object, such as a
function's `code` or a host method's `__globals__`). Left out: nothing.
"""
from __future__ import annotations

import operator
from typing import Any, Callable


class Field:
    """An object named by a replacement field, as the host's str.format sees it."""

    __slots__ = ("_obj",)

    def __init__(self, obj: Any) -> None:
        object.__setattr__(self, "_obj", obj)

    def __getattribute__(self, name: str) -> "Field":
        from ..runtime.protocol import getattr_
        return Field(getattr_(object.__getattribute__(self, "_obj"), name))

    def __getitem__(self, key: Any) -> "Field":
        return Field(operator.getitem(object.__getattribute__(self, "_obj"), key))

    def __format__(self, spec: str) -> str:
        return format(object.__getattribute__(self, "_obj"), spec)

    def __repr__(self) -> str:
        return repr(object.__getattribute__(self, "_obj"))

    def __str__(self) -> str:
        return str(object.__getattribute__(self, "_obj"))


def guarded_format(fn: Callable) -> Callable:
    """str.format with its arguments' look-ups done by the guest."""
    def format_(self: Any, /, *args: Any, **kwargs: Any) -> str:
        if not isinstance(self, str) or ("." not in self and "[" not in self):
            return fn(self, *args, **kwargs)
        return fn(self, *map(Field, args), **{k: Field(v) for k, v in kwargs.items()})
    return format_


def guarded_format_map(fn: Callable) -> Callable:
    """str.format_map with the mapping's items and their look-ups done by the guest."""
    def format_map(self: Any, /, *args: Any) -> str:
        if len(args) != 1 or not isinstance(self, str):
            return fn(self, *args)
        return fn(self, Field(args[0]))
    return format_map
