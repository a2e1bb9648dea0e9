"""BaseExceptionGroup and ExceptionGroup, and the matching behind `except*`.

Mirrors Objects/exceptions.c (BaseExceptionGroup_new's validation and its choice of
ExceptionGroup, __str__, derive, split and subgroup with exceptiongroup_split_recursive and the
metadata copied onto each part) and Python/ceval.c (_PyEval_ExceptionGroupMatch for
CHECK_EG_MATCH, _PyExc_PrepReraiseStar for INTRINSIC_PREP_RERAISE_STAR).
"""
from __future__ import annotations

from typing import Any

from ..runtime import protocol
from ..runtime.errors import GUEST_EXCEPTIONS, new_exception, raise_type_error, raise_error
from .exceptions import ExcInstance
from .typeobject import MISSING, TypeObject, type_of


def _is_group(exc: Any) -> bool:
    return isinstance(exc, ExcInstance) and GUEST_EXCEPTIONS["BaseExceptionGroup"] in type_of(exc).mro


def group_new(cls: TypeObject, /, *args: Any, **kwargs: Any) -> ExcInstance:
    """Mirrors exceptions.c: BaseExceptionGroup_new."""
    if kwargs:
        raise_type_error(f"{cls.name}() takes no keyword arguments")
    if len(args) != 2:
        raise_type_error(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
    message, excs = args
    if not isinstance(message, str):
        raise_type_error(f"BaseExceptionGroup.__new__() argument 1 must be str, not "
                         f"{type_of(message).name}")
    if isinstance(excs, (str, bytes, dict, set, frozenset)) or \
            protocol.lookup_special(excs, "__getitem__") is MISSING or \
            protocol.lookup_special(excs, "__len__") is MISSING:
        raise_type_error("second argument (exceptions) must be a sequence")
    items = tuple(excs)
    if not items:
        raise_error("ValueError", "second argument (exceptions) must be a non-empty sequence")
    exception = GUEST_EXCEPTIONS["Exception"]
    all_exceptions = True
    for i, item in enumerate(items):
        if not isinstance(item, ExcInstance):
            raise_error("ValueError", f"Item {i} of second argument (exceptions) is not an exception")
        if exception not in type_of(item).mro:
            all_exceptions = False
    base_group = GUEST_EXCEPTIONS["BaseExceptionGroup"]
    if cls is base_group:
        if all_exceptions:
            cls = GUEST_EXCEPTIONS["ExceptionGroup"]
    elif exception in cls.mro and not all_exceptions:
        raise_type_error(f"Cannot nest BaseExceptions in an {cls.name}")
    exc = new_exception(cls, message, excs)
    exc.dict["message"] = message
    exc.dict["exceptions"] = items
    return exc


def group_init(exc: ExcInstance, *args: Any, **kwargs: Any) -> None:
    """BaseExceptionGroup.__init__ accepts what __new__ accepted."""


def group_str(exc: ExcInstance) -> str:
    n = len(exc.dict["exceptions"])
    return f"{exc.dict['message']} ({n} sub-exception{'s' if n > 1 else ''})"


def group_repr(exc: ExcInstance) -> str:
    return f"{type_of(exc).name}({exc.dict['message']!r}, {exc.g_args[1]!r})"


def derive(exc: ExcInstance, excs: Any) -> Any:
    return group_new(GUEST_EXCEPTIONS["BaseExceptionGroup"], exc.dict["message"], excs)


def _matcher(condition: Any) -> Any:
    base = GUEST_EXCEPTIONS["BaseException"]
    if isinstance(condition, TypeObject) and base in condition.mro:
        return lambda e: condition in type_of(e).mro
    if isinstance(condition, tuple) and all(isinstance(c, TypeObject) and base in c.mro
                                            for c in condition):
        return lambda e: any(c in type_of(e).mro for c in condition)
    if not isinstance(condition, TypeObject) and protocol.lookup_special(condition, "__call__") \
            is not MISSING:
        return lambda e: bool(condition(e))
    raise_type_error("expected an exception type, a tuple of exception types, or a callable "
                     "(other than a class)")


def _copy_metadata(source: ExcInstance, target: Any) -> None:
    target.g_tb = source.g_tb
    target.g_cause = source.g_cause
    target.g_context = source.g_context
    target.g_suppress = source.g_suppress
    notes = source.dict.get("__notes__", MISSING)
    if notes is not MISSING:
        target.dict["__notes__"] = list(notes) if isinstance(notes, list) else notes


def _split(exc: ExcInstance, match: Any, want_rest: bool) -> tuple[Any, Any]:
    """Mirrors exceptions.c: exceptiongroup_split_recursive."""
    if match(exc):
        return exc, None
    if not _is_group(exc):
        return None, exc
    matched, rest = [], []
    for sub in exc.dict["exceptions"]:
        m, r = _split(sub, match, want_rest)
        if m is not None:
            matched.append(m)
        if want_rest and r is not None:
            rest.append(r)
    parts = []
    for items in (matched, rest):
        if not items:
            parts.append(None)
            continue
        derived = protocol.call_method(exc, "derive", items)
        if not _is_group(derived):
            raise_type_error("derive must return an instance of BaseExceptionGroup")
        _copy_metadata(exc, derived)
        parts.append(derived)
    return parts[0], parts[1]


def split(exc: ExcInstance, condition: Any) -> tuple:
    return _split(exc, _matcher(condition), True)


def subgroup(exc: ExcInstance, condition: Any) -> Any:
    return _split(exc, _matcher(condition), False)[0]


def except_star_match(exc: Any, match_type: Any) -> tuple[Any, Any]:
    """Mirrors ceval.c: _PyEval_ExceptionGroupMatch: (rest, match) for CHECK_EG_MATCH."""
    group = GUEST_EXCEPTIONS["BaseExceptionGroup"]
    items = match_type if isinstance(match_type, tuple) else (match_type,)
    for item in items:
        if isinstance(item, TypeObject) and group in item.mro:
            raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.")
    if exc is None:
        return None, None
    if protocol.isinstance_(exc, match_type):
        if _is_group(exc):
            return None, exc
        wrapped = group_new(group, "", (exc,))
        wrapped.g_tb = exc.g_tb
        return None, wrapped
    if _is_group(exc):
        match, rest = split(exc, match_type)
        return rest, match
    return exc, None


def _leaf_ids(exc: Any, into: set) -> set:
    if _is_group(exc):
        for sub in exc.dict["exceptions"]:
            _leaf_ids(sub, into)
    else:
        into.add(id(exc))
    return into


def prep_reraise_star(orig: Any, excs: list) -> Any:
    """Mirrors exceptions.c: _PyExc_PrepReraiseStar: what an except* statement re-raises."""
    if not _is_group(orig):
        return excs[0] if excs else None
    raised, reraised = [], []
    for e in excs:
        if e is None:
            continue
        same = e.g_tb is orig.g_tb and e.g_cause is orig.g_cause and e.g_context is orig.g_context
        (reraised if same else raised).append(e)
    keep: set = set()
    for e in reraised:
        _leaf_ids(e, keep)
    reraised_group = _split(orig, lambda e: not _is_group(e) and id(e) in keep, False)[0] \
        if keep else None
    if not raised:
        return reraised_group
    result = raised + ([reraised_group] if reraised_group is not None else [])
    if len(result) == 1:
        return result[0]
    return group_new(GUEST_EXCEPTIONS["BaseExceptionGroup"], "", result)
