"""The methods of the host-valued builtin types that CPython 3.12-3.14 added and an older host
lacks: hashable slices and mapping proxies, tuple hashes over them, NoneType's own comparisons and constant hash, float/complex.from_number,
bytearray.resize, NotImplemented's refusal of truth, the buffer protocol's __buffer__/__release_buffer__, memoryview's
count/index/_from_flags/__class_getitem__, and bool.__invert__ with its DeprecationWarning.

Mirrors Objects/sliceobject.c: slice_hash, Objects/tupleobject.c: tuplehash,
Objects/descrobject.c: mappingproxy_hash, Objects/object.c: none_hash and
none_richcompare, Objects/floatobject.c: float_from_number, Objects/complexobject.c:
complex_from_number, Objects/boolobject.c: bool_invert, Objects/object.c: notimplemented_bool, Objects/bytearrayobject.c: bytearray_resize_impl, typeobject.c:
wrap_buffer / wrap_releasebuffer and Objects/memoryobject.c: memoryview_count / memoryview_index.
`INSTANCE_METHODS` and `CLASS_METHODS` list them per host type for builtin_types.py to install
where the host has none, `CHANGED_METHODS` those to install in any case. Left out: nothing observable.
"""
from __future__ import annotations

import gc
import operator
import sys
import types
from typing import Any, Callable

NONE_HASH = 0xFCA86420   # object.c: none_hash (a constant since 3.12)
_MASK = (1 << 64) - 1
_XXPRIME_1, _XXPRIME_2, _XXPRIME_5 = 11400714785074694791, 14029467366897019727, 2870177450012600261


def guest_hash(value: Any) -> int:
    """hash() as python3.14 computes it where the host's differs (None, slices, tuples
    holding them, mapping proxies)."""
    if value is None:
        return NONE_HASH
    kind = value.__class__
    if kind is slice:
        return slice_hash(value)
    if kind is types.MappingProxyType:
        return mappingproxy_hash(value)
    return tuple_hash(value) if kind is tuple else hash(value)


def mappingproxy_hash(proxy: types.MappingProxyType) -> int:
    """Mirrors descrobject.c: mappingproxy_hash (its mapping's hash). The host keeps the
    mapping private: it is the proxy's one garbage-collector referent."""
    mapping, = gc.get_referents(proxy)
    return guest_hash(mapping)


def _xxhash(items: Any, length_term: int) -> int:
    """tuplehash's xxHash lanes over the items' hashes, plus length_term."""
    acc = _XXPRIME_5
    for item in items:
        acc = (acc + (guest_hash(item) & _MASK) * _XXPRIME_2) & _MASK
        acc = ((acc << 31) | (acc >> 33)) & _MASK
        acc = (acc * _XXPRIME_1) & _MASK
    acc = (acc + length_term) & _MASK
    if acc == _MASK:
        return 1546275796
    return acc - (1 << 64) if acc >= 1 << 63 else acc


def slice_hash(s: slice) -> int:
    """Mirrors sliceobject.c: slice_hash (tuplehash's lanes without the length term)."""
    return _xxhash((s.start, s.stop, s.step), 0)


def tuple_hash(t: tuple) -> int:
    """Mirrors tupleobject.c: tuplehash (the length mangled to keep hash(()) historical)."""
    return _xxhash(t, len(t) ^ (_XXPRIME_5 ^ 3527539))


def _none_compare(op: Callable) -> Callable:
    """object.c: none_richcompare is object's: identity for == and !=, else NotImplemented."""
    def compare(self: None, other: Any) -> Any:
        if op is operator.eq:
            return True if other is None else NotImplemented
        if op is operator.ne:
            return False if other is None else NotImplemented
        return NotImplemented
    return compare


def _type_error(message: str) -> None:
    from ..runtime.errors import raise_type_error
    raise_type_error(message)


def _is_real(value: Any) -> bool:
    from ..runtime.protocol import lookup_special
    from .typeobject import MISSING
    return isinstance(value, (int, float)) or any(
        lookup_special(value, name) is not MISSING for name in ("__float__", "__index__"))


def float_from_number(cls: Any, number: Any) -> Any:
    """Mirrors floatobject.c: float_from_number."""
    from .typeobject import HOST_TYPES, type_of
    if not _is_real(number):
        _type_error(f"must be real number, not {type_of(number).name}")
    result = float(number)
    return result if cls is HOST_TYPES[float] else cls(result)


def complex_from_number(cls: Any, number: Any) -> Any:
    """Mirrors complexobject.c: complex_from_number."""
    from ..runtime.protocol import lookup_special
    from .typeobject import HOST_TYPES, MISSING, type_of
    if not isinstance(number, complex) and not _is_real(number) and \
            lookup_special(number, "__complex__") is MISSING:
        _type_error(f"must be real number, not {type_of(number).name}")
    result = complex(number)
    return result if cls is HOST_TYPES[complex] else cls(result)


def bool_invert(self: bool) -> int:
    """boolobject.c: bool_invert: warns (runtime/core_warnings.py), then inverts the int."""
    from ..runtime.core_warnings import bool_invert as warned
    return ~warned(self)


def notimplemented_bool(self: Any) -> bool:
    """object.c: notimplemented_bool: NotImplemented has no truth value since 3.14 (a
    DeprecationWarning in 3.9-3.13, silently true on older hosts)."""
    _type_error("NotImplemented should not be used in a boolean context")


def truth(value: Any) -> bool:
    """object.c: PyObject_IsTrue, where it differs from the host's: NotImplemented."""
    if value is NotImplemented:
        notimplemented_bool(value)
    return bool(value)


def bytearray_resize(self: bytearray, size: Any) -> None:
    """Mirrors bytearrayobject.c: bytearray_resize_impl (new bytes are zeros)."""
    size = operator.index(size)
    if size < 0:
        from ..runtime.errors import raise_error
        raise_error("ValueError", f"Can only resize to positive sizes, got {size}")
    if size < len(self):
        del self[size:]
    else:
        self.extend(bytes(size - len(self)))


def buffer(self: Any, flags: Any) -> memoryview:
    """typeobject.c: wrap_buffer: __buffer__(flags) exports a memoryview."""
    operator.index(flags)
    return memoryview(self)


def release_buffer(self: Any, view: Any) -> None:
    """typeobject.c: wrap_releasebuffer: the argument must be a memoryview."""
    if not isinstance(view, memoryview):
        _type_error("expected a memoryview object")


def _one_dimensional(view: memoryview, name: str) -> None:
    if view.ndim != 1:
        from ..runtime.errors import raise_error
        raise_error("NotImplementedError", f"multi-dimensional {name} is not implemented")


def memoryview_count(view: memoryview, value: Any) -> int:
    """Mirrors memoryobject.c: memoryview_count."""
    _one_dimensional(view, "count")
    return sum(1 for item in view.tolist() if item is value or item == value)


def memoryview_index(view: memoryview, value: Any, start: Any = 0, stop: Any = sys.maxsize) -> int:
    """Mirrors memoryobject.c: memoryview_index_impl (start and stop clipped like a slice)."""
    _one_dimensional(view, "lookup")
    items = view.tolist()
    begin, end, _ = slice(operator.index(start), operator.index(stop)).indices(len(items))
    for i in range(begin, end):
        if items[i] is value or items[i] == value:
            return i
    from ..runtime.errors import raise_error
    raise_error("ValueError", "memoryview.index(x): x not found")


INSTANCE_METHODS: list[tuple[type, str, Callable]] = [
    (slice, "__hash__", slice_hash),
    (types.MappingProxyType, "__hash__", mappingproxy_hash),
    (type(None), "__hash__", lambda self: NONE_HASH),
    *((type(None), f"__{op.__name__}__", _none_compare(op))
      for op in (operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge)),
    (bool, "__invert__", bool_invert),
    (bytearray, "resize", bytearray_resize),
    *((host, "__buffer__", buffer) for host in (bytes, bytearray, memoryview)),
    *((host, "__release_buffer__", release_buffer) for host in (bytearray, memoryview)),
    (memoryview, "count", memoryview_count),
    (memoryview, "index", memoryview_index),
]
# methods an older host has with another behaviour: installed whatever the host has
CHANGED_METHODS: list[tuple[type, str, Callable]] = [
    (type(NotImplemented), "__bool__", notimplemented_bool),
]
CLASS_METHODS: list[tuple[type, str, Callable]] = [
    (float, "from_number", float_from_number),
    (complex, "from_number", complex_from_number),
    (memoryview, "_from_flags", lambda cls, obj, flags: memoryview(obj)),
    (memoryview, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item)),
]
