"""code.__new__: building a code object from its sixteen to eighteen parts.

Mirrors Objects/codeobject.c: code_new_impl with its argument clinic (positional only, `int`,
`bytes`, `tuple` and `str` converters) and validate_and_copy_tuple, then
PyCode_NewWithPosOnlyArgs (Code.from_fields, shared with code.replace()). Left out: the
sys.audit("code.__new__") event (pyroboros raises no audit events).
"""
from __future__ import annotations

from typing import Any

from ..runtime.errors import raise_error, raise_type_error
from ..runtime.getargs import as_c_int, check_positional
from .code import Code
from .typeobject import type_of

# code_new's parameters in order: the field each fills and its clinic converter
_PARAMETERS = (
    ("co_argcount", int), ("co_posonlyargcount", int), ("co_kwonlyargcount", int),
    ("co_nlocals", int), ("co_stacksize", int), ("co_flags", int), ("co_code", bytes),
    ("co_consts", tuple), ("co_names", tuple), ("co_varnames", tuple), ("co_filename", str),
    ("co_name", str), ("co_qualname", str), ("co_firstlineno", int), ("co_linetable", bytes),
    ("co_exceptiontable", bytes), ("co_freevars", tuple), ("co_cellvars", tuple),
)
_NON_NEGATIVE = ("argcount", "posonlyargcount", "kwonlyargcount", "nlocals")


def code_new(args: tuple, kwargs: dict) -> Code:
    """Mirrors codeobject.c: code_new (the clinic) and code_new_impl."""
    check_positional("code", args, kwargs, 16, 18)
    fields: dict[str, Any] = {"co_freevars": (), "co_cellvars": ()}
    for position, ((field, kind), value) in enumerate(zip(_PARAMETERS, args), 1):
        if kind is int:
            value = as_c_int(value)
        elif not isinstance(value, kind):
            raise_type_error(f"code() argument {position} must be {kind.__name__}, "
                             f"not {type_of(value).name}")
        fields[field] = value
    for name in _NON_NEGATIVE:
        if fields[f"co_{name}"] < 0:
            raise_error("ValueError", f"code: {name} must not be negative")
    for field in ("co_names", "co_varnames", "co_freevars", "co_cellvars"):
        fields[field] = _validate_and_copy_tuple(fields[field])
    return Code.from_fields(fields)


def _validate_and_copy_tuple(names: tuple) -> tuple:
    """codeobject.c: validate_and_copy_tuple (exact strings, subclasses copied to str)."""
    for item in names:
        if not isinstance(item, str):
            raise_type_error(f"name tuples must contain only strings, not '{type_of(item).name}'")
    return tuple(str.__str__(item) for item in names)
