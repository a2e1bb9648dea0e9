"""Argument errors of builtins implemented by host adapters, worded with the builtin's name.

A builtin whose host implementation is a lambda or a nested function would otherwise report a
bad call in the host's words, naming the interpreter's own code
("_exception_groups.<locals>.<lambda>() got an unexpected keyword argument 'x'"). Mirrors
the wording of getargs.c (_PyArg_NoKeywords: "X() takes no keyword arguments") and
methodobject.c for those errors; the positional-count texts keep the host's phrasing under the
builtin's name. Left out: the exact METH_O/METH_NOARGS count texts, which need each builtin's
calling convention.
"""
from __future__ import annotations

import re
from typing import Any

_HOST_BINDING = re.compile(r"([\w.<>]+)\(\) (got an unexpected keyword argument|got multiple values "
                           r"for argument|got some positional-only arguments passed as keyword "
                           r"arguments|takes |missing )(.*)", re.S)


def reworded(exc: TypeError, fn: Any, name: str) -> Any:
    """The guest TypeError for a host binding error of fn's adapter, or None to re-raise exc."""
    from .exceptions import ExcInstance
    if isinstance(exc, ExcInstance):
        return None
    match = _HOST_BINDING.fullmatch(str(exc))
    if match is None:
        return None
    host_name, kind, rest = match.groups()
    if "<" not in host_name and host_name != getattr(fn, "__qualname__", None):
        return None   # the host's own builtin, already named as CPython names it
    if host_name == name:
        return None
    from ..runtime.errors import new_exception
    if name.endswith((".__init__", ".__new__")):   # a constructor speaks as its type: "X()"
        name = name.rpartition(".")[0]
    if kind.startswith("got"):
        return new_exception("TypeError", f"{name}() takes no keyword arguments")
    return new_exception("TypeError", f"{name}() {kind}{rest}")
