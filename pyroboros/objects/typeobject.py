"""Type objects: the guest `type`, method resolution order and attribute lookup on types.

Mirrors Objects/typeobject.c (PyTypeObject, mro_implementation's C3 linearisation,
_PyType_Lookup with its per-type method cache keyed on version tags). Every guest type is a
`TypeObject`; every guest value's host class maps to exactly one guest type in `HOST_TYPES`, so
`type_of` is one dict lookup. Guest classes get a host class of their own (named like the
guest class) so that messages the host composes ("unsupported operand type(s) for +: 'A' and
'int'") already carry the guest name. Left out: tp_flags beyond what Python code observes, the
type watcher API, and static-type immortality.
"""
from __future__ import annotations

import weakref
from typing import Any

MISSING: Any = type("MISSING", (), {"__repr__": lambda self: "<MISSING>"})()
HOST_TYPES: dict[type, "TypeObject"] = {}

from .instance import GuestProtocol  # noqa: E402  (instance.py needs MISSING and HOST_TYPES)

_next_version = [1]


class TypeObject(GuestProtocol):
    """A guest type (PyTypeObject). `host` is the host type whose values it describes (None
    for guest classes); `layout` is the host class of its instances; `has_dict` says whether
    its instances carry a __dict__ (in their host attribute `dict`); `flags` holds "heaptype"
    for a class (Py_TPFLAGS_HEAPTYPE), not for a builtin type; `static_module` is a builtin
    type's module when its tp_name has one ("types" of "types.GenericAlias")."""

    __slots__ = ("name", "qualname", "bases", "mro", "dict", "version", "host", "layout",
                 "cache", "subclasses", "flags", "has_dict", "static_module", "__weakref__")

    def __init__(self, name: str, bases: tuple, namespace: dict, host: type | None = None,
                 layout: type | None = None, flags: frozenset = frozenset({"heaptype"})) -> None:
        self.name = name
        self.qualname = name
        self.bases = bases
        self.dict = namespace
        self.host = host
        self.layout = layout
        self.flags = flags
        self.has_dict = False
        self.static_module = "builtins"
        self.cache: dict[str, Any] = {}
        self.subclasses: list = []
        self.version = _next_version[0]
        _next_version[0] += 1
        self.mro = (self,) if not bases else c3_mro(self, bases)
        for base in bases:
            base.subclasses.append(weakref.ref(self))

    def modified(self) -> None:
        """Invalidate the lookup caches of this type and its subclasses (PyType_Modified)."""
        self.cache.clear()
        self.version = _next_version[0]
        _next_version[0] += 1
        for ref in self.subclasses:
            sub = ref()
            if sub is not None:
                sub.modified()

    # Host protocols dispatch to the guest metatype like any guest object's, except identity
    # (types are compared and hashed by identity all over the runtime) and truth.
    # Host code reading a type's name (types.GenericAlias's repr) sees the guest's.
    __module__ = property(lambda self: _type_module(self))

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        from ..runtime import protocol
        return protocol.call_type(self, args, kwargs)


def _type_module(t: TypeObject) -> Any:
    from ..runtime.protocol import type_module
    return type_module(t)


def tp_name(t: TypeObject) -> str:
    """A type's C tp_name, as CPython's messages name it: "types.GenericAlias" for a builtin
    type whose module is not builtins, else its __name__."""
    return t.name if t.static_module == "builtins" else f"{t.static_module}.{t.name}"


def type_of(obj: Any) -> TypeObject:
    """Py_TYPE: the guest type of any guest value."""
    try:
        return HOST_TYPES[obj.__class__]
    except KeyError:
        from . import builtin_types
        return builtin_types.describe_host_type(obj.__class__)


def lookup(t: TypeObject, name: str) -> Any:
    """_PyType_Lookup: `name` along t's MRO, MISSING when absent; cached until t changes."""
    cache = t.cache
    try:
        return cache[name]
    except KeyError:
        pass
    for base in t.mro:
        value = base.dict.get(name, MISSING)
        if value is not MISSING:
            break
    cache[name] = value
    return value


def is_subtype(a: TypeObject, b: TypeObject) -> bool:
    return a is b or b in a.mro


def c3_mro(t: TypeObject, bases: tuple) -> tuple:
    """Mirrors typeobject.c: mro_implementation (C3 merge of the bases' MROs and the bases)."""
    sequences = [list(base.mro) for base in bases] + [list(bases)]
    result = [t]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return tuple(result)
        for seq in sequences:
            head = seq[0]
            if not any(head in s[1:] for s in sequences):
                break
        else:
            names = []
            for seq in sequences:
                if seq[0].name not in names:
                    names.append(seq[0].name)
            from ..runtime.errors import raise_type_error
            raise_type_error("Cannot create a consistent method resolution order (MRO) "
                             f"for bases {', '.join(names)}")
        result.append(head)
        for seq in sequences:
            if seq[0] is head:
                del seq[0]


def register(host: type, guest: TypeObject) -> TypeObject:
    HOST_TYPES[host] = guest
    return guest
