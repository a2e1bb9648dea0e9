"""The layout attributes of type objects: __basicsize__, __itemsize__, __flags__,
__weakrefoffset__, __dictoffset__, __text_signature__, __abstractmethods__ and type.__sizeof__.

Mirrors Objects/typeobject.c: type_members, type_get_text_signature (with
_PyType_GetTextSignatureFromInternalDoc's find_signature / skip_signature),
type_abstractmethods / type_set_abstractmethods, type___sizeof___impl, and the numbers type_new
gives a class (type_new_descriptors, inherit_special, type_new_alloc). A builtin type reports
python3.14's own numbers (static_types.py, generated); a class's are derived from its builtin
base, its `__slots__` and whether it has a `__dict__` and `__weakref__`, as on python3.14's
64-bit build. Left out: flags no Python code can observe being set or cleared
(Py_TPFLAGS_VALID_VERSION_TAG, HAVE_VECTORCALL on classes).
"""
from __future__ import annotations

from typing import Any

from .function import SlotMember
from .static_types import STATIC_TYPES
from .typeobject import MISSING, TypeObject

HEAPTYPE, BASETYPE, READY, HAVE_GC = 1 << 9, 1 << 10, 1 << 12, 1 << 14
INLINE_VALUES, MANAGED_WEAKREF, MANAGED_DICT = 1 << 2, 1 << 3, 1 << 4
IS_ABSTRACT = 1 << 20
# What a class inherits from its base's flags: the fast subclass bits (int, list, ... type),
# MATCH_SELF and the SEQUENCE/MAPPING pattern-matching kinds (typeobject.c: inherit_special,
# type_ready_inherit_as_structs).
_INHERITED = 0xFF000000 | 1 << 22 | 1 << 5 | 1 << 6
_MANAGED_WEAKREF_OFFSET = -32
# The builtin types pyroboros adds (its own helpers) look like a plain object.
_PLAIN = (None, None, *STATIC_TYPES["object"][2:])
_STATIC_TYPE_SIZE, _HEAP_TYPE_SIZE, _CACHED_KEYS_SIZE = 416, 936, 768


def is_heap(t: TypeObject) -> bool:
    return "heaptype" in t.flags


def static_info(t: TypeObject) -> tuple:
    """(__doc__, __text_signature__, basicsize, itemsize, flags, weakrefoffset, dictoffset)."""
    return STATIC_TYPES.get(t.name, _PLAIN)


def _best_base(t: TypeObject) -> TypeObject:
    """The base whose instance layout t extends (typeobject.c: best_base, approximated by the
    largest basic size, which is what the solid base comparison amounts to here)."""
    return max(t.bases, key=basicsize)


def basicsize(t: TypeObject) -> int:
    if not is_heap(t):
        return static_info(t)[2]
    own_slots = sum(1 for value in t.dict.values()
                    if isinstance(value, SlotMember) and value.owner is t)
    return basicsize(_best_base(t)) + 8 * own_slots


def itemsize(t: TypeObject) -> int:
    return static_info(t)[3] if not is_heap(t) else itemsize(_best_base(t))


def dictoffset(t: TypeObject) -> int:
    if not is_heap(t):
        return static_info(t)[6]
    inherited = dictoffset(_best_base(t))
    return inherited if inherited else -1 if t.has_dict else 0


def weakrefoffset(t: TypeObject) -> int:
    if not is_heap(t):
        return static_info(t)[5]
    inherited = weakrefoffset(_best_base(t))
    if inherited:
        return inherited
    own = "__weakref__" in t.dict and itemsize(t) == 0
    return _MANAGED_WEAKREF_OFFSET if own else 0


def flags(t: TypeObject) -> int:
    if not is_heap(t):
        return static_info(t)[4]
    result = flags(_best_base(t)) & _INHERITED | HEAPTYPE | BASETYPE | READY | HAVE_GC
    if dictoffset(t) == -1:
        result |= MANAGED_DICT | (INLINE_VALUES if itemsize(t) == 0 else 0)
    if weakrefoffset(t) == _MANAGED_WEAKREF_OFFSET:
        result |= MANAGED_WEAKREF
    if t.dict.get("__abstractmethods__"):
        result |= IS_ABSTRACT
    return result


def type_sizeof(t: TypeObject) -> int:
    """Mirrors typeobject.c: type___sizeof___impl (a class with a managed __dict__ also counts
    its cached dict keys)."""
    if not is_heap(t):
        return _STATIC_TYPE_SIZE
    return _HEAP_TYPE_SIZE + (_CACHED_KEYS_SIZE if dictoffset(t) == -1 else 0)


def text_signature(t: TypeObject) -> Any:
    """Mirrors typeobject.c: type_get_text_signature. A class's docstring gives one when it
    starts with "Name(...)" followed by the "\\n--\\n\\n" end marker."""
    if not is_heap(t):
        return static_info(t)[1]
    doc = t.dict.get("__doc__")
    if not isinstance(doc, str) or not doc.startswith(t.name + "("):
        return None
    start = len(t.name)
    for i in range(start, len(doc)):
        if doc.startswith(")\n--\n\n", i):
            return doc[start:i + 1]
        if doc.startswith("\n\n", i):
            return None
    return None


def get_abstractmethods(t: TypeObject) -> Any:
    """Mirrors typeobject.c: type_abstractmethods (type itself has none: the descriptor is
    what its dict holds)."""
    from ..runtime.errors import raise_error
    value = MISSING if t.name == "type" and not is_heap(t) else t.dict.get("__abstractmethods__", MISSING)
    if value is MISSING:
        raise_error("AttributeError", "__abstractmethods__")
    return value


def set_abstractmethods(t: TypeObject, value: Any) -> None:
    """Mirrors typeobject.c: type_set_abstractmethods (MISSING deletes)."""
    from ..runtime.errors import raise_error, raise_type_error
    if not is_heap(t):
        action = "delete" if value is MISSING else "set"
        raise_type_error(f"cannot {action} '__abstractmethods__' attribute of immutable type '{t.name}'")
    if value is MISSING:
        if "__abstractmethods__" not in t.dict:
            raise_error("AttributeError", "__abstractmethods__")
        del t.dict["__abstractmethods__"]
    else:
        t.dict["__abstractmethods__"] = value
    t.modified()


def abstract_error(t: TypeObject) -> str | None:
    """typeobject.c: object_new's message for a class with abstract methods, else None."""
    methods = t.dict.get("__abstractmethods__") if is_heap(t) else None
    if not methods:
        return None
    names = sorted(methods)
    quoted = ", ".join(f"'{name}'" for name in names)
    plural = "s" if len(names) > 1 else ""
    return (f"Can't instantiate abstract class {t.name} without an implementation for "
            f"abstract method{plural} {quoted}")
