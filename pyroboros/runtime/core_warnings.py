"""The warnings the interpreter core itself emits for builtins-only programs.

Mirrors the PyErr_WarnEx/PyErr_WarnFormat calls of Objects/boolobject.c (bool_invert: `~` on
a bool), Objects/abstract.c (PyNumber_Long/_PyNumber_Index/PyNumber_Float: `__int__`,
`__index__` and `__float__` returning a strict subclass), Objects/complexobject.c
(try_complex_special_method, and complex_new_impl's complex number as a part) and
Objects/genobject.c (_PyErr_WarnUnawaitedCoroutine, as warnings._warn_unawaited_coroutine
words it, and _PyErr_WarnUnawaitedAgenMethod). Each goes through runtime/warnings.py, so the
guest's filters decide. Left out: BytesWarning (-b), ResourceWarning (no files or sockets),
EncodingWarning.
"""
from __future__ import annotations

import sys as _host_sys
from typing import Any

from ..objects.exceptions import ExcInstance
from ..objects.typeobject import type_of
from . import protocol
from .importer import INTERP
from .warnings import warn_core

BOOL_INVERT = ("Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. "
               "This returns the bitwise inversion of the underlying int object and is usually "
               "not what you expect from negating a bool. Use the 'not' operator for boolean "
               "negation or ~int(x) if you really want the bitwise inversion of the underlying int.")


def bool_invert(value: bool) -> int:
    """boolobject.c: bool_invert's DeprecationWarning; the int to invert instead."""
    warn_core("DeprecationWarning", BOOL_INVERT)
    return int(value)


def strict_subclass_returned(result: Any, exact: type, slot: str, owner: Any = None) -> Any:
    """abstract.c/complexobject.c: a conversion slot returned an instance of a strict subclass
    of `exact`: deprecated, and the value is converted to `exact`. `owner` is the type whose
    method it was, when the message names it (float's does)."""
    if result.__class__ is exact or not isinstance(result, exact):
        return result
    kind = exact.__name__
    where = f"{type_of(owner).name}.{slot}" if owner is not None else slot
    warn_core("DeprecationWarning",
              f"{where} returned non-{kind} (type {type_of(result).name}).  The ability to return "
              f"an instance of a strict subclass of {kind} is deprecated, and may be removed in a "
              f"future version of Python.")
    # the value itself (_PyLong_Copy, PyFloat_AS_DOUBLE): never the subclass's own dunders
    return getattr(exact, f"__{kind}__")(result)


def complex_arguments(real: Any, imag: Any) -> None:
    """complexobject.c: complex_new_impl's DeprecationWarnings for a complex number as the real
    or the imaginary part (complex(x) alone converts x as a whole and does not warn)."""
    for name, value in (("real", real), ("imag", imag)):
        if isinstance(value, complex):
            warn_core("DeprecationWarning", f"complex() argument '{name}' must be a real number, "
                                            f"not {type_of(value).name}")


def unawaited_coroutine(coro: Any) -> None:
    """genobject.c: _PyErr_WarnUnawaitedCoroutine, shown with warnings.py's tracemalloc hint
    (the coroutine is the warning's `source`)."""
    _finalizer_warning(f"coroutine '{coro.qualname}' was never awaited", coro,
                       f"Exception ignored while finalizing coroutine {coro!r}")


def unawaited_agen_method(agen: Any, method: str) -> None:
    """genobject.c: _PyErr_WarnUnawaitedAgenMethod, for an asend()/athrow()/aclose()
    awaitable dropped before it was awaited."""
    _finalizer_warning(f"coroutine method {method!r} of {agen.qualname!r} was never awaited",
                       agen, f"Exception ignored in: {agen!r}")


def _finalizer_warning(text: str, source: Any, unraisable: str) -> None:
    """A RuntimeWarning from a finalizer, which cannot raise: a warning turned error is
    reported as unraisable (PyErr_WriteUnraisable)."""
    try:
        warn_core("RuntimeWarning", text, 1, source)
    except ExcInstance as exc:
        from .traceback import format_exception
        stderr = INTERP.setting("stderr", _host_sys.stderr)
        if stderr is not None:
            protocol.call_method(stderr, "write",
                                 f"{unraisable}:\n" + "".join(format_exception(exc)))
