"""Warnings: the filters, the registries, and showing a warning on sys.stderr.

Mirrors Python/_warnings.c: init_filters (3.14's five default filters of a release build),
get_filter (the first matching filter of `filters`, else `_defaultaction`), already_warned and
update_registry (the `__warningregistry__` of the warning's module, reset when the filters
change), setup_context (stacklevel walks the guest frames, skipping importlib's bootstrap
frames and `skip_file_prefixes`), get_category, warn_explicit (the actions error, ignore,
always/all, default, module, once) and show_warning (`file:line: Category: message` and the
source line, read from the file as _Py_DisplaySourceLine does). As in C, the stdlib `warnings`
module, once it is in sys.modules, supplies `filters`, `defaultaction`, `onceregistry` and
`_showwarnmsg`. Left out: context-aware warnings (the `_warnings_context` filters of
free-threaded builds) and tracemalloc tracebacks for `source`.
"""
from __future__ import annotations

import sys as _host_sys
from typing import Any

from ..objects.exceptions import ExcInstance
from ..objects.typeobject import MISSING, TypeObject, type_of
from . import protocol
from .errors import GUEST_EXCEPTIONS, raise_error, raise_type_error
from .importer import INTERP

DEFAULT_FILTERS = (("default", "DeprecationWarning", "__main__"),
                   ("ignore", "DeprecationWarning", None),
                   ("ignore", "PendingDeprecationWarning", None),
                   ("ignore", "ImportWarning", None),
                   ("ignore", "ResourceWarning", None))


class WarningsState:
    """struct _warnings_runtime_state: what the interpreter keeps for the `_warnings` module."""

    __slots__ = ("filters", "once_registry", "default_action", "filters_version", "lock_depth")

    def __init__(self) -> None:
        self.filters: list = [(action, None, GUEST_EXCEPTIONS[category], module, 0)
                              for action, category, module in DEFAULT_FILTERS]
        self.once_registry: dict = {}
        self.default_action = "default"
        self.filters_version = 0
        self.lock_depth = 0


_STATE: list[WarningsState] = []   # made on first use: the exception types must exist


def state() -> WarningsState:
    """The interpreter's warnings state (warnings_get_state)."""
    if not _STATE:
        _STATE.append(WarningsState())
    return _STATE[0]


def reset() -> WarningsState:
    """Fresh state for a new run (warnings_init_state)."""
    _STATE[:] = [WarningsState()]
    return _STATE[0]


def _warnings_attr(name: str) -> Any:
    """get_warnings_attr: an attribute of the stdlib `warnings` module if it was imported."""
    module = INTERP.modules.get("warnings")
    if module is None:
        return MISSING
    return protocol.getattr_or_missing(module, name)


def _check_matched(obj: Any, arg: Any) -> bool:
    """check_matched: None matches anything, a str exactly, anything else by obj.match(arg)."""
    if obj is None:
        return True
    if obj.__class__ is str:
        return obj == arg
    return bool(protocol.call_method(obj, "match", arg))


def _filters() -> list:
    current = state()
    filters = _warnings_attr("filters")
    if filters is not MISSING:
        current.filters = filters
    if not isinstance(current.filters, list):
        raise_error("ValueError", "_warnings.filters must be a list")
    return current.filters


def _as_ssize(value: Any) -> int:
    """PyLong_AsSsize_t: ints only."""
    if not isinstance(value, int):
        raise_type_error("an integer is required")
    return int(value)


def get_filter(category: TypeObject, text: Any, lineno: int, module: Any) -> tuple[str, Any]:
    """get_filter: (action, the matching filter or None)."""
    filters = _filters()
    i = 0
    while i < len(filters):   # a filter's match() may change the list
        item = filters[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise_error("ValueError", f"warnings.filters item {i} isn't a 5-tuple")
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise_type_error(f"action must be a string, not '{type_of(action).name}'")
        good_msg = _check_matched(msg, text)
        good_mod = _check_matched(mod, module)
        is_subclass = protocol.issubclass_(category, cat)
        ln = _as_ssize(ln)
        if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    action = _warnings_attr("defaultaction")
    if action is MISSING:
        return state().default_action, None
    if not isinstance(action, str):
        raise_type_error(f"_warnings.defaultaction must be a string, not '{type_of(action).name}'")
    state().default_action = action
    return action, None


def _once_registry() -> dict:
    registry = _warnings_attr("onceregistry")
    if registry is MISSING:
        return state().once_registry
    if not isinstance(registry, dict):
        raise_type_error(f"_warnings.onceregistry must be a dict, not '{type_of(registry).name}'")
    state().once_registry = registry
    return registry


def already_warned(registry: dict, key: tuple, should_set: bool) -> bool:
    """already_warned: a registry written under other filters is cleared first."""
    version = registry.get("version")
    if version.__class__ is not int or version != state().filters_version:
        registry.clear()
        registry["version"] = state().filters_version
    else:
        seen = registry.get(key)
        if seen is not None and seen:
            return True
    if should_set:
        registry[key] = True
    return False


def normalize_module(filename: str) -> str:
    """normalize_module: the file name without ".py"."""
    if not filename:
        return "<unknown>"
    return filename[:-3] if filename.endswith(".py") else filename


def _display_source_line(filename: str, lineno: int) -> str:
    """traceback.c: _Py_DisplaySourceLine with an indent of 2 ('' when unreadable)."""
    from ..parser.source_decoding import declared_encoding
    try:
        with open(filename, "rb") as f:
            data = f.read()
        encoding = declared_encoding(data)[0] or "utf-8"
        lines = data.decode(encoding).splitlines()
    except Exception:   # noqa: BLE001 - like C, any failure to read just shows no line
        return ""
    if not 1 <= lineno <= len(lines):
        return ""
    return "  " + lines[lineno - 1].lstrip(" \t\f").rstrip() + "\n"


def format_warning(filename: Any, lineno: int, text: Any, category: TypeObject,
                   sourceline: Any, source: Any) -> str:
    """show_warning's text (and, with `source`, formatwarning's tracemalloc hint)."""
    name = protocol.getattr_(category, "__name__")
    out = f"{filename}:{lineno}: {name}: {text}\n"
    if sourceline is not None:
        out += "  " + str(sourceline).strip() + "\n"
    else:
        out += _display_source_line(filename, lineno)
    if source is not None:
        out += f"{name}: Enable tracemalloc to get the object allocation traceback\n"
    return out


def show_warning(filename: Any, lineno: int, text: Any, category: TypeObject, sourceline: Any,
                 source: Any) -> None:
    """show_warning: write to the guest's sys.stderr; a failure to write is ignored."""
    stderr = INTERP.setting("stderr", _host_sys.stderr)
    if stderr is None:
        return
    try:
        protocol.call_method(stderr, "write", format_warning(filename, lineno, text, category,
                                                             sourceline, source))
    except Exception:   # noqa: BLE001 - show_warning clears any error (PyErr_Clear)
        pass


def _call_show_warning(category: TypeObject, text: Any, message: Any, filename: str, lineno: int,
                       sourceline: Any, source: Any) -> None:
    """call_show_warning: the `warnings` module's _showwarnmsg if there is one."""
    show = _warnings_attr("_showwarnmsg")
    if show is MISSING:
        show_warning(filename, lineno, text, category, sourceline, source)
        return
    if not callable(show):
        raise_type_error("warnings._showwarnmsg() must be set to a callable")
    message_class = _warnings_attr("WarningMessage")
    if message_class is MISSING:
        raise_error("RuntimeError", "unable to get warnings.WarningMessage")
    show(message_class(message, category, filename, lineno, None, None, source))


def warn_explicit(category: Any, message: Any, filename: str, lineno: int,
                  module: Any = MISSING, registry: Any = None, sourceline: Any = None,
                  source: Any = None) -> None:
    """Mirrors _warnings.c: warn_explicit. Without `module`, the file name says it; a module
    of None (a warning late in shutdown, in C) is ignored."""
    if module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise_type_error("'registry' must be a dict or None")
    if module is MISSING:
        module = normalize_module(filename)
    if protocol.isinstance_(message, GUEST_EXCEPTIONS["Warning"]):
        text = str(message)
        category = type_of(message)
    else:
        text = message
        message = protocol.call_type(category, (message,), {}) \
            if isinstance(category, TypeObject) else category(message)
    key = (text, category, lineno)
    if registry is not None and already_warned(registry, key, False):
        return
    action, item = get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action not in ("always", "all"):
        if registry is not None:
            registry[key] = True
        if action == "once":
            if already_warned(registry if registry is not None else _once_registry(),
                              (text, category), True):
                return
        elif action == "module":
            if registry is not None and already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise_error("RuntimeError", f"Unrecognized action ({action!r}) in warnings.filters:\n"
                                        f" {item!r}")
    _call_show_warning(category, text, message, filename, lineno, sourceline, source)


def _is_internal_filename(filename: Any) -> bool:
    return isinstance(filename, str) and "importlib" in filename and "_bootstrap" in filename


def _is_filename_to_skip(filename: Any, prefixes: tuple) -> bool:
    return isinstance(filename, str) and any(filename.startswith(p) for p in prefixes)


def setup_context(stacklevel: int, skip_file_prefixes: tuple = ()) -> tuple[str, int, Any, dict]:
    """setup_context: (filename, lineno, module, registry) of the frame `stacklevel` up."""
    from ..vm.frame import STATE as THREAD
    for prefix in skip_file_prefixes:
        if not isinstance(prefix, str):
            raise_type_error(f"Found non-str '{type_of(prefix).name}' in skip_file_prefixes.")
    frame = THREAD.frame
    if stacklevel <= 0 or (frame is not None and _is_internal_filename(frame.code.co_filename)):
        while stacklevel > 1 and frame is not None:
            frame = frame.back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = frame.back
            while frame is not None and (
                    _is_internal_filename(frame.code.co_filename)
                    or _is_filename_to_skip(frame.code.co_filename, skip_file_prefixes)):
                frame = frame.back
            stacklevel -= 1
    if frame is None:
        globals_ = INTERP.sys.dict if INTERP.sys is not None else {}
        filename, lineno = "<sys>", 0
    else:
        globals_ = frame.globals
        filename = frame.code.co_filename
        lineno = frame.lineno
        if lineno is None:
            lineno = -1
    registry = globals_.get("__warningregistry__")
    if registry is None:
        registry = globals_["__warningregistry__"] = {}
    module = globals_.get("__name__", MISSING)
    if module is not None and not isinstance(module, str):
        module = "<string>"
    return filename, lineno, module, registry


def get_category(message: Any, category: Any) -> TypeObject:
    """get_category: a Warning instance's own type, else `category` (UserWarning by default)."""
    if not isinstance(message, str) and protocol.isinstance_(message, GUEST_EXCEPTIONS["Warning"]):
        return type_of(message)
    if category is None:
        return GUEST_EXCEPTIONS["UserWarning"]
    if not isinstance(category, TypeObject) \
            or GUEST_EXCEPTIONS["Warning"] not in category.mro:
        raise_type_error(f"category must be a Warning subclass, not '{type_of(category).name}'")
    return category


def warn(message: Any, category: Any = None, stacklevel: int = 1, source: Any = None,
         skip_file_prefixes: tuple = ()) -> None:
    """Mirrors _warnings.c: warnings_warn_impl and do_warn."""
    category = get_category(message, category)
    if skip_file_prefixes and stacklevel < 2:
        stacklevel = 2
    filename, lineno, module, registry = setup_context(stacklevel, skip_file_prefixes)
    warn_explicit(category, message, filename, lineno, module, registry, None, source)


def warn_core(category_name: str, text: str, stacklevel: int = 1, source: Any = None) -> None:
    """PyErr_WarnEx / PyErr_WarnFormat: a warning the interpreter itself emits."""
    warn(text, GUEST_EXCEPTIONS[category_name], stacklevel, source)


def warn_syntax(text: str, filename: str, lineno: int) -> bool:
    """PyErr_WarnExplicitObject(SyntaxWarning, ...) for the compiler and the parser: whether
    the warning was turned into an error (a SyntaxWarning raised by the "error" action)."""
    try:
        warn_explicit(GUEST_EXCEPTIONS["SyntaxWarning"], text, filename, lineno)
    except ExcInstance as raised:
        if GUEST_EXCEPTIONS["SyntaxWarning"] in type_of(raised).mro:
            return True
        raise
    return False


def acquire_lock() -> None:
    state().lock_depth += 1


def release_lock() -> None:
    if not state().lock_depth:
        raise_error("RuntimeError", "cannot release un-acquired lock")
    state().lock_depth -= 1


def filters_mutated_lock_held() -> None:
    """_filters_mutated_lock_held: registries written under the old filters become stale."""
    if not state().lock_depth:
        raise_error("RuntimeError", "warnings lock is not held")
    state().filters_version += 1
