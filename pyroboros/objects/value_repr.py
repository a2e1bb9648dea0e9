"""repr() of host-valued guest objects (str and the builtin containers) under 3.14's rules.

Mirrors Objects/unicodeobject.c: unicode_repr as seen through list_repr, tuple_repr, dict_repr
and set_repr: a guest str is a host str, so the host's repr would judge which characters are
printable by the host's (older) Unicode database. The host's repr is kept whenever it wrote no
escape, which is then already 3.14's text; otherwise str goes through unicode_repr.str_repr and
containers are rebuilt item by item. print() writes containers the same way. Left out: str()
and format() of containers, str.format's `!r` and `%r`, which stay the host's.
"""
from __future__ import annotations

from typing import Any

from .unicode_repr import str_repr

_CONTAINERS = (list, tuple, dict, set, frozenset)


def value_repr(obj: Any) -> str:
    """repr(obj), with strs anywhere inside builtin containers written as 3.14 writes them."""
    text = repr(obj)
    if "\\" not in text:
        return text
    cls = obj.__class__
    if cls is str:
        return str_repr(obj)
    if cls not in _CONTAINERS:
        return text
    return _item_repr(obj, set())


def value_str(obj: Any) -> str:
    """str(obj) for print(): a builtin container's str is its repr, so the same rules apply."""
    text = str(obj)
    if "\\" in text and obj.__class__ in _CONTAINERS:
        return _item_repr(obj, set())
    return text


def _item_repr(obj: Any, active: set) -> str:
    cls = obj.__class__
    if cls is str:
        return str_repr(obj)
    if cls not in _CONTAINERS:
        return repr(obj)
    if id(obj) in active:   # Py_ReprEnter: a container inside itself
        return "[...]" if cls is list else "{...}"
    active.add(id(obj))
    try:
        if cls is dict:
            inner = ", ".join(f"{_item_repr(k, active)}: {_item_repr(v, active)}"
                              for k, v in obj.items())
            return "{" + inner + "}"
        inner = ", ".join(_item_repr(item, active) for item in obj)
        if cls is list:
            return "[" + inner + "]"
        if cls is tuple:
            return "(" + inner + ("," if len(obj) == 1 else "") + ")"
        if not obj:
            return f"{cls.__name__}()"
        return "{" + inner + "}" if cls is set else "frozenset({" + inner + "})"
    finally:
        active.discard(id(obj))
