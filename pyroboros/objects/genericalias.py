"""types.GenericAlias (`list[int]`) as the guest sees its type: a proxy for its origin.

Mirrors Objects/genericaliasobject.c: ga_getattro (every attribute but the alias's own comes
from __origin__; a few are never forwarded) and ga_dir (the origin's names plus the alias's
own), for the host's types.GenericAlias objects, whose other methods the guest type takes from
the host (builtin_types.describe_host_type). Left out: nothing observable.
"""
from __future__ import annotations

import types
from typing import Any

from ..runtime import protocol
from .builtin_types import describe_host_type, method

# genericaliasobject.c: attr_exceptions (the alias's own attributes) and attr_blocked (those
# never forwarded to the origin nor listed by dir())
_OWN = ("__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__")
_BLOCKED = frozenset({"__bases__", "__copy__", "__deepcopy__"})


def ga_getattribute(alias: types.GenericAlias, name: str) -> Any:
    """Mirrors genericaliasobject.c: ga_getattro."""
    if name in _OWN:
        return protocol.generic_getattr(alias, name)
    return protocol.getattr_(alias.__origin__, name)


def ga_dir(alias: types.GenericAlias) -> list:
    """Mirrors genericaliasobject.c: ga_dir (unsorted: dir() sorts it)."""
    names = protocol.call_method(alias.__origin__, "__dir__")
    names = list(names)
    names += [name for name in _OWN if name not in _BLOCKED and name not in names]
    return names


GENERIC_ALIAS = describe_host_type(types.GenericAlias)
GENERIC_ALIAS.static_module = "types"
method(GENERIC_ALIAS, "__getattribute__", ga_getattribute)
method(GENERIC_ALIAS, "__dir__", ga_dir)
