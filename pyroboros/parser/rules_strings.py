"""The literal rules of Grammar/python.gram (3.14): strings, fstring, tstring and their
replacement fields (PEP 701, PEP 750).

The text of a replacement field's expression (the debug text of `{x=}`, Interpolation.str)
is the source between '{' and the token that ends the expression, as the tokenizer records it
in CPython (lexer.c: set_ftstring_expr); here it is sliced from the source lines.
"""
from __future__ import annotations

from . import token_types as T
from .action_helpers import (
    MixedBytesError, concatenate_strings, concatenate_tstrings, expression_text, fold_constants,
    formatted_value,
)
from .ast_nodes import Constant, JoinedStr, TemplateStr
from .pegen import KW_YIELD
from .string_literals import LiteralError, decode_escapes, parse_string

STRING, FSTRING_START, FSTRING_MIDDLE, FSTRING_END = T.STRING, T.FSTRING_START, T.FSTRING_MIDDLE, T.FSTRING_END
TSTRING_START, TSTRING_MIDDLE, TSTRING_END = T.TSTRING_START, T.TSTRING_MIDDLE, T.TSTRING_END
LBRACE, RBRACE, EQUAL, EXCLAMATION, COLON, NAME = T.LBRACE, T.RBRACE, T.EQUAL, T.EXCLAMATION, T.COLON, T.NAME


class StringRules:
    """String rules; mixed into the Parser (see parser.py)."""

    def strings(self):
        """strings (memo): (fstring | string)+ | tstring+.

        Memoized as in CPython: an assignment's right-hand side is first tried as a target,
        and a literal's SyntaxWarnings must come once.
        """
        start = self.pos
        memo = self.strings_memo.get(start)
        if memo is not None:
            self.pos = memo[1]
            return memo[0]
        result = self._strings(start)
        self.strings_memo[start] = (result, self.pos)
        return result

    def _strings(self, start: int):
        types = self.types
        if self.call_invalid_rules:
            self.invalid_string_tstring_concat(start)
        parts = []
        if types[start] == TSTRING_START:
            while types[self.pos] == TSTRING_START:
                t = self.ftstring(True)
                if t is None:
                    break
                parts.append(t)
            if not parts:
                return None
            return concatenate_tstrings(parts, self.loc(start))
        while True:
            t = types[self.pos]
            if t == STRING:
                parts.append(self.string_constant(self.tokens[self.pos]))
                self.pos += 1
            elif t == FSTRING_START:
                f = self.ftstring(False)
                if f is None:
                    break
                parts.append(f)
            else:
                break
        if not parts:
            return None
        try:
            return concatenate_strings(parts, self.loc(start))
        except MixedBytesError:
            self.touch(self.pos)
            raise self.error_at_last_token("cannot mix bytes and nonbytes literals") from None

    def string_constant(self, tok) -> Constant:
        """string: STRING (_PyPegen_constant_from_string)."""
        try:
            value = parse_string(tok.string, lambda message: self.warn(tok, message))
        except LiteralError as exc:
            raise self.error_at_token(tok, str(exc)) from None
        kind = "u" if tok.string[0] == "u" else None
        return Constant(value, kind, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)

    def ftstring(self, template: bool):
        """fstring: FSTRING_START fstring_middle* FSTRING_END (and tstring with TSTRING_*)."""
        start = self.pos
        types = self.types
        middle, end = (TSTRING_MIDDLE, TSTRING_END) if template else (FSTRING_MIDDLE, FSTRING_END)
        opening = self.tokens[start]
        raw = "r" in opening.string or "R" in opening.string
        self.pos += 1
        raw_parts = []
        while True:
            t = types[self.pos]
            if t == middle:
                raw_parts.append(self.tokens[self.pos])
                self.pos += 1
            elif t == LBRACE:
                field = self.replacement_field(template, raw)
                if field is None:
                    if self.call_invalid_rules:
                        self.invalid_replacement_field(template)
                    break
                raw_parts.append(field)
            else:
                break
        if types[self.pos] != end:
            self.reset(start)
            return None
        closing = self.tokens[self.pos]
        self.pos += 1
        values = []
        for part in raw_parts:
            if type(part) is list:
                values.extend(part)
            else:
                values.append(self.middle_constant(part, raw, closing))
        node = TemplateStr if template else JoinedStr
        return node(fold_constants(values), opening.lineno, opening.col_offset, closing.end_lineno,
                    closing.end_col_offset)

    def middle_constant(self, tok, raw: bool, warn_token) -> Constant:
        """A literal piece of an f-string, escapes decoded (_PyPegen_decode_fstring_part)."""
        text = tok.string
        if text == "{{" or text == "}}":
            text = text[0]
        if not raw and "\\" in text:
            try:
                text = decode_escapes(text, False, lambda message: self._warn_middle(warn_token, message))
            except LiteralError as exc:
                raise self.error_at_token(tok, str(exc)) from None
        end_col = tok.end_col_offset
        last = tok.string[-1:]
        if last in ("{", "}") and self.source_lines[tok.end_lineno - 1][end_col:end_col + 1] == last.encode():
            # A doubled brace: the token's text keeps one, its extent covers both (lexer.c).
            end_col += 1
        return Constant(text, None, tok.lineno, tok.col_offset, tok.end_lineno, end_col)

    def _warn_middle(self, tok, message: str) -> None:
        # The tokenizer already warned about "\{" and "\}" (helpers.c).
        if not (message.startswith('"\\{"') or message.startswith('"\\}"')):
            self.warn(tok, message)

    def replacement_field(self, template: bool, raw: bool, in_spec: bool = False) -> list | None:
        """fstring_replacement_field / tstring_replacement_field:
        '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}'.

        Inside a t-string's format spec (tstring_format_spec_replacement_field) the field is
        a FormattedValue, not an Interpolation.
        """
        start = self.pos
        types = self.types
        tokens = self.tokens
        self.pos += 1
        if types[self.pos] == KW_YIELD:
            value = self.yield_expr()
        else:
            value = self.star_expressions()
        if value is None:
            self.reset(start)
            return None
        debug = types[self.pos] == EQUAL
        expr_end = tokens[self.pos]
        if debug:
            self.pos += 1
        text_end = tokens[self.pos]
        conversion = conversion_name = None
        if types[self.pos] == EXCLAMATION:
            bang = tokens[self.pos]
            if types[self.pos + 1] != NAME:
                self.reset(start)
                return None
            conversion_name = tokens[self.pos + 1]
            self.pos += 2
            if bang.lineno != conversion_name.lineno or bang.end_col_offset != conversion_name.col_offset:
                raise self.error_at("SyntaxError", "f-string: conversion type must come right after the"
                                    " exclamanation mark", bang.lineno, bang.col_offset,
                                    conversion_name.end_lineno, conversion_name.end_col_offset)
            conversion = conversion_name.string
            if conversion not in ("s", "r", "a"):
                prefix = "t-string" if template else "f-string"
                raise self.error_at_token(conversion_name, f"{prefix}: invalid conversion character "
                                          f"{conversion!r}: expected 's', 'r', or 'a'")
        format_spec = None
        if types[self.pos] == COLON:
            format_spec = self.format_spec(template, raw)
        if types[self.pos] != RBRACE:
            self.reset(start)
            return None
        self.pos += 1
        loc = self.loc(start)
        if conversion_name is not None:
            debug_end = (conversion_name.lineno, conversion_name.col_offset)
        elif format_spec is not None:
            debug_end = (format_spec.lineno, format_spec.col_offset + 1)
        else:
            debug_end = (loc[2], loc[3])
        debug_text = expression_text(self.source_between(tokens[start], text_end)) if debug else ""
        # Interpolation.str: the expression's own text, without a debug '=' and what follows it.
        interpolation = template and not in_spec
        interpolation_text = expression_text(self.source_between(tokens[start], expr_end)) if interpolation else ""
        return formatted_value(value, debug_text, interpolation_text, conversion, format_spec, loc, debug_end,
                               interpolation)

    def format_spec(self, template: bool, raw: bool):
        """fstring_full_format_spec: ':' fstring_format_spec* (_PyPegen_setup_full_format_spec)."""
        start = self.pos
        types = self.types
        middle = TSTRING_MIDDLE if template else FSTRING_MIDDLE
        self.pos += 1
        spec = []
        while True:
            t = types[self.pos]
            if t == middle:
                tok = self.tokens[self.pos]
                self.pos += 1
                spec.append(self.spec_constant(tok, raw))
            elif t == LBRACE:
                field = self.replacement_field(template, raw, in_spec=True)
                if field is None:
                    if self.call_invalid_rules:
                        self.invalid_replacement_field(template)
                    break
                spec.extend(field)
            else:
                break
        loc = self.loc(start)
        spec = [item for item in spec if not (type(item) is Constant and item.value == "")]
        if not spec or (len(spec) == 1 and type(spec[0]) is Constant):
            return JoinedStr(spec, *loc)
        return concatenate_strings(spec, loc)

    def spec_constant(self, tok, raw: bool) -> Constant:
        """fstring_format_spec: FSTRING_MIDDLE (_PyPegen_decoded_constant_from_token)."""
        text = tok.string
        if not raw and "\\" in text:
            try:
                text = decode_escapes(text, False, lambda message: self._warn_middle(tok, message))
            except LiteralError as exc:
                raise self.error_at_token(tok, str(exc)) from None
        return Constant(text, None, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)

    def source_between(self, opening, closing) -> str:
        """The source text from the end of token `opening` to the start of token `closing`."""
        lines = self.source_lines
        if opening.end_lineno == closing.lineno:
            return lines[closing.lineno - 1][opening.end_col_offset:closing.col_offset].decode("utf-8", "replace")
        pieces = [lines[opening.end_lineno - 1][opening.end_col_offset:]]
        pieces.extend(lines[opening.end_lineno:closing.lineno - 1])
        pieces.append(lines[closing.lineno - 1][:closing.col_offset])
        return b"".join(pieces).decode("utf-8", "replace")
