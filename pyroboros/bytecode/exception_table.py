"""The exception table (co_exceptiontable): which handler covers which instructions.

Mirrors the format of Objects/exception_handling_notes.txt as Python/ceval.c reads it
(get_exception_handler, parse_varint): each entry is start, length, target and
(depth << 1 | lasti), each a big-endian varint of 6-bit chunks with 0x40 meaning "more
follows", the entry's first byte marked with 0x80. Offsets here are in code units
(instructions), as the interpreter uses them. The writer is the assembler's.
"""
from __future__ import annotations

from typing import NamedTuple


class Handler(NamedTuple):
    """One entry: instructions [start, end) jump to `target` with the stack cut to `depth`
    (and the offset of the raising instruction pushed first if `lasti`)."""

    start: int
    end: int
    target: int
    depth: int
    lasti: bool


def _varint(table: bytes, pos: int) -> tuple[int, int]:
    byte = table[pos]
    value = byte & 63
    while byte & 64:
        pos += 1
        byte = table[pos]
        value = (value << 6) | (byte & 63)
    return value, pos + 1


def parse(table: bytes) -> list[Handler]:
    """All the entries of an exception table, in table order."""
    entries = []
    pos = 0
    size = len(table)
    try:
        while pos < size:
            start, pos = _varint(table, pos)
            length, pos = _varint(table, pos)
            target, pos = _varint(table, pos)
            depth_lasti, pos = _varint(table, pos)
            entries.append(Handler(start, start + length, target, depth_lasti >> 1,
                                   bool(depth_lasti & 1)))
    except IndexError:
        pass  # a truncated last entry is ignored, as dis._parse_exception_table does
    return entries


def handler_for(table: bytes, index: int) -> Handler | None:
    """ceval.c get_exception_handler: the entry covering instruction `index`, if any."""
    for entry in parse(table):
        if entry.start <= index < entry.end:
            return entry
        if entry.start > index:
            return None
    return None

