"""repr() of str, and of constant trees holding strs, exactly as CPython 3.14 writes it.

Mirrors Objects/unicodeobject.c: unicode_repr (quote choice, escapes, which characters are
printable) using 3.14's Unicode database (unicode_printable.py, generated from python3.14),
so that a host with an older database (3.11) still prints what CPython 3.14 prints. Tuples
and frozensets of constants (as in co_consts or the AST) are rendered as their reprs do.
Other values use the host's repr, which agrees with 3.14 for them.
"""
from __future__ import annotations

from bisect import bisect_right

from .unicode_printable import BOUNDARIES


def str_repr(text: str) -> str:
    """unicode_repr: repr(text) under CPython 3.14's rules."""
    if text.isascii():
        return repr(text)
    quote = '"' if "'" in text and '"' not in text else "'"
    out = [quote]
    for ch in text:
        code = ord(ch)
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif code < 0x7F:
            if ch == "\t":
                out.append("\\t")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\r":
                out.append("\\r")
            elif code < 0x20:
                out.append(f"\\x{code:02x}")
            else:
                out.append(ch)
        elif code == 0x7F or bisect_right(BOUNDARIES, code) & 1:
            if code <= 0xFF:
                out.append(f"\\x{code:02x}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def constant_repr(value: object) -> str:
    """repr(value) for a constant (str, or a tuple/frozenset of constants) under 3.14's rules."""
    cls = type(value)
    if cls is str:
        return str_repr(value)
    if cls is tuple:
        if len(value) == 1:
            return f"({constant_repr(value[0])},)"
        return "(" + ", ".join(constant_repr(item) for item in value) + ")"
    if cls is frozenset:
        if not value:
            return "frozenset()"
        return "frozenset({" + ", ".join(constant_repr(item) for item in value) + "})"
    return repr(value)
