"""Canonical texts for comparing two compilers' output: code object trees and dis listings.

The "pyc" conformance phase prints base64(marshal.dumps(code)) on both sides; marshal's
reference flags and interning marks legitimately differ between python3.14 and pyroboros,
so the two are compared through this rendering instead: every field of every code object
(co_code one instruction per line, consts recursively, names, locals-plus names and kinds,
flags, stack size, argument counts, line and exception tables, first line, names, filename),
floats and complex parts by their IEEE bits (so -0.0 and 0.0 differ), strings by repr, and
frozensets in a sorted order. Each line names the code object it belongs to, so the first
differing line says where two compilations part.

`canonical_listing` does the same for a `python -m dis` listing: object addresses are
blanked and the elements of frozenset constants sorted, since their display order follows
str hashes, which each python3.14 process randomises.
"""
from __future__ import annotations

import base64
import re
import struct

from ..bytecode import marshal
from ..bytecode.opcodes import BY_NUMBER
from ..objects.code import Code

_HEX_CHUNK = 32
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")
_FROZENSET = re.compile(r"frozenset\(\{(.*)\}\)\)$", re.MULTILINE)


def _float_bits(value: float) -> str:
    return struct.pack(">d", value).hex()


def _value(value, path: str, lines: list[str]) -> str:
    """The one-line rendering of a constant; code objects are rendered in full into `lines`."""
    kind = type(value)
    if kind is float:
        return f"float {_float_bits(value)} ({value!r})"
    if kind is complex:
        return f"complex {_float_bits(value.real)} {_float_bits(value.imag)} ({value!r})"
    if kind is tuple or kind is list:
        items = ", ".join(_value(v, f"{path}[{i}]", lines) for i, v in enumerate(value))
        return f"{kind.__name__} ({items})"
    if kind is frozenset or kind is set:
        items = sorted(_value(v, path, lines) for v in value)
        return f"{kind.__name__} {{{', '.join(items)}}}"
    if kind is dict:
        items = ", ".join(f"{_value(k, path, lines)}: {_value(v, path, lines)}"
                          for k, v in value.items())
        return f"dict {{{items}}}"
    if kind is slice:
        parts = (_value(v, path, lines) for v in (value.start, value.stop, value.step))
        return f"slice ({', '.join(parts)})"
    if kind is Code:
        _code(value, path, lines)
        return f"code {path + '/' if path else ''}{value.co_name}"
    if value is StopIteration:
        return "StopIteration"
    return f"{kind.__name__} {value!r}"


def _hex_lines(label: str, data: bytes, lines: list[str]) -> None:
    lines.append(f"{label} {len(data)} bytes")
    for start in range(0, len(data), _HEX_CHUNK):
        lines.append(f"{label} +{start}: {data[start:start + _HEX_CHUNK].hex()}")


def _code(code: Code, parent: str, lines: list[str]) -> None:
    path = f"{parent}/{code.co_name}" if parent else code.co_name
    head = f"{path}:"
    lines.append(f"{head} name {code.co_name!r} qualname {code.co_qualname!r} "
                 f"filename {code.co_filename!r} firstlineno {code.co_firstlineno}")
    lines.append(f"{head} argcount {code.co_argcount} posonlyargcount {code.co_posonlyargcount} "
                 f"kwonlyargcount {code.co_kwonlyargcount} stacksize {code.co_stacksize} "
                 f"flags {code.co_flags:#x}")
    lines.append(f"{head} names {code.co_names!r}")
    lines.append(f"{head} localsplus " + ", ".join(
        f"{name}:{kind:#04x}" for name, kind in zip(code.co_localsplusnames, code.co_localspluskinds)))
    raw = code.co_code
    for offset in range(0, len(raw) - 1, 2):
        op = BY_NUMBER.get(raw[offset])
        lines.append(f"{head} code {offset}: {op.name if op else raw[offset]} {raw[offset + 1]}")
    _hex_lines(f"{head} linetable", code.co_linetable, lines)
    _hex_lines(f"{head} exceptiontable", code.co_exceptiontable, lines)
    for index, const in enumerate(code.co_consts):
        lines.append(f"{head} const {index}: {_value(const, path, lines)}")


def canonical_text(b64: str) -> str:
    """The canonical rendering of the code object tree in base64 marshal data `b64`."""
    value = marshal.loads(base64.b64decode(b64))
    lines: list[str] = []
    lines.append(_value(value, "", lines))
    return "\n".join(lines) + "\n"


def _sorted_frozenset(match: re.Match) -> str:
    # splitting on ", " also splits tuple elements, but equal sets still give equal text
    return f"frozenset({{{', '.join(sorted(match.group(1).split(', ')))}}}))"


def canonical_listing(listing: str) -> str:
    """A dis listing with addresses blanked and frozenset constants in sorted order."""
    return _FROZENSET.sub(_sorted_frozenset, _ADDRESS.sub(" at 0x...", listing))
