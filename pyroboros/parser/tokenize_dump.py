"""`pyroboros-dump tokens FILE`: print what `python3.14 -m tokenize -e FILE` prints.

Mirrors Lib/tokenize.py as the reference runs it on a file: detect_encoding (a cookie or BOM in
the first two lines, checked against those lines only), the ENCODING token, the C tokenizer in
extra-tokens mode fed line by line (each line decoded with errors="replace"), then one line per
token, or only an error line when tokenizing fails. Leaves out reading from stdin.
"""
from __future__ import annotations

import codecs
import re
from typing import TextIO

from ..errors import CompileError
from . import token_types as T
from .source_decoding import normal_encoding_name
from .tokenizer import tokenize

_BOM = b"\xef\xbb\xbf"
_LINE = re.compile(rb"[^\n]*\n|[^\n]+")
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)


class _EncodingError(Exception):
    """A SyntaxError of tokenize.detect_encoding: printed without a location."""


def _is_blank(line: bytes) -> bool:
    """tokenize.blank_re: whitespace and then a comment or the end of the line."""
    stripped = line.lstrip(b" \t\f")
    return not stripped or stripped[:1] in (b"#", b"\r", b"\n")


def detect_encoding(data: bytes, filename: str) -> tuple[str, bytes]:
    """tokenize.detect_encoding: (encoding, data without its BOM)."""
    bom = data.startswith(_BOM)
    if bom:
        data = data[3:]
    default = "utf-8-sig" if bom else "utf-8"
    first_end = data.find(b"\n")
    first = data if first_end < 0 else data[:first_end + 1]
    if not first:
        return default, data
    second_data = data[len(first):]
    second_end = second_data.find(b"\n")
    second = second_data if second_end < 0 else second_data[:second_end + 1]

    def check(chunk: bytes, encoding: str) -> None:
        if b"\0" in chunk:
            raise _EncodingError("source code cannot contain null bytes")
        try:
            chunk.decode(encoding)
        except UnicodeDecodeError:
            raise _EncodingError(f"invalid or missing encoding declaration for {filename!r}") from None

    def find_cookie(line: bytes) -> str | None:
        encoding = _cookie(line)
        if encoding is None:
            return None
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _EncodingError(f"unknown encoding for {filename!r}: {encoding}") from None
        if bom:
            if encoding != "utf-8":
                raise _EncodingError(f"encoding problem for {filename!r}: utf-8")
            encoding += "-sig"
        return encoding

    encoding = find_cookie(first)
    if encoding:
        check(first, encoding)
        return encoding, data
    if not _is_blank(first):
        check(first, default)
        return default, data
    if not second:
        check(first, default)
        return default, data
    encoding = find_cookie(second)
    if encoding:
        check(first + second, encoding)
        return encoding, data
    check(first + second, default)
    return default, data


def _cookie(line: bytes) -> str | None:
    """tokenize.cookie_re, then the normal name of the encoding."""
    match = _COOKIE.match(line)
    return None if match is None else normal_encoding_name(match.group(1).decode())


def dump_tokens(path: str, out: TextIO, err: TextIO, output: str | None = None) -> int:
    """Print the tokens of the file at `path` as `python3.14 -m tokenize -e` does."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        err.write(f"error: {exc}\n")
        return 1
    try:
        encoding, data = detect_encoding(data, path)
    except _EncodingError as exc:
        err.write(f"{path}: error: {exc}\n")
        return 1
    except LookupError as exc:
        # a codec that is not a text encoding (rot13, hex): tokenize reports it, then re-raises
        # (the traceback that follows is CPython's own)
        err.write(f"unexpected error: {exc}\n")
        return 1
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    if encoding == "utf-8":
        text = data.decode("utf-8", "replace")
    else:
        # the C tokenizer decodes each line that readline() returns
        text = "".join(line.decode(encoding, "replace") for line in _LINE.findall(data))
    lines = [f"{'0,0-0,0:':<20}{'ENCODING':<15}{encoding!r:<15}"]
    warnings: list[tuple[str, int]] = []
    try:
        # the _tokenize module names its input "<string>" (that is where its warnings point)
        for token in tokenize(text, "<string>", extra_tokens=True, warnings=warnings):
            (srow, scol), (erow, ecol) = token.start, token.end
            lines.append(f"{f'{srow},{scol}-{erow},{ecol}:':<20}{T.TOK_NAME[token.exact_type]:<15}"
                         f"{token.string!r:<15}")
    except CompileError as exc:
        _write_warnings(warnings, err)
        msg = exc.msg
        if exc.kind == "SyntaxError" and "unterminated triple-quoted string literal" in msg:
            msg = "EOF in multi-line string"
        err.write(f"{path}:{exc.lineno}:{exc.offset}: error: {msg}\n")
        return 1
    _write_warnings(warnings, err)
    out.write("\n".join(lines) + "\n")
    return 0


def _write_warnings(warnings: list[tuple[str, int]], err: TextIO) -> None:
    """warnings.showwarning's format; "<string>" has no source line to show."""
    for msg, lineno in warnings:
        err.write(f"<string>:{lineno}: SyntaxWarning: {msg}\n")
