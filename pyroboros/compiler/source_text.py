"""The source line a compile-time SyntaxError or SyntaxWarning shows.

Mirrors Python/errors.c: PyErr_ProgramTextObject / err_programtext. Like CPython, the
compiler re-reads the line from the file named by the code's filename, so sources compiled
from strings ("<string>", "<stdin>", ...) carry no text. The line is decoded with the file's
PEP 263 encoding declaration (UTF-8 without one), undecodable bytes replaced.
"""
from __future__ import annotations

import codecs
import re

_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")


def _declared_encoding(first_lines: list[bytes]) -> str:
    """The encoding a PEP 263 cookie on line 1, or line 2 after a comment, declares."""
    for i, line in enumerate(first_lines[:2]):
        match = _CODING.match(line)
        if match:
            try:
                return codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                return "utf-8"
        if i == 0 and not _BLANK_OR_COMMENT.match(line):
            break
    return "utf-8"


def program_text(filename: str | None, lineno: int | None) -> str | None:
    """Line `lineno` (1-based) of the file `filename`, with its newline; None if unreadable."""
    if not filename or lineno is None or lineno < 1:
        return None
    try:
        with open(filename, "rb") as f:
            lines = []
            for i, line in enumerate(f, 1):
                if i == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                lines.append(line)
                if i == lineno:
                    break
            else:
                return None
    except (OSError, ValueError):
        return None
    return lines[-1].decode(_declared_encoding(lines), "replace")
