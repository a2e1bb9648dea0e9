"""The builtin open(): a thin bridge to the host's io.open.

Mirrors Modules/_io/_iomodule.c: _io_open_impl. The file objects it builds (FileIO,
BufferedReader/Writer/Random, TextIOWrapper) behave the same on guest values, so the streams
are the host's, typed by the guest `_io` types of objects/io_types.py. What the bridge adds is
what crosses the boundary: a path-like `file` goes through the guest's __fspath__ (PyOS_FSPath)
and a number through the guest's __index__ (the host reads it), an `opener` is a guest
callable. Left out: the EncodingWarning of -X warn_default_encoding, and audit hooks.
"""
from __future__ import annotations

import _io
from typing import Any

from ..objects.function import Builtin
from ..objects.typeobject import MISSING, lookup, type_of
from ..runtime import protocol
from ..runtime.getargs import Signature

SIGNATURE = Signature("open", ("file", "mode", "buffering", "encoding", "errors", "newline",
                               "closefd", "opener"),
                      ("r", -1, None, None, None, True, None), 0, 8)

_NUMBER_SLOTS = ("__index__", "__int__", "__float__", "__complex__")


def _is_number(value: Any) -> bool:
    """abstract.c: PyNumber_Check, on the guest type."""
    t = type_of(value)
    return any(lookup(t, name) is not MISSING for name in _NUMBER_SLOTS)


def open_(file: Any, mode: Any, buffering: Any, encoding: Any, errors: Any, newline: Any,
          closefd: Any, opener: Any) -> Any:
    """io.open on the host, given a str/bytes path or a file descriptor the host can read."""
    if not _is_number(file):
        file = protocol.fspath(file)
    return _io.open(file, mode, buffering, encoding, errors, newline, closefd, opener)


def install(builtins: dict) -> None:
    """Add `open`, which CPython's builtins take from _io (hence its __module__)."""
    builtins["open"] = Builtin("open", SIGNATURE.wrap(open_), module="_io")
