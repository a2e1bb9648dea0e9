"""What the grammar's actions compute beyond a plain node: expression contexts, argument
lists, string concatenation and f-/t-string assembly. Mirrors Parser/action_helpers.c
(_PyPegen_set_expr_context, _PyPegen_make_arguments, _PyPegen_concatenate_strings,
_PyPegen_joined_str, _PyPegen_formatted_value, _PyPegen_interpolation, ...).

Leaves out the helpers that only serve the invalid_* rules and the type-comment plumbing.
"""
from __future__ import annotations

from .ast_nodes import (
    Attribute, Constant, Del, FormattedValue, Interpolation, JoinedStr, List, Load, Name,
    Starred, Store, Subscript, TemplateStr, Tuple, arguments,
)

LOAD = Load()
STORE = Store()
DEL = Del()


class MixedBytesError(Exception):
    """"cannot mix bytes and nonbytes literals" (raised at the current token by the caller)."""


def set_context(e, ctx):
    """A copy of target `e` with context `ctx` throughout (_PyPegen_set_expr_context)."""
    kind = type(e)
    if kind is Name:
        return Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
    if kind is Tuple:
        return Tuple([set_context(x, ctx) for x in e.elts], ctx, e.lineno, e.col_offset,
                     e.end_lineno, e.end_col_offset)
    if kind is List:
        return List([set_context(x, ctx) for x in e.elts], ctx, e.lineno, e.col_offset,
                    e.end_lineno, e.end_col_offset)
    if kind is Subscript:
        return Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
    if kind is Attribute:
        return Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
    if kind is Starred:
        return Starred(set_context(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno,
                       e.end_col_offset)
    return e


def empty_arguments() -> arguments:
    """_PyPegen_empty_arguments."""
    return arguments([], [], None, [], [], None, [])


def expression_text(raw: str) -> str:
    """An f-/t-string replacement field's source with comments removed (lexer.c: set_ftstring_expr)."""
    if "#" not in raw:
        return raw
    in_string = False
    quote = ""
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "\"'":
            if not in_string:
                in_string, quote = True, ch
            elif ch == quote:
                in_string = False
        elif ch == "#" and not in_string:
            break
        i += 1
    else:
        return raw
    out = []
    in_string = False
    i = 0
    while i < n:
        ch = raw[i]
        if ch == "\\":
            out.append(raw[i:i + 2])
            i += 2
            continue
        if ch in "\"'":
            if not in_string:
                in_string, quote = True, ch
            elif ch == quote:
                in_string = False
            out.append(ch)
        elif ch == "#" and not in_string:
            while i < n and raw[i] != "\n":
                i += 1
            if i < n:
                out.append("\n")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def formatted_value(value, debug_text: str, interpolation_text: str, conversion, format_spec,
                    loc: tuple, debug_end: tuple, template: bool) -> list:
    """A FormattedValue (f-string) or Interpolation (t-string), preceded by its debug text
    when the field has a '=' (_PyPegen_formatted_value, _PyPegen_interpolation).

    Returns the node list the field contributes to its string.
    """
    if conversion is not None:
        conversion_code = ord(conversion)
    elif debug_text and format_spec is None:
        conversion_code = ord("r")
    else:
        conversion_code = -1
    if template:
        node = Interpolation(value, interpolation_text, conversion_code, format_spec, *loc)
    else:
        node = FormattedValue(value, conversion_code, format_spec, *loc)
    if not debug_text:
        return [node]
    lineno, col = loc[0], loc[1]
    return [Constant(debug_text, None, lineno, col + 1, debug_end[0], debug_end[1] - 1), node]


def fold_constants(values: list) -> list:
    """Merge adjacent string Constants and drop empty ones (the folding in
    _PyPegen_concatenate_strings / _build_concatenated_str)."""
    out = []
    run: list = []
    for item in values:
        if type(item) is Constant:
            run.append(item)
            continue
        if run:
            _flush(run, out)
            run = []
        out.append(item)
    if run:
        _flush(run, out)
    return out


def _flush(run: list, out: list) -> None:
    first = run[0]
    if len(run) == 1:
        if first.value != "":
            out.append(first)
        return
    last = run[-1]
    value = "".join(c.value for c in run)
    if value != "":
        out.append(Constant(value, first.kind, first.lineno, first.col_offset, last.end_lineno,
                            last.end_col_offset))


def concatenate_strings(parts: list, loc: tuple):
    """Implicit concatenation of string, bytes and f-string parts (_PyPegen_concatenate_strings)."""
    if len(parts) == 1 and type(parts[0]) is Constant:
        return parts[0]
    has_bytes = has_text = False
    for part in parts:
        if type(part) is Constant:
            if type(part.value) is bytes:
                has_bytes = True
            else:
                has_text = True
        else:
            has_text = True
    if has_bytes and has_text:
        raise MixedBytesError
    if has_bytes:
        return Constant(b"".join(p.value for p in parts), parts[0].kind, *loc)
    if all(type(p) is Constant for p in parts):
        return Constant("".join(p.value for p in parts), parts[0].kind, *loc)
    flat = []
    for part in parts:
        if type(part) is JoinedStr:
            flat.extend(part.values)
        else:
            flat.append(part)
    return JoinedStr(fold_constants(flat), *loc)


def concatenate_tstrings(parts: list, loc: tuple) -> TemplateStr:
    """Implicit concatenation of t-strings (_PyPegen_concatenate_tstrings)."""
    flat = []
    for part in parts:
        flat.extend(part.values)
    return TemplateStr(fold_constants(flat), *loc)
