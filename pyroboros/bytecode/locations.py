"""The location table (co_linetable): source positions of each instruction, PEP 626/657.

Mirrors Objects/codeobject.c's readers of the table described in Objects/locations.md
(advance_with_locations, _PyLineTable_NextAddressRange, lineiter_next, positionsiter_next,
decode_linetable for co_lnotab, _PyCode_CheckLineNumber) and the writer side's varint
format. Offsets are in bytes, as co_lines() and co_positions() report them; -1 (no line
or column) becomes None where CPython's iterators convert it.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

NO_LOCATION = 15
LONG = 14
NO_COLUMNS = 13
ONE_LINE0 = 10


class Location(NamedTuple):
    """One entry of the table: byte offsets [start, end) and their position (-1: none)."""

    start: int
    end: int
    line: int
    end_line: int
    column: int
    end_column: int
    computed_line: int  # the running line, which NO_LOCATION entries leave unchanged


def _varint(table: bytes, pos: int) -> tuple[int, int]:
    """read_varint: 6-bit chunks, least significant first, 0x40 marks a continuation."""
    byte = table[pos]
    value = byte & 63
    shift = 0
    while byte & 64:
        pos += 1
        shift += 6
        byte = table[pos]
        value |= (byte & 63) << shift
    return value, pos + 1


def _signed_varint(table: bytes, pos: int) -> tuple[int, int]:
    value, pos = _varint(table, pos)
    return (-(value >> 1) if value & 1 else value >> 1), pos


def decode(linetable: bytes, firstlineno: int) -> list[Location]:
    """Every entry of `linetable` (advance_with_locations applied from the start)."""
    entries = []
    line = firstlineno
    end = 0
    pos = 0
    size = len(linetable)
    while pos < size:
        first = linetable[pos]
        pos += 1
        code = (first >> 3) & 15
        start = end
        end = start + ((first & 7) + 1) * 2
        if code == NO_LOCATION:
            entries.append(Location(start, end, -1, -1, -1, -1, line))
            continue
        if code == LONG:
            delta, pos = _signed_varint(linetable, pos)
            line += delta
            end_delta, pos = _varint(linetable, pos)
            column, pos = _varint(linetable, pos)
            end_column, pos = _varint(linetable, pos)
            entries.append(Location(start, end, line, line + end_delta, column - 1, end_column - 1, line))
        elif code == NO_COLUMNS:
            delta, pos = _signed_varint(linetable, pos)
            line += delta
            entries.append(Location(start, end, line, line, -1, -1, line))
        elif code >= ONE_LINE0:
            line += code - ONE_LINE0
            entries.append(Location(start, end, line, line, linetable[pos], linetable[pos + 1], line))
            pos += 2
        else:
            second = linetable[pos]
            pos += 1
            column = code << 3 | (second >> 4)
            entries.append(Location(start, end, line, line, column, column + (second & 15), line))
    return entries


def _none_if_negative(value: int) -> int | None:
    return None if value < 0 else value


def positions(entries: list[Location]) -> Iterator[tuple]:
    """co_positions(): (line, end_line, column, end_column) for each code unit."""
    for entry in entries:
        position = (_none_if_negative(entry.line), _none_if_negative(entry.end_line),
                    _none_if_negative(entry.column), _none_if_negative(entry.end_column))
        for _ in range(entry.start, entry.end, 2):
            yield position


def lines(entries: list[Location]) -> Iterator[tuple[int, int, int | None]]:
    """co_lines(): (start, end, line) ranges, consecutive entries of one line merged."""
    i = 0
    count = len(entries)
    while i < count:
        start, line = entries[i].start, entries[i].line
        while i + 1 < count and entries[i + 1].line == line:
            i += 1
        yield start, entries[i].end, _none_if_negative(line)
        i += 1


def line_at(entries: list[Location], offset: int, firstlineno: int) -> int:
    """PyCode_Addr2Line: the line of the instruction at byte `offset` (-1 if none)."""
    if offset < 0:
        return firstlineno
    for entry in entries:
        if entry.start <= offset < entry.end:
            return entry.line
    return -1


def lnotab(entries: list[Location], firstlineno: int) -> bytes:
    """decode_linetable: the deprecated co_lnotab (byte and line increments, signed lines)."""
    out = bytearray()
    line = firstlineno
    code_offset = 0
    for entry in entries:
        if entry.computed_line == line:
            continue
        bdelta = entry.start - code_offset
        ldelta = entry.computed_line - line
        while bdelta > 255:
            out += b"\xff\x00"
            bdelta -= 255
        while ldelta > 127:
            out += bytes((bdelta, 127))
            bdelta = 0
            ldelta -= 127
        while ldelta < -128:
            out += bytes((bdelta, 0x80))
            bdelta = 0
            ldelta += 128
        out += bytes((bdelta, ldelta & 0xFF))
        code_offset = entry.start
        line = entry.computed_line
    return bytes(out)
