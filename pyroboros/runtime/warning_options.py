"""-W options and PYTHONWARNINGS: sys.warnoptions turned into warning filters.

Mirrors the stdlib warnings module's start-up work (Lib/_py_warnings.py: _processoptions,
_setoption, _getaction, _getcategory, filterwarnings and _add_filter), which CPython runs when
sys.warnoptions is not empty: each option `action:message:category:module:lineno` becomes a
filter in front of the others, and a bad one is reported as "Invalid -W option ignored: ...".
A message or module field becomes a compiled pattern (an `re.Pattern` to the guest: its repr,
`pattern`, `flags` and `match`). Left out: categories from modules other than the built-in
ones (the standard library is not importable yet: such a module is an "invalid module name").
"""
from __future__ import annotations

import re
import sys as _host_sys
from typing import Any

from ..objects import builtin_types as bt
from ..objects.typeobject import TypeObject
from . import protocol
from . import warnings as machinery
from .errors import GUEST_EXCEPTIONS
from .importer import INTERP

ACTIONS = ("default", "always", "all", "ignore", "module", "once", "error")
_IGNORECASE = 2
_UNICODE = 32


class Pattern:
    """A compiled pattern as `re.compile(pattern, flags)` makes it, for filter fields; the
    host regex stands in for the guest `re` module (3.14's `\\z` is the host's `\\Z`)."""

    __slots__ = ("pattern", "flags", "regex")

    def __init__(self, pattern: str, flags: int, host_pattern: str) -> None:
        self.pattern = pattern
        self.flags = flags | _UNICODE
        self.regex = re.compile(host_pattern, re.IGNORECASE if flags & _IGNORECASE else 0)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        flags = ", re.IGNORECASE" if self.flags & _IGNORECASE else ""
        return f"re.compile({self.pattern!r}{flags})"

    def match(self, text: Any) -> bool | None:
        """True where re's match() would give a match object, else None."""
        return True if self.regex.match(text) else None


_PATTERN = bt.make_type("Pattern", Pattern, (bt.OBJECT,))
_PATTERN.dict["__module__"] = "re"
bt.method(_PATTERN, "__repr__", repr)
bt.method(_PATTERN, "match", Pattern.match)
bt.getset(_PATTERN, "pattern", lambda p: p.pattern)
bt.getset(_PATTERN, "flags", lambda p: p.flags)


class OptionError(Exception):
    """_OptionError: a -W option that cannot be understood."""


def _get_action(action: str) -> str:
    if not action:
        return "default"
    for candidate in ACTIONS:
        if candidate.startswith(action):
            return candidate
    raise OptionError(f"invalid action: {action!r}")


def _get_category(category: str) -> TypeObject:
    if not category:
        return GUEST_EXCEPTIONS["Warning"]
    module_name, _, name = category.rpartition(".")
    module = INTERP.builtin_modules.get(module_name or "builtins")
    if module is None:
        raise OptionError(f"invalid module name: {module_name!r}")
    cat = module.dict.get(name)
    if cat is None:
        raise OptionError(f"unknown warning category: {category!r}")
    if not isinstance(cat, TypeObject) or GUEST_EXCEPTIONS["Warning"] not in cat.mro:
        raise OptionError(f"invalid warning category: {category!r}")
    return cat


def add_filter(action: str, message: Any, category: TypeObject, module: Any, lineno: int) -> None:
    """filterwarnings(..., append=False) / _add_filter: the new filter goes first."""
    filters = machinery.state().filters
    item = (action, message, category, module, lineno)
    if item in filters:
        filters.remove(item)
    filters.insert(0, item)
    machinery.state().filters_version += 1


def set_option(arg: str) -> None:
    """_setoption."""
    parts = arg.split(":")
    if len(parts) > 5:
        raise OptionError(f"too many fields (max 5): {arg!r}")
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = (part.strip() for part in parts)
    action = _get_action(action)
    cat = _get_category(category)
    if lineno:
        try:
            number = int(lineno)
        except ValueError:
            raise OptionError(f"invalid lineno {lineno!r}") from None
        if number < 0:
            raise OptionError(f"invalid lineno {number!r}")
    else:
        number = 0
    message_filter = Pattern(re.escape(message), _IGNORECASE, re.escape(message)) if message else None
    module_filter = Pattern(re.escape(module) + r"\z", 0, re.escape(module) + r"\Z") if module else None
    add_filter(action, message_filter, cat, module_filter, number)


def process_options(options: list[str]) -> None:
    """_processoptions: apply sys.warnoptions in order; report the bad ones on sys.stderr."""
    for arg in options:
        try:
            set_option(arg)
        except OptionError as error:
            stderr = INTERP.setting("stderr", _host_sys.stderr)
            protocol.call_method(stderr, "write", f"Invalid -W option ignored: {error}\n")
