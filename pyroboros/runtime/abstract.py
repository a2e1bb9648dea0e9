"""The errors of the number, sequence and mapping protocols, computed from the operand types.

Mirrors Objects/abstract.c (binop_type_error and the fallbacks of PyNumber_Add,
PyNumber_Multiply, their in-place forms and sequence_repeat; ternary_op's message;
PyNumber_Negative/Positive/Invert/Absolute; PyObject_GetItem/SetItem/DelItem) and
Objects/object.c: do_richcompare's message. The VM runs the host operator first; only when it
raises a host TypeError (or a subscript's IndexError) does it ask here for the guest exception,
so the guest reads 3.14's words whatever the host (PyPy words most of these differently). A guest exception (raised by a
guest dunder, or by the runtime on the guest's behalf) is passed through untouched, and so is a
host error raised inside a builtin slot that accepted the operands (a %-format's own error, a
list comparison's element error): that one is the slot's, not abstract.c's.
Left out: the buffer protocol's own errors, name truncation of the C '%.100s' formats.
"""
from __future__ import annotations

import math
import operator
import sys
from typing import Any, NoReturn

from ..objects.exceptions import ExcInstance
from ..objects.type_layout import is_heap
from ..objects.typeobject import MISSING, TypeObject, lookup, type_of
from .errors import new_exception
from .index_errors import (index_too_big, is_iterable, memoryview_write_error, sequence_error,
                           tp_name)

# BINARY_OP's host operators and the symbol abstract.c names each by (binary_op1's op_name).
BINARY_SYMBOLS = {
    operator.add: "+", operator.sub: "-", operator.mul: "*", operator.matmul: "@",
    operator.truediv: "/", operator.floordiv: "//", operator.mod: "%", operator.pow: "** or pow()",
    operator.lshift: "<<", operator.rshift: ">>", operator.and_: "&", operator.xor: "^",
    operator.or_: "|",
    operator.iadd: "+=", operator.isub: "-=", operator.imul: "*=", operator.imatmul: "@=",
    operator.itruediv: "/=", operator.ifloordiv: "//=", operator.imod: "%=", operator.ipow: "**=",
    operator.ilshift: "<<=", operator.irshift: ">>=", operator.iand: "&=", operator.ixor: "^=",
    operator.ior: "|=",
}
COMPARE_SYMBOLS = {operator.lt: "<", operator.le: "<=", operator.gt: ">", operator.ge: ">="}

# Host builtins whose slots this module models: each either accepts an operand pair or returns
# NotImplemented, and the few that accept and can still raise a TypeError are named below.
_MODELLED = frozenset({int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
                       frozenset, range, type(None), memoryview, slice, type(NotImplemented),
                       type(Ellipsis)})
# Builtins with a tp_as_sequence table (heap types always have one), and those of them with
# sq_concat and sq_repeat (the same five).
_HAS_SEQUENCE = frozenset({str, bytes, bytearray, list, tuple, range, dict, set, frozenset,
                           memoryview})
_CONCAT = (str, bytes, bytearray, list, tuple)
_FORMATTERS = (str, bytes, bytearray)   # their nb_remainder formats any right operand


def host_base(t: TypeObject) -> Any:
    """The host builtin whose C slots t inherits (None for a type made only of guest code)."""
    for base in t.mro:
        if base.host is not None:
            return base.host
    return None


def _modelled(t: TypeObject) -> bool:
    base = host_base(t)
    return base is None or base in _MODELLED or base.__module__.startswith("pyroboros.")


def _has_slot(t: TypeObject, name: str) -> bool:
    return lookup(t, name) not in (MISSING, None)


def _sequence_kind(t: TypeObject, kinds: tuple) -> Any:
    base = host_base(t)
    return base if base in kinds else None


def _has_sequence(t: TypeObject) -> bool:
    return is_heap(t) or host_base(t) in _HAS_SEQUENCE


def binop_message(symbol: str, v: Any, w: Any) -> str:
    """abstract.c: binop_type_error."""
    return (f"unsupported operand type(s) for {symbol}: '{tp_name(type_of(v))}' and "
            f"'{tp_name(type_of(w))}'")


def binary_error(exc: BaseException, op: Any, v: Any, w: Any) -> BaseException:
    """The guest exception for a host TypeError of `v op w` (op one of BINARY_SYMBOLS)."""
    if isinstance(exc, ExcInstance):
        return exc
    tv, tw = type_of(v), type_of(w)
    if not (_modelled(tv) and _modelled(tw)):
        return exc
    symbol = BINARY_SYMBOLS[op]
    inplace = symbol.endswith("=")
    if symbol in ("%", "%=") and host_base(tv) in _FORMATTERS:
        return exc
    if symbol in ("+", "+="):
        message = _concat_error(tv, tw, v, w, inplace)
    elif symbol in ("*", "*="):
        message = _repeat_error(tv, tw, v, w, inplace)
    elif symbol == "|=" and host_base(tv) is dict:
        message = _dict_update_error(exc, w)
    else:
        message = binop_message(symbol, v, w)
    if message is None:
        return exc
    return new_exception("TypeError", message)


def _concat_error(tv: TypeObject, tw: TypeObject, v: Any, w: Any, inplace: bool) -> str | None:
    """PyNumber_Add / PyNumber_InPlaceAdd after binary_op1: the left operand's sq_concat (its
    sq_inplace_concat in place: list.extend for a list, bytearray_iconcat words as concat)."""
    kind = _sequence_kind(tv, _CONCAT)
    if kind is None:
        return binop_message("+=" if inplace else "+", v, w)
    if inplace and kind is list:
        return None if is_iterable(w) else f"'{tp_name(tw)}' object is not iterable"
    if kind is str or kind is list or kind is tuple:
        return f'can only concatenate {kind.__name__} (not "{tp_name(tw)}") to {kind.__name__}'
    if isinstance(w, (bytes, bytearray, memoryview)):
        return None
    return f"can't concat {tp_name(tw)} to {tp_name(tv)}"


def _repeat_error(tv: TypeObject, tw: TypeObject, v: Any, w: Any, inplace: bool) -> str | None:
    """PyNumber_Multiply / PyNumber_InPlaceMultiply after binary_op1: a sequence's sq_repeat
    (the right operand's only when the left has no sequence table at all, in place)."""
    if _sequence_kind(tv, _CONCAT) is not None:
        return _sequence_repeat(tw)
    if not (inplace and _has_sequence(tv)) and _sequence_kind(tw, _CONCAT) is not None:
        return _sequence_repeat(tv)
    return binop_message("*=" if inplace else "*", v, w)


def _sequence_repeat(count_type: TypeObject) -> str | None:
    """abstract.c: sequence_repeat: an __index__ operand's own conversion error stands."""
    if _has_slot(count_type, "__index__"):
        return None
    return f"can't multiply sequence by non-int of type '{tp_name(count_type)}'"


def _dict_update_error(exc: BaseException, w: Any) -> str | None:
    """dict_ior is dict.update (dictobject.c: dict_update_arg, PyDict_MergeFromSeq2): the
    operand's iteration error, or 3.14's words for an element that is not a sequence."""
    tw = type_of(w)
    if not is_iterable(w) and not _has_slot(tw, "keys"):
        return f"'{tp_name(tw)}' object is not iterable"
    message = str(exc)
    if message.endswith(" object is not iterable"):   # an element's: PyPy names its type
        return "object is not iterable"
    return None


def power_error(exc: BaseException, v: Any, w: Any, z: Any) -> BaseException:
    """The guest exception for a host TypeError of pow(v, w, z) (abstract.c: ternary_op): the
    first numeric slot that takes the operands (v's, w's, then z's) refuses a modulus."""
    if z is None:
        return binary_error(exc, operator.pow, v, w)
    if isinstance(exc, ExcInstance):
        return exc
    tv, tw, tz = type_of(v), type_of(w), type_of(z)
    if not (_modelled(tv) and _modelled(tw) and _modelled(tz)):
        return exc
    order = [tv] if tw is tv else [tw, tv] if tv in tw.mro else [tv, tw]
    if tz is not tv and tz is not tw:
        order.append(tz)
    # float_pow refuses a modulus before looking at its operands; complex_pow after taking
    # int, float or complex ones
    operands = {_number(host_base(tv)), _number(host_base(tw))}
    for t in order:
        slot = _number_kind(t)
        if slot is float:
            return new_exception("TypeError", "pow() 3rd argument not allowed unless all arguments "
                                              "are integers")
        if slot is complex and operands <= {int, float, complex}:
            return new_exception("ValueError", "complex modulo")
    return new_exception("TypeError", "unsupported operand type(s) for ** or pow(): "
                                      f"'{tp_name(tv)}', '{tp_name(tw)}', '{tp_name(tz)}'")


def _number(host: Any) -> Any:
    return int if host is bool else host if host in (int, float, complex) else None


def _number_kind(t: TypeObject) -> Any:
    """int, float or complex: the builtin number whose nb_power t uses; None for another slot
    (a guest __pow__ has already declined by the time an error is computed)."""
    for base in t.mro:
        if base.host is not None:
            return _number(base.host)
        if "__pow__" in base.dict or "__rpow__" in base.dict:
            return None
    return None


def divmod_error(exc: BaseException, v: Any, w: Any) -> BaseException:
    """PyNumber_Divmod: binary_op's "divmod()" message."""
    if isinstance(exc, ExcInstance) or not (_modelled(type_of(v)) and _modelled(type_of(w))):
        return exc
    return new_exception("TypeError", binop_message("divmod()", v, w))


def unary_error(exc: BaseException, symbol: str, v: Any) -> BaseException:
    """PyNumber_Negative/Positive/Invert ("unary -") and PyNumber_Absolute ("abs()")."""
    if isinstance(exc, ExcInstance) or not _modelled(type_of(v)):
        return exc
    return new_exception("TypeError", f"bad operand type for {symbol}: '{tp_name(type_of(v))}'")


def compare_error(exc: BaseException, op: Any, v: Any, w: Any) -> BaseException:
    """object.c: do_richcompare's message when neither operand implements the comparison; a
    list or tuple comparison's error is its elements'."""
    if isinstance(exc, ExcInstance) or op not in COMPARE_SYMBOLS:
        return exc
    tv, tw = type_of(v), type_of(w)
    if not (_modelled(tv) and _modelled(tw)):
        return exc
    base = host_base(tv)
    if base in (list, tuple) and host_base(tw) is base:
        return exc
    return new_exception("TypeError", f"'{COMPARE_SYMBOLS[op]}' not supported between instances of "
                                      f"'{tp_name(tv)}' and '{tp_name(tw)}'")


def subscript_error(exc: BaseException, container: Any, key: Any, what: str,
                    value: Any = MISSING) -> BaseException:
    """PyObject_GetItem / SetItem / DelItem (what: "getitem", "setitem", "delitem") when the
    container has no such slot at all; a builtin sequence's own message when it has
    (runtime/index_errors.py). A type with a sequence table converts an int key first
    (PyNumber_AsSsize_t's IndexError) and then fails in PySequence_DelItem, which words it
    "doesn't"."""
    if isinstance(exc, ExcInstance):
        return exc
    t = type_of(container)
    if not _modelled(t):
        return exc
    if what != "getitem" and isinstance(container, memoryview):
        error = memoryview_write_error(container, what)
        if error is not None:
            return error
    if _has_slot(t, f"__{what}__"):
        return sequence_error(exc, host_base(t), key, value, what)
    if what != "getitem" and _has_sequence(t) and _has_slot(type_of(key), "__index__"):
        if index_too_big(key):
            return new_exception("IndexError", "cannot fit 'int' into an index-sized integer")
        if not isinstance(exc, TypeError):
            return exc
        if what == "delitem":
            return new_exception("TypeError", f"'{tp_name(t)}' object doesn't support item deletion")
    if what == "getitem":
        if isinstance(container, TypeObject):
            return new_exception("TypeError", f"type '{container.name}' is not subscriptable")
        return new_exception("TypeError", f"'{tp_name(t)}' object is not subscriptable")
    if what == "setitem":
        return new_exception("TypeError", f"'{tp_name(t)}' object does not support item assignment")
    return new_exception("TypeError", f"'{tp_name(t)}' object does not support item deletion")


def fail(exc: BaseException, error: BaseException) -> NoReturn:
    """Raise a cold path's verdict: the original exception as it is, or its rewording."""
    if error is exc:
        raise exc
    raise error from None


# The number builtins, called with their arguments checked (modules/builtins.py); the host
# computes, and its TypeError is reworded here.
def builtin_abs(x: Any) -> Any:
    """bltinmodule.c: builtin_abs (PyNumber_Absolute)."""
    try:
        return abs(x)
    except TypeError as exc:
        fail(exc, unary_error(exc, "abs()", x))


def builtin_divmod(x: Any, y: Any) -> Any:
    """bltinmodule.c: builtin_divmod (PyNumber_Divmod)."""
    try:
        return divmod(x, y)
    except TypeError as exc:
        fail(exc, divmod_error(exc, x, y))


def builtin_pow(base: Any, exp: Any, mod: Any = None) -> Any:
    """bltinmodule.c: builtin_pow_impl (PyNumber_Power)."""
    try:
        return pow(base, exp, mod)
    except TypeError as exc:
        fail(exc, power_error(exc, base, exp, mod))


NUMBER_BUILTINS = {"abs": builtin_abs, "divmod": builtin_divmod, "pow": builtin_pow}


# The host operators PyPy computes differently from CPython on host values, replaced in
# BINARY_OP's table (vm/ops.py) on PyPy only: CPython's own results need no check.
_REALS = (int, float, bool)


def power(v: Any, w: Any) -> Any:
    """floatobject.c: float_pow: a finite base and exponent whose power overflows raise errno's
    ERANGE as OverflowError (PyPy's host returns inf for a small integer exponent)."""
    result = v ** w
    if result.__class__ is float and math.isinf(result) and v.__class__ in _REALS \
            and w.__class__ in _REALS and math.isfinite(v) and math.isfinite(w):
        raise OverflowError(34, "Numerical result out of range")
    return result


def inplace_power(v: Any, w: Any) -> Any:
    """PyNumber_InPlacePower: the numbers have no nb_inplace_power, so this is power()."""
    if v.__class__ in _REALS:
        return power(v, w)
    return operator.ipow(v, w)


def inplace_multiply(v: Any, w: Any) -> Any:
    """PyNumber_InPlaceMultiply: once binary_iop1 declined, the left operand's sq_repeat, and the
    right one's only when the left has no sequence table at all (a heap type always has one).
    PyPy's host lets a builtin sequence's __rmul__ repeat itself for any left operand, so for a
    left operand that has a table without sq_repeat only its own number slots are tried."""
    if w.__class__ in _CONCAT and not isinstance(v, _CONCAT):
        tv = type_of(v)
        if _has_sequence(tv) and _sequence_kind(tv, _CONCAT) is None:
            for name in ("__imul__", "__mul__"):
                method = getattr(type(v), name, None)
                if method is not None:
                    result = method(v, w)
                    if result is not NotImplemented:
                        return result
            raise TypeError("*=")   # reworded by binary_error
    return operator.imul(v, w)


BINARY_SYMBOLS.update({power: "** or pow()", inplace_power: "**=", inplace_multiply: "*="})
PYPY_OPERATORS = {operator.pow: power, operator.ipow: inplace_power, operator.imul: inplace_multiply}
HOST_IS_PYPY = sys.implementation.name == "pypy"
