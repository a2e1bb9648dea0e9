"""The compiler's constant cache: one canonical object per distinct constant.

Mirrors _PyCode_ConstantKey (Objects/codeobject.c) and merge_consts_recursive /
_PyCompile_ConstCacheMergeOne (Python/compile.c). Two constants share a key exactly when
CPython would merge them: same type and same value, with 0.0 and -0.0 (and the signed zeros
of complex numbers) kept apart, True kept apart from 1, and tuples and frozensets compared
item by item through their items' keys, code objects by content as code_richcompare
compares them (a generator expression compiled twice for all()/any() is one constant). The
cache maps each key to the canonical object, so codegen, the flow graph and the assembler
hand out the same object for equal constants and can then compare constants by identity as
CPython does; a NaN is never merged (CPython's NaN constants are distinct objects). Unlike
CPython's keys, ours never hash the constant itself (a host slice is unhashable before Python
3.12); and since host tuples are immutable, merging a tuple builds a new one from the
canonical items instead of patching it in place.
"""
from __future__ import annotations

import math

from ..objects.code import Code
from .unit_metadata import NestedCodeStub

_OWN_KEY_TYPES = (int, str)  # exact types whose value is already a unique key


def constant_key(obj: object) -> object:
    """_PyCode_ConstantKey: the key under which `obj` is merged with equal constants."""
    kind = type(obj)
    if obj is None or obj is Ellipsis or kind in _OWN_KEY_TYPES:
        return obj
    if kind is bool or kind is bytes:
        return (kind, obj)
    if (kind is float or kind is complex) and obj != obj:
        # CPython's key tuples tell two NaN objects apart by identity, and each NaN constant
        # the compiler makes is a fresh object; a PyPy host cannot tell two NaNs with the same
        # bits apart, so every NaN gets a key of its own
        return (kind, obj, object())
    if kind is float:
        if obj == 0.0 and math.copysign(1.0, obj) < 0:
            return (kind, obj, None)
        return (kind, obj)
    if kind is complex:
        real_negzero = obj.real == 0.0 and math.copysign(1.0, obj.real) < 0
        imag_negzero = obj.imag == 0.0 and math.copysign(1.0, obj.imag) < 0
        return (kind, obj, real_negzero, imag_negzero)
    if kind is tuple:
        return (kind, tuple([constant_key(item) for item in obj]))
    if kind is frozenset:
        return (kind, frozenset([constant_key(item) for item in obj]))
    if kind is slice:
        return (kind, constant_key(obj.start), constant_key(obj.stop), constant_key(obj.step))
    if kind is Code:
        return (kind, obj.co_name, obj.co_argcount, obj.co_posonlyargcount,
                obj.co_kwonlyargcount, obj.co_flags, obj.co_firstlineno, obj.co_code,
                constant_key(obj.co_consts), obj.co_names, obj.co_localsplusnames,
                obj.co_linetable, obj.co_exceptiontable)
    if kind is NestedCodeStub:
        # codegen_only's stand-in for a nested code object: equal when its name, instructions
        # and constant keys are
        return (kind, obj.contents)
    return (object, id(obj))


def merge_constant(const_cache: dict, obj: object) -> object:
    """_PyCompile_ConstCacheMergeOne: the canonical object equal to `obj` (registering
    `obj`, with its items merged, when it is the first of its kind)."""
    return merge_keyed(const_cache, obj)[0]


def merge_keyed(const_cache: dict, obj: object) -> tuple[object, object]:
    """merge_constant that also returns the constant's key: the items of a tuple or frozenset
    are merged and keyed in one walk."""
    kind = type(obj)
    if kind is tuple:
        merged = [merge_keyed(const_cache, item) for item in obj]
        key = (kind, tuple([item_key for _, item_key in merged]))
        if key not in const_cache:
            const_cache[key] = tuple([item for item, _ in merged])
    elif kind is frozenset and obj:
        merged = [merge_keyed(const_cache, item) for item in obj]
        key = (kind, frozenset([item_key for _, item_key in merged]))
        if key not in const_cache:
            const_cache[key] = frozenset([item for item, _ in merged])
    else:
        key = constant_key(obj)
        if key not in const_cache:
            const_cache[key] = obj
    return const_cache[key], key
