"""The SyntaxError that a tokenizer's or parser's SyntaxWarning becomes under an "error" filter.

Mirrors Parser/tokenizer/helpers.c (_PyTokenizer_parser_warn: "invalid decimal literal" and
its kin become a SyntaxError at the literal's last character) and Parser/action_helpers.c
(warn_invalid_escape_sequence: the error drops "Such sequences will not work in the future."
and points at the escape's first two characters). The parser hands its warnings over as
(line, message) once the parse is done, so the place is found again in the source text.
Left out: escapes in f-string and t-string middles, whose error CPython places after the
literal (here: at the escape).
"""
from __future__ import annotations

import re

_FUTURE = " Such sequences will not work in the future."
_ESCAPE = re.compile(r'"(\\.+?)" is an invalid (?:octal )?escape sequence')
# a number literal of each kind directly followed by a name character (verify_end_of_number)
_LITERALS = {
    "decimal": re.compile(r"(?<![\w.])\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d[\d_]*)?(?=[A-Za-z_])"),
    "hexadecimal": re.compile(r"(?<![\w.])0[xX][0-9a-fA-F_]+(?=[A-Za-z_])"),
    "octal": re.compile(r"(?<![\w.])0[oO][0-7_]+(?=[A-Za-z_])"),
    "binary": re.compile(r"(?<![\w.])0[bB][01_]+(?=[A-Za-z_])"),
}
_LITERAL_WARNING = re.compile(r"invalid (\w+) literal")
_OPENING = re.compile(r"(?<!\w)([rRbBuUfFtT]{0,2})('{3}|\"{3}|'|\")")


def is_tokenizer_warning(message: str) -> bool:
    """Whether the tokenizer (not the parser) emits this warning: the number literals'."""
    return _LITERAL_WARNING.fullmatch(message) is not None


def _escape_position(lines: list[str], lineno: int, escape: str) -> tuple[int, int] | None:
    """(line, column) of the first `escape` from line `lineno` on that is not itself escaped."""
    for number in range(lineno, len(lines) + 1):
        line = lines[number - 1]
        start = line.find(escape)
        while start >= 0:
            backslashes = len(line[:start]) - len(line[:start].rstrip("\\"))
            if backslashes % 2 == 0:
                return number, start
            start = line.find(escape, start + 1)
    return None


def _string_start(line: str, column: int) -> re.Match | None:
    """The opening of the string literal around `column`: the last quote before it."""
    last = None
    for match in _OPENING.finditer(line, 0, column):
        last = match
    return last


def _escape_columns(line: str, column: int) -> tuple[int, int]:
    """0-based (start, end) columns of the error for an escape at `column`: the escape in a
    str; in bytes, the literal's start plus the escape's index in its body (decode_bytes_with_
    escapes counts from the token); in an f-string or t-string middle (not a format spec),
    just past the literal, where the tokenizer stands."""
    opening = _string_start(line, column)
    if opening is None:
        return column, column + 2
    prefix, quote = opening.group(1).lower(), opening.group(2)
    body = column - opening.end()
    if "b" in prefix:
        return opening.start() + body, opening.start() + body + 2
    if ("f" in prefix or "t" in prefix) and _brace_depth(line[opening.end():column]) == 0:
        close = line.find(quote, column)
        end = close + len(quote) if close >= 0 else len(line)
        return end, end
    return column, column + 2


def _brace_depth(text: str) -> int:
    """How many replacement fields of an f-string are open at the end of `text`."""
    depth = 0
    for char in text.replace("{{", "").replace("}}", ""):
        depth += {"{": 1, "}": -1}.get(char, 0)
    return max(depth, 0)


def warning_error(message: str, lineno: int, source: str) -> tuple[str, int, int, int]:
    """(message, line, offset, end offset) of the SyntaxError for the warning `message` that
    CPython emitted on line `lineno` of `source` (offsets 1-based, 0 when unknown)."""
    lines = source.splitlines()
    literal = _LITERAL_WARNING.fullmatch(message)
    if literal is not None:
        line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
        match = _LITERALS[literal.group(1)].search(line)
        column = match.end() if match else 0
        return message, lineno, column, column
    escape = _ESCAPE.match(message)
    position = _escape_position(lines, lineno, escape.group(1)) if escape else None
    msg = message.replace(_FUTURE, "")
    if position is None:
        return msg, lineno, 0, 0
    number, column = position
    start, end = _escape_columns(lines[number - 1], column)
    return msg, number, start + 1, end + 1
