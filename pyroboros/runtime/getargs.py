"""Argument checking for builtin functions, with CPython 3.14's messages.

Mirrors the calling conventions of Objects/methodobject.c (METH_NOARGS, METH_O and
METH_FASTCALL's "takes no keyword arguments", checked before the count) and Python/getargs.c:
_PyArg_CheckPositional ("divmod expected 2 arguments, got 1") and the argument clinic's
_PyArg_UnpackKeywords ("pow() takes at most 3 arguments (4 given)", "missing required argument
'exp' (pos 2)", "given by name ('number') and position (1)", error_unexpected_keyword_arg with
its "Did you mean" suggestion). Left out: the clinic's type converters (each builtin converts
its own arguments).
"""
from __future__ import annotations

import operator
from typing import Any, Callable, NamedTuple

from ..objects.typeobject import MISSING, type_of
from .errors import raise_error, raise_type_error
from .suggestions import best_match


def no_keywords(name: str, kwargs: dict) -> None:
    """Mirrors getargs.c: _PyArg_NoKwnames."""
    if kwargs:
        raise_type_error(f"{name}() takes no keyword arguments")


def check_noargs(name: str, args: tuple, kwargs: dict) -> None:
    """Mirrors methodobject.c: cfunction_vectorcall_NOARGS."""
    no_keywords(name, kwargs)
    if args:
        raise_type_error(f"{name}() takes no arguments ({len(args)} given)")


def check_one(name: str, args: tuple, kwargs: dict) -> None:
    """Mirrors methodobject.c: cfunction_vectorcall_O."""
    no_keywords(name, kwargs)
    if len(args) != 1:
        raise_type_error(f"{name}() takes exactly one argument ({len(args)} given)")


def check_positional(name: str, args: tuple, kwargs: dict, least: int, most: int) -> None:
    """Mirrors getargs.c: _PyArg_CheckPositional, after METH_FASTCALL's keyword check."""
    no_keywords(name, kwargs)
    count = len(args)
    if least <= count <= most:
        return
    expected = least if count < least else most
    bound = "" if least == most else "at least " if count < least else "at most "
    raise_type_error(f"{name} expected {bound}{expected} argument{'s' if expected != 1 else ''}, "
                     f"got {count}")


def unexpected_keyword(name: str, wrong: str, keywords: tuple[str, ...]) -> None:
    """Mirrors getargs.c: error_unexpected_keyword_arg."""
    message = f"{name}() got an unexpected keyword argument '{wrong}'"
    suggestion = best_match(list(keywords), wrong)
    raise_type_error(f"{message}. Did you mean '{suggestion}'?" if suggestion else message)


class Signature(NamedTuple):
    """An argument clinic signature: params (the last len(defaults) have defaults), the
    first `posonly` positional-only, those from `maxpos` on keyword-only; `varpos` when a
    *args parameter takes the positional arguments (they are not given to unpack)."""

    name: str
    params: tuple[str, ...]
    defaults: tuple
    posonly: int
    maxpos: int
    varpos: bool = False

    def unpack(self, args: tuple, kwargs: dict) -> list:
        """Mirrors getargs.c: _PyArg_UnpackKeywords: every parameter's value, in order."""
        name, params = self.name, self.params
        maxargs = len(params)
        minpos = min(maxargs - len(self.defaults), self.maxpos)
        nargs, nkwargs = len(args), len(kwargs)
        if nargs + nkwargs > maxargs and not self.varpos:
            raise_type_error(f"{name}() takes at most {maxargs} {'keyword ' if nargs == 0 else ''}"
                             f"argument{'s' if maxargs != 1 else ''} ({nargs + nkwargs} given)")
        if nargs > self.maxpos:
            if self.maxpos == 0:
                raise_type_error(f"{name}() takes no positional arguments")
            raise_type_error(f"{name}() takes {'at most' if minpos < self.maxpos else 'exactly'} "
                             f"{self.maxpos} positional argument{'s' if self.maxpos != 1 else ''} "
                             f"({nargs} given)")
        minposonly = min(self.posonly, minpos)
        if nargs < minposonly:
            raise_type_error(f"{name}() takes {'at least' if minposonly < self.maxpos else 'exactly'} "
                             f"{minposonly} positional argument{'s' if minposonly != 1 else ''} "
                             f"({nargs} given)")
        values = list(args)
        remaining = nkwargs
        first_default = maxargs - len(self.defaults)
        for i in range(max(nargs, self.posonly), maxargs):
            value = kwargs.get(params[i], MISSING) if remaining else MISSING
            if value is not MISSING:
                remaining -= 1
            elif i < minpos:
                raise_type_error(f"{name}() missing required argument '{params[i]}' (pos {i + 1})")
            values.append(value)
        if remaining:
            for i in range(self.posonly, nargs):
                if params[i] in kwargs:
                    raise_type_error(f"argument for {name}() given by name ('{params[i]}') and "
                                     f"position ({i + 1})")
            keywords = params[self.posonly:]
            unexpected_keyword(name, next(k for k in kwargs if k not in keywords), keywords)
        while len(values) < self.posonly:
            values.append(MISSING)
        return [self.defaults[i - first_default] if value is MISSING else value
                for i, value in enumerate(values)]

    def wrap(self, fn: Callable) -> Callable:
        """fn called with every parameter positionally, after CPython's checks."""
        def checked(*args: Any, **kwargs: Any) -> Any:
            return fn(*self.unpack(args, kwargs))
        return _described(checked, fn)


def checked_noargs(name: str, fn: Callable) -> Callable:
    def checked(*args: Any, **kwargs: Any) -> Any:
        check_noargs(name, args, kwargs)
        return fn()
    return _described(checked, fn)


def checked_one(name: str, fn: Callable) -> Callable:
    def checked(*args: Any, **kwargs: Any) -> Any:
        check_one(name, args, kwargs)
        return fn(args[0])
    return _described(checked, fn)


def checked_positional(name: str, fn: Callable, least: int, most: int) -> Callable:
    def checked(*args: Any, **kwargs: Any) -> Any:
        check_positional(name, args, kwargs, least, most)
        return fn(*args)
    return _described(checked, fn)


def _described(checked: Callable, fn: Callable) -> Callable:
    """checked, named as fn and wrapping it (functools.wraps' __wrapped__: a host builtin's
    documentation is found through it)."""
    checked.__name__ = checked.__qualname__ = fn.__name__
    checked.__wrapped__ = fn
    return checked


def as_c_int(value: Any) -> int:
    """Mirrors the clinic's `int` converter (PyLong_AsInt of PyNumber_Index)."""
    value = operator.index(value)
    if not -(1 << 31) <= value < (1 << 31):
        raise_error("OverflowError", "Python int too large to convert to C int")
    return value


def as_str(name: str, argument: str, value: Any) -> str:
    """Mirrors the clinic's `str` converter (a str without embedded null characters)."""
    if not isinstance(value, str):
        raise_type_error(f"{name}() argument '{argument}' must be str, not {type_of(value).name}")
    if "\0" in value:
        raise_error("ValueError", "embedded null character")
    return value
