"""The index errors of the builtin sequences' own subscript slots, worded as 3.14 words them.

Mirrors the mp_subscript / mp_ass_subscript functions of Objects/listobject.c (list_subscript,
list_ass_subscript: "list assignment index out of range"), tupleobject.c, unicodeobject.c
(unicode_subscript: "string indices must be integers, not 'T'"), bytesobject.c,
bytearrayobject.c, rangeobject.c, memoryobject.c, and sliceobject.c's
_PyEval_SliceIndex message. runtime/abstract.py asks here only when the host's slot raised
a TypeError or IndexError (the host words some of these differently: PyPy says "byte index
out of range", "list index out of range" for an assignment); a message this module does not
model stays the host's. Left out: multi-dimensional memoryview keys.
"""
from __future__ import annotations

from typing import Any

from ..objects.typeobject import MISSING, lookup, type_of
from .errors import new_exception

SSIZE_MAX = (1 << 63) - 1

# host base -> (item kind in "T indices must be ...", out-of-range message for get, for set/del)
_SEQUENCES: dict[type, tuple[str, str, str]] = {
    list: ("list", "list index out of range", "list assignment index out of range"),
    tuple: ("tuple", "tuple index out of range", ""),
    bytes: ("byte", "index out of range", ""),
    bytearray: ("bytearray", "bytearray index out of range", "bytearray index out of range"),
    range: ("range", "range object index out of range", ""),
    memoryview: ("", "index out of bounds on dimension 1", ""),
    str: ("", "string index out of range", ""),
}
SLICE_INDEX = "slice indices must be integers or None or have an __index__ method"


def tp_name(t: Any) -> str:
    """A type's tp_name, as C messages print it: the guest __name__, except for a builtin whose
    C name carries its module ("string.templatelib.Template"), which its host class is named
    by (objects/templates.py)."""
    host_name = getattr(t.layout, "__name__", "")
    return host_name if host_name.endswith("." + t.name) else t.name


def has_index(value: Any) -> bool:
    return lookup(type_of(value), "__index__") not in (MISSING, None)


def index_too_big(key: Any) -> bool:
    """PyNumber_AsSsize_t(key, PyExc_IndexError) fails: only asked of host ints, so a guest
    __index__ never runs twice."""
    return isinstance(key, int) and not -SSIZE_MAX - 1 <= key <= SSIZE_MAX


def sequence_error(exc: BaseException, base: type, key: Any, value: Any, what: str) -> BaseException:
    """The error of `base`'s own subscript slot for `key` (what: getitem, setitem, delitem; value
    is MISSING but for setitem)."""
    entry = _SEQUENCES.get(base)
    if entry is None:
        return exc
    kind, get_range, set_range = entry
    if isinstance(key, slice):
        return _slice_error(exc, base, key, value, what)
    if has_index(key):
        if index_too_big(key) and base is not range:
            return new_exception("IndexError", "cannot fit 'int' into an index-sized integer")
        if not isinstance(exc, IndexError) or not isinstance(key, int):
            return exc
        return new_exception("IndexError", get_range if what == "getitem" else set_range or str(exc))
    if not isinstance(exc, TypeError):
        return exc
    name = tp_name(type_of(key))
    if base is str:
        return new_exception("TypeError", f"string indices must be integers, not '{name}'")
    if base is memoryview:
        return _memoryview_key_error(exc, key)
    return new_exception("TypeError", f"{kind} indices must be integers or slices, not {name}")


def memoryview_write_error(view: memoryview, what: str) -> BaseException | None:
    """memoryobject.c: memory_ass_sub's first checks (None when they pass)."""
    if view.readonly:
        return new_exception("TypeError", "cannot modify read-only memory")
    if what == "delitem":
        return new_exception("TypeError", "cannot delete memory")
    return None


def _memoryview_key_error(exc: BaseException, key: Any) -> BaseException:
    """memoryobject.c: memory_subscript's key errors for a one-dimensional view."""
    if not isinstance(key, tuple):
        return new_exception("TypeError", "memoryview: invalid slice key")
    if key and all(has_index(item) for item in key) and len(key) != 1:
        return new_exception("TypeError", f"cannot index 1-dimension view with {len(key)}-element tuple")
    return exc


def _slice_error(exc: BaseException, base: type, key: slice, value: Any, what: str) -> BaseException:
    if not isinstance(exc, TypeError):
        return exc
    if any(part is not None and not has_index(part) for part in (key.start, key.stop, key.step)):
        return new_exception("TypeError", SLICE_INDEX)
    if what == "setitem" and not is_iterable(value):
        if base is list:   # listobject.c: list_ass_slice's PySequence_Fast, as 3.14 words it
            return new_exception("TypeError", "must assign iterable to extended slice")
        if base is bytearray:
            return new_exception("TypeError", "can assign only bytes, buffers, or iterables of ints "
                                              "in range(0, 256)")
    return exc


def is_iterable(value: Any) -> bool:
    t = type_of(value)
    return lookup(t, "__iter__") not in (MISSING, None) or lookup(t, "__getitem__") not in (MISSING, None)
