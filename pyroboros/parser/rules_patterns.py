"""The match statement rules of Grammar/python.gram (3.14): match_stmt, case_block and the
pattern rules (PEP 634), with "match", "case" and "_" as soft keywords.

closed_pattern's alternatives are told apart by their first token, in the grammar's order
(so `_` is the wildcard even before '.', as in CPython).
"""
from __future__ import annotations

from . import token_types as T
from .action_helpers import LOAD
from .ast_nodes import (
    Add, Attribute, BinOp, Constant, Match, MatchAs, MatchClass, MatchMapping, MatchOr,
    MatchSequence, MatchSingleton, MatchStar, MatchValue, Name, Sub, Tuple, UnaryOp, USub, match_case,
)
from .pegen import KW_AS, KW_FALSE, KW_IF, KW_NONE, KW_TRUE

NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT = T.NAME, T.NUMBER, T.STRING, T.NEWLINE, T.INDENT, T.DEDENT
LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.LBRACE, T.RBRACE
COMMA, COLON, DOT, STAR, DOUBLESTAR, EQUAL, VBAR, MINUS, PLUS = (
    T.COMMA, T.COLON, T.DOT, T.STAR, T.DOUBLESTAR, T.EQUAL, T.VBAR, T.MINUS, T.PLUS)
_STRING_STARTS = frozenset((STRING, T.FSTRING_START, T.TSTRING_START))
_SINGLETONS = {KW_NONE: None, KW_TRUE: True, KW_FALSE: False}
_ADD, _SUB, _USUB = Add(), Sub(), USub()


class PatternRules:
    """Match statement rules; mixed into the Parser (see parser.py)."""

    def match_stmt(self):
        """match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT."""
        start = self.pos
        types = self.types
        self.pos += 1
        subject = self.subject_expr()
        if subject is None or types[self.pos] != COLON or types[self.pos + 1] != NEWLINE \
                or types[self.pos + 2] != INDENT:
            if self.call_invalid_rules and subject is not None:
                self.invalid_match_stmt(start)
            self.reset(start)
            return None
        self.pos += 3
        cases = []
        while True:
            case = self.case_block()
            if case is None:
                break
            cases.append(case)
        if not cases or types[self.pos] != DEDENT:
            self.reset(start)
            return None
        self.pos += 1
        return Match(subject, cases, *self.loc(start))

    def subject_expr(self):
        """subject_expr: star_named_expression ',' star_named_expressions? | named_expression."""
        start = self.pos
        a = self.star_named_expression()
        if a is None:
            return None
        if self.types[self.pos] == COMMA:
            self.pos += 1
            elts = [a]
            rest = self.star_named_expressions()
            if rest is not None:
                elts.extend(rest)
            return Tuple(elts, LOAD, *self.loc(start))
        if self.types[start] == STAR:
            self.reset(start)
            return None
        return a

    def case_block(self):
        """case_block: "case" patterns guard? ':' block."""
        if not self.soft_keyword("case"):
            return None
        start = self.pos
        types = self.types
        if self.call_invalid_rules:
            self.invalid_case_block(start)
        self.pos += 1
        pattern = self.patterns()
        if pattern is None:
            self.reset(start)
            return None
        guard = None
        if types[self.pos] == KW_IF:
            self.pos += 1
            guard = self.named_expression()
            if guard is None:
                self.reset(start)
                return None
        if types[self.pos] != COLON:
            self.reset(start)
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        return match_case(pattern, guard, body)

    def patterns(self):
        """patterns: open_sequence_pattern | pattern."""
        start = self.pos
        first = self.maybe_star_pattern()
        if first is None:
            return None
        if self.types[self.pos] == COMMA:
            self.pos += 1
            items = [first]
            rest = self.maybe_sequence_pattern()
            if rest is not None:
                items.extend(rest)
            return MatchSequence(items, *self.loc(start))
        if type(first) is MatchStar:
            self.reset(start)
            return None
        return first

    def pattern(self):
        """pattern: as_pattern | or_pattern."""
        start = self.pos
        a = self.or_pattern()
        if a is None or self.types[self.pos] != KW_AS:
            return a
        mark = self.pos
        self.pos += 1
        target = self.capture_target()
        if target is None:
            if self.call_invalid_rules:
                self.invalid_as_pattern(mark)
            self.reset(mark)
            return a
        return MatchAs(a, target, *self.loc(start))

    def or_pattern(self):
        """or_pattern: '|'.closed_pattern+."""
        start = self.pos
        a = self.closed_pattern()
        if a is None or self.types[self.pos] != VBAR:
            return a
        alternatives = [a]
        while self.types[self.pos] == VBAR:
            mark = self.pos
            self.pos += 1
            b = self.closed_pattern()
            if b is None:
                self.reset(mark)
                break
            alternatives.append(b)
        return MatchOr(alternatives, *self.loc(start))

    def capture_target(self):
        """pattern_capture_target: !"_" NAME !('.' | '(' | '=') (the name)."""
        types = self.types
        if types[self.pos] != NAME or self.tokens[self.pos].string == "_" \
                or types[self.pos + 1] in (DOT, LPAR, EQUAL):
            return None
        self.pos += 1
        return self.tokens[self.pos - 1].string

    def closed_pattern(self):
        """closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
        | group_pattern | sequence_pattern | mapping_pattern | class_pattern."""
        types = self.types
        start = self.pos
        t = types[start]
        if t == NUMBER or t == MINUS or t in _STRING_STARTS:
            value = self.literal_expr()
            if value is None:
                return None
            return MatchValue(value, *self.loc(start))
        if t in _SINGLETONS:
            self.pos += 1
            return MatchSingleton(_SINGLETONS[t], *self.loc(start))
        if t == NAME:
            name = self.capture_target()
            if name is not None:
                return MatchAs(None, name, *self.loc(start))
            if self.tokens[start].string == "_":
                self.pos += 1
                return MatchAs(None, None, *self.loc(start))
            cls = self.name_or_attr()
            if types[self.pos] == LPAR:
                return self.class_pattern(start, cls)
            if type(cls) is Attribute and types[self.pos] not in (DOT, EQUAL):
                return MatchValue(cls, *self.loc(start))
            self.reset(start)
            return None
        if t == LPAR:
            self.pos += 1
            if types[self.pos] == RPAR:
                self.pos += 1
                return MatchSequence([], *self.loc(start))
            first = self.maybe_star_pattern()
            if first is not None:
                if types[self.pos] == RPAR and type(first) is not MatchStar:
                    self.pos += 1
                    return first
                if types[self.pos] == COMMA:
                    self.pos += 1
                    items = [first]
                    rest = self.maybe_sequence_pattern()
                    if rest is not None:
                        items.extend(rest)
                    if types[self.pos] == RPAR:
                        self.pos += 1
                        return MatchSequence(items, *self.loc(start))
            self.reset(start)
            return None
        if t == LSQB:
            self.pos += 1
            items = self.maybe_sequence_pattern() or []
            if types[self.pos] == RSQB:
                self.pos += 1
                return MatchSequence(items, *self.loc(start))
            self.reset(start)
            return None
        if t == LBRACE:
            return self.mapping_pattern()
        return None

    def literal_expr(self):
        """literal_expr / literal_pattern's value: signed_number !('+' | '-') | complex_number
        | strings | 'None' | 'True' | 'False'."""
        types = self.types
        start = self.pos
        t = types[start]
        if t in _STRING_STARTS:
            return self.strings()
        if t in _SINGLETONS:
            self.pos += 1
            return Constant(_SINGLETONS[t], None, *self.loc(start))
        real = self.signed_number()
        if real is None:
            return None
        op_type = types[self.pos]
        if op_type != PLUS and op_type != MINUS:
            return real
        # complex_number: signed_real_number ('+' | '-') imaginary_number
        self.ensure(real, complex, False)
        self.pos += 1
        if types[self.pos] != NUMBER:
            self.reset(start)
            return None
        tok = self.tokens[self.pos]
        self.pos += 1
        imag = Constant(self.number_value(tok), None, tok.lineno, tok.col_offset, tok.end_lineno,
                        tok.end_col_offset)
        self.ensure(imag, complex, True)
        return BinOp(real, _ADD if op_type == PLUS else _SUB, imag, *self.loc(start))

    def ensure(self, node, kind: type, wanted: bool) -> None:
        """_PyPegen_ensure_real / _PyPegen_ensure_imaginary."""
        value = node.operand if type(node) is UnaryOp else node
        if (type(value.value) is kind) != wanted:
            raise self.error_at_node(value, "imaginary number required in complex literal" if wanted
                                     else "real number required in complex literal")

    def signed_number(self):
        """signed_number: NUMBER | '-' NUMBER."""
        types = self.types
        start = self.pos
        negative = types[start] == MINUS
        if types[start + negative] != NUMBER:
            return None
        tok = self.tokens[start + negative]
        self.pos = start + negative + 1
        number = Constant(self.number_value(tok), None, tok.lineno, tok.col_offset, tok.end_lineno,
                          tok.end_col_offset)
        if negative:
            return UnaryOp(_USUB, number, *self.loc(start))
        return number

    def name_or_attr(self):
        """name_or_attr: attr | NAME (attr: name_or_attr '.' NAME)."""
        types = self.types
        start = self.pos
        tok = self.tokens[start]
        self.pos += 1
        node = Name(tok.string, LOAD, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        while types[self.pos] == DOT and types[self.pos + 1] == NAME:
            attr = self.tokens[self.pos + 1].string
            self.pos += 2
            node = Attribute(node, attr, LOAD, *self.loc(start))
        return node

    def maybe_sequence_pattern(self) -> list | None:
        """maybe_sequence_pattern: ','.maybe_star_pattern+ ','?."""
        a = self.maybe_star_pattern()
        if a is None:
            return None
        return self._comma_list(a, self.maybe_star_pattern)

    def maybe_star_pattern(self):
        """maybe_star_pattern: star_pattern | pattern."""
        types = self.types
        if types[self.pos] == STAR:
            start = self.pos
            if types[start + 1] != NAME:
                return None
            name = self.tokens[start + 1].string
            self.pos += 2
            if name != "_" and types[self.pos] in (DOT, LPAR, EQUAL):
                self.reset(start)
                return None
            return MatchStar(None if name == "_" else name, *self.loc(start))
        return self.pattern()

    def mapping_pattern(self):
        """mapping_pattern: '{' [items_pattern ','] [double_star_pattern] ','? '}'."""
        start = self.pos
        types = self.types
        self.pos += 1
        keys, patterns = [], []
        rest = None
        while types[self.pos] != RBRACE:
            if types[self.pos] == DOUBLESTAR:
                self.pos += 1
                rest = self.capture_target()
                if rest is None:
                    break
                if types[self.pos] == COMMA:
                    self.pos += 1
                break
            key_start = self.pos
            if types[key_start] == NAME:
                key = self.name_or_attr()
                if type(key) is not Attribute:
                    self.reset(key_start)
                    break
            else:
                key = self.literal_expr()
            if key is None or types[self.pos] != COLON:
                self.reset(key_start)
                break
            self.pos += 1
            value = self.pattern()
            if value is None:
                self.reset(key_start)
                break
            keys.append(key)
            patterns.append(value)
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if types[self.pos] != RBRACE:
            self.reset(start)
            return None
        self.pos += 1
        return MatchMapping(keys, patterns, rest, *self.loc(start))

    def class_pattern(self, start: int, cls):
        """class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns] ','? ')'."""
        types = self.types
        self.pos += 1
        patterns, kwd_attrs, kwd_patterns = [], [], []
        while types[self.pos] != RPAR:
            if types[self.pos] == NAME and types[self.pos + 1] == EQUAL:
                kwd_attrs.append(self.tokens[self.pos].string)
                self.pos += 2
                value = self.pattern()
                if value is None:
                    break
                kwd_patterns.append(value)
            else:
                if kwd_attrs:
                    if self.call_invalid_rules:
                        self.invalid_class_argument_pattern()
                    break
                value = self.pattern()
                if value is None:
                    break
                patterns.append(value)
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if types[self.pos] != RPAR:
            self.reset(start)
            return None
        self.pos += 1
        return MatchClass(cls, patterns, kwd_attrs, kwd_patterns, *self.loc(start))
