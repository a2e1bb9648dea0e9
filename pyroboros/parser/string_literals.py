"""String and number literals: token text -> constant value. Mirrors Parser/string_parser.c
(_PyPegen_parse_string, decode_unicode_with_escapes, decode_bytes_with_escapes) and the
number part of Parser/pegen.c (_PyPegen_number_token, parsenumber).

Invalid escape sequences produce CPython's SyntaxWarning text; the caller decides where the
warning goes (`warn(message)`). Errors raise LiteralError with CPython's message; the parser
turns it into a SyntaxError at the token. Leaves out the feature_version checks.
"""
from __future__ import annotations

import unicodedata
from typing import Callable

_SIMPLE_ESCAPES = {
    "\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
    "n": "\n", "r": "\r", "t": "\t", "v": "\v",
}
_OCTAL = frozenset("01234567")
_HEX = frozenset("0123456789abcdefABCDEF")


class LiteralError(Exception):
    """A literal that CPython rejects: `message` is the SyntaxError's text."""


def _invalid_escape_message(text: str) -> str:
    first = text[0]
    if "4" <= first <= "7":
        return (f'"\\{text[:3]}" is an invalid octal escape sequence. Such sequences will not '
                f'work in the future. Did you mean "\\\\{text[:3]}"? A raw string is also an option.')
    return (f'"\\{first}" is an invalid escape sequence. Such sequences will not work in the '
            f'future. Did you mean "\\\\{first}"? A raw string is also an option.')


def decode_escapes(body: str, is_bytes: bool, warn: Callable[[str], None] | None) -> str:
    """Decode the backslash escapes of a non-raw literal body (bytes bodies stay as latin-1 text).

    Mirrors decode_unicode_with_escapes / _PyBytes_DecodeEscape2: only the first invalid
    escape is reported, as CPython does.
    """
    if "\\" not in body:
        return body
    out: list[str] = []
    append = out.append
    i = 0
    n = len(body)
    first_invalid: str | None = None
    while i < n:
        j = body.find("\\", i)
        if j < 0:
            append(body[i:])
            break
        append(body[i:j])
        i = j + 1
        if i >= n:
            # Only an f-string piece ends with a backslash (the one before '{'): it stays.
            append("\\")
            break
        c = body[i]
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            append(simple)
            i += 1
        elif c in _OCTAL:
            k = i + 1
            while k < n and k < i + 3 and body[k] in _OCTAL:
                k += 1
            value = int(body[i:k], 8)
            if value > 0o377 and first_invalid is None:
                first_invalid = body[i:k]
            append(chr(value & 0xff) if is_bytes else chr(value))
            i = k
        elif c == "x" or (not is_bytes and c in "uU"):
            digits = 2 if c == "x" else 4 if c == "u" else 8
            k = i + 1
            while k < n and k < i + 1 + digits and body[k] in _HEX:
                k += 1
            if k - (i + 1) < digits:
                if is_bytes:
                    raise LiteralError(f"(value error) invalid \\x escape at position {j}")
                raise _unicode_error(body, j, k, f"truncated \\{c}{'X' * digits} escape")
            value = int(body[i + 1:k], 16)
            if value > 0x10FFFF:
                raise _unicode_error(body, j, k, "illegal Unicode character")
            append(chr(value))
            i = k
        elif c == "N" and not is_bytes:
            # The error's range ends where the C decoder stopped reading.
            if i + 1 >= n or body[i + 1] != "{":
                raise _unicode_error(body, j, i + 1, "malformed \\N character escape")
            close = body.find("}", i + 2)
            if close < 0:
                raise _unicode_error(body, j, n, "malformed \\N character escape")
            if close == i + 2:
                raise _unicode_error(body, j, close, "malformed \\N character escape")
            try:
                append(unicodedata.lookup(body[i + 2:close]))
            except KeyError:
                raise _unicode_error(body, j, close + 1, "unknown Unicode character name") from None
            i = close + 1
        else:
            # decode_unicode_with_escapes turns a backslash before a non-ASCII character into
            # an escaped backslash: no warning.
            if first_invalid is None and c.isascii():
                first_invalid = body[i:i + 3]
            append("\\")
    if first_invalid is not None and warn is not None:
        warn(_invalid_escape_message(first_invalid))
    return "".join(out)


def _unicode_error(body: str, start: int, end: int, reason: str) -> LiteralError:
    offset = len(body[:start].encode("utf-8", "surrogatepass"))
    stop = offset + len(body[start:end].encode("utf-8", "surrogatepass"))
    return LiteralError(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        f"{offset}-{stop - 1}: {reason}")


def parse_string(text: str, warn: Callable[[str], None] | None) -> str | bytes:
    """The value of a STRING token (prefix, quotes and body). Mirrors _PyPegen_parse_string."""
    quote_at = 0
    is_bytes = is_raw = False
    while text[quote_at] not in "'\"":
        ch = text[quote_at]
        if ch in "bB":
            is_bytes = True
        elif ch in "rR":
            is_raw = True
        quote_at += 1
    quote = text[quote_at]
    if text.startswith(quote * 3, quote_at) and len(text) - quote_at >= 6:
        body = text[quote_at + 3:-3]
    else:
        body = text[quote_at + 1:-1]
    if is_bytes:
        for ch in body:
            if ord(ch) >= 0x80:
                raise LiteralError("bytes can only contain ASCII literal characters")
        if not is_raw:
            body = decode_escapes(body, True, warn)
        return body.encode("latin-1")
    if is_raw:
        return body
    return decode_escapes(body, False, warn)


def parse_number(text: str) -> int | float | complex:
    """The value of a NUMBER token. Mirrors parsenumber_raw: ints of any base, floats, imaginaries."""
    last = text[-1]
    if last in "jJ":
        return complex(0.0, float(text[:-1].replace("_", "")))
    if text[:2] in ("0x", "0X", "0o", "0O", "0b", "0B"):
        return int(text.replace("_", ""), 0)
    cleaned = text.replace("_", "")
    if "." in cleaned or (("e" in cleaned or "E" in cleaned)):
        return float(cleaned)
    return int(cleaned)
