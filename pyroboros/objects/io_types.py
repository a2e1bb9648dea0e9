"""The guest types of the host streams sys.stdin, sys.stdout and sys.stderr.

Mirrors the class tree of Modules/_io/ (_IOBase, _RawIOBase/FileIO, _BufferedIOBase/
BufferedReader/BufferedWriter/BufferedRandom, _TextIOBase/TextIOWrapper), so that
`sys.stdout.buffer.raw` and `sys.stdout.writelines` work. The stream objects are the host's,
given guest types with only their methods and attributes (builtin_types.fill_from_host), named
and placed in `_io` as CPython's are. What is left out is on purpose: the types cannot be
instantiated and have no `__init__`, because constructing or re-initialising one opens any file
by name, and the guest has no `open` (nor io module) yet; a sandbox must not gain one through
`type(sys.stdout)`.
"""
from __future__ import annotations

import _io

from ..runtime import protocol
from .builtin_types import describe_host_type, getset

_TREE = (_io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase, _io.FileIO,
         _io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom, _io.TextIOWrapper)


def _describe() -> None:
    for host in _TREE:   # bases first, so each type's guest MRO follows the host's
        t = describe_host_type(host)
        t.dict["__module__"] = "_io"
        t.dict.pop("__init__", None)
        t.dict.pop("__new__", None)
        t.flags = frozenset({"disallow_instantiation"})
    # io.open writes a text stream's mode in its instance __dict__
    getset(describe_host_type(_io.TextIOWrapper), "mode", _instance_mode)


def _instance_mode(stream: _io.TextIOWrapper) -> str:
    try:
        return stream.__dict__["mode"]
    except KeyError:
        raise protocol.attribute_error(stream, "mode") from None


_describe()
