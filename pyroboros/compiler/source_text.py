"""The source line a compile-time SyntaxError or SyntaxWarning shows.

Mirrors Python/errors.c: PyErr_ProgramTextObject / err_programtext. Like CPython, the
compiler re-reads the line from the file named by the code's filename, so sources compiled
from strings ("<string>", "<stdin>", ...) carry no text. Left out: the encoding declaration
(CPython decodes the line as UTF-8 too).
"""
from __future__ import annotations


def program_text(filename: str | None, lineno: int | None) -> str | None:
    """Line `lineno` (1-based) of the file `filename`, with its newline; None if unreadable."""
    if not filename or lineno is None or lineno < 1:
        return None
    try:
        with open(filename, "rb") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    if i == 1 and line.startswith(b"\xef\xbb\xbf"):
                        line = line[3:]
                    return line.decode("utf-8", "replace")
    except (OSError, ValueError):
        return None
    return None
