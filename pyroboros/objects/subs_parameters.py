"""Substituting type parameters of a parameterized alias: `(T | None)[int]`.

Mirrors Objects/genericaliasobject.c (_Py_subs_parameters, _unpack_args, subs_tvars,
_is_unpacked_typevartuple, tuple_index) as Objects/unionobject.c: union_getitem uses it. Each
parameter's __typing_prepare_subst__ completes the arguments and its __typing_subst__ checks one
(TypeVar's and ParamSpec's call into the typing module); other arguments that have parameters of
their own are subscripted with theirs. Leaves out nothing of the C logic.
"""
from __future__ import annotations

from typing import Any

from ..runtime import errors, protocol
from .typeobject import MISSING, TypeObject
from .value_repr import value_repr


def _optional_attr(obj: Any, name: str) -> Any:
    """PyObject_GetOptionalAttr: the attribute, or None when it is missing."""
    value = protocol.getattr_or_missing(obj, name)
    return None if value is MISSING else value


def _unpack_args(item: Any) -> tuple:
    """genericaliasobject.c: _unpack_args: `*tuple[int, str]` spread into its members."""
    flat: list = []
    for arg in item if isinstance(item, tuple) else (item,):
        if not isinstance(arg, TypeObject):
            subargs = _optional_attr(arg, "__typing_unpacked_tuple_args__")
            if isinstance(subargs, tuple) and not (subargs and subargs[-1] is ...):
                flat.extend(subargs)
                continue
        flat.append(arg)
    return tuple(flat)


def _index(params: tuple, arg: Any) -> int:
    """genericaliasobject.c: tuple_index (by identity)."""
    return next((i for i, p in enumerate(params) if p is arg), -1)


def _subs_tvars(obj: Any, params: tuple, argitems: tuple) -> Any:
    """genericaliasobject.c: subs_tvars: obj[its parameters replaced by their arguments]."""
    subparams = _optional_attr(obj, "__parameters__")
    if not (isinstance(subparams, tuple) and subparams):
        return obj
    subargs: list = []
    for arg in subparams:
        i = _index(params, arg)
        if i >= 0:
            arg = argitems[i]
            if protocol.lookup_special(params[i], "__iter__") is not MISSING and isinstance(arg, tuple):
                subargs.extend(arg)   # a TypeVarTuple's arguments
                continue
        subargs.append(arg)
    return obj[tuple(subargs)]


def subs_parameters(alias: Any, args: tuple | list, params: tuple, item: Any) -> tuple:
    """Mirrors genericaliasobject.c: _Py_subs_parameters: alias's args with params replaced
    by the arguments of alias[item]."""
    if not params:
        errors.raise_type_error(f"{value_repr(alias)} is not a generic class")
    item = _unpack_args(item)
    for param in params:
        prepare = _optional_attr(param, "__typing_prepare_subst__")
        if prepare is not None:
            item = prepare(alias, item)
    argitems = item if isinstance(item, tuple) else (item,)
    if len(argitems) != len(params):
        errors.raise_type_error(f"Too {'many' if len(argitems) > len(params) else 'few'} arguments "
                                f"for {value_repr(alias)}; actual {len(argitems)}, expected {len(params)}")
    newargs: list = []
    for arg in args:
        if isinstance(arg, TypeObject):
            newargs.append(arg)
            continue
        if isinstance(arg, (tuple, list)):
            sub = subs_parameters(alias, arg, params, item)
            newargs.append(sub if isinstance(arg, tuple) else list(sub))
            continue
        unpack = bool(_optional_attr(arg, "__typing_is_unpacked_typevartuple__"))
        subst = _optional_attr(arg, "__typing_subst__")
        arg = subst(argitems[_index(params, arg)]) if subst is not None else _subs_tvars(arg, params, argitems)
        if unpack:
            newargs.extend(arg)
        else:
            newargs.append(arg)
    return tuple(newargs)
