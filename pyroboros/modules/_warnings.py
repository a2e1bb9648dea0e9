"""The guest `_warnings` module: the C half of the warnings machinery.

Mirrors Python/_warnings.c's module definition and Python/clinic/_warnings.c.h (the argument
checks of warn and warn_explicit, warn_explicit's module_globals source lookup through the
loader's get_source). The machinery itself is runtime/warnings.py; `filters`,
`_defaultaction` and `_onceregistry` are the very objects it reads. Left out:
`_warnings_context` (a contextvars.ContextVar: there is no contextvars module yet).
"""
from __future__ import annotations

import operator
from typing import Any

from ..objects.function import Builtin
from ..objects.module import Module
from ..objects.typeobject import MISSING, type_of
from ..parser.source_decoding import decode_source
from ..runtime import protocol
from ..runtime import warnings as machinery
from ..runtime.errors import raise_type_error
from ..runtime.import_finders import Loader

DOC = ("_warnings provides basic warning filtering support.\n"
       "It is a helper module to speed up interpreter start-up.")
_WARN_DOC = "Issue a warning, or maybe ignore it or raise an exception."


def warn(message: Any, category: Any = None, stacklevel: Any = 1, source: Any = None, *,
         skip_file_prefixes: Any = ()) -> None:
    if not isinstance(skip_file_prefixes, tuple):
        raise_type_error(f"warn() argument 'skip_file_prefixes' must be tuple, "
                         f"not {type_of(skip_file_prefixes).name}")
    machinery.warn(message, category, operator.index(stacklevel), source, skip_file_prefixes)


def _loader_source(loader: Any, name: Any) -> Any:
    """loader.get_source(name); our source file loaders read their file (SourceFileLoader)."""
    if isinstance(loader, Loader):
        if loader.kind != "SourceFileLoader" or loader.path is None:
            return None
        with open(loader.path, "rb") as f:
            return decode_source(f.read(), loader.path)
    get_source = protocol.getattr_or_missing(loader, "get_source")
    return None if get_source is MISSING else get_source(name)


def _source_line(module_globals: dict, lineno: int) -> Any:
    """get_source_line: the line from the module's loader, None when it has no source."""
    loader = module_globals.get("__loader__")
    name = module_globals.get("__name__")
    if loader is None or name is None:
        return None
    source = _loader_source(loader, name)
    if source is None:
        return None
    lines = source.splitlines()
    return lines[lineno - 1] if 0 < lineno <= len(lines) else None


def warn_explicit(message: Any, category: Any, filename: Any, lineno: Any, module: Any = MISSING,
                  registry: Any = None, module_globals: Any = None, source: Any = None) -> None:
    if not isinstance(filename, str):
        raise_type_error(f"warn_explicit() argument 'filename' must be str, "
                         f"not {type_of(filename).name}")
    lineno = operator.index(lineno)
    sourceline = None
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise_type_error(f"module_globals must be a dict, not '{type_of(module_globals).name}'")
        sourceline = _source_line(module_globals, lineno)
    machinery.warn_explicit(category, message, filename, lineno, module, registry, sourceline,
                            source)


def _functions() -> dict[str, Builtin]:
    table = {"warn": warn, "warn_explicit": warn_explicit,
             "_filters_mutated_lock_held": machinery.filters_mutated_lock_held,
             "_acquire_lock": machinery.acquire_lock, "_release_lock": machinery.release_lock}
    functions = {}
    for name, fn in table.items():
        fn.__name__ = fn.__qualname__ = name
        functions[name] = Builtin(name, fn, module="_warnings")
    return functions


def make_module() -> Module:
    """The module over the current warnings state (runtime/warnings.py: STATE)."""
    module = Module("_warnings", DOC)
    module.dict.update(_functions())
    state = machinery.state()
    module.dict.update({"filters": state.filters, "_defaultaction": state.default_action,
                        "_onceregistry": state.once_registry})
    return module
