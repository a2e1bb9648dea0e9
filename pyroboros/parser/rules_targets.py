"""The assignment-target rules of Grammar/python.gram (3.14): star_targets, single_target,
t_primary, del_targets.

`t_primary` is left-recursive and memoized in CPython; here it is a loop whose result is kept
per start position, because the alternatives of `assignment` and `star_target` ask for it
several times at the same place.
"""
from __future__ import annotations

from . import token_types as T
from .action_helpers import DEL, LOAD, STORE, set_context
from .ast_nodes import Attribute, List, Name, Starred, Subscript, Tuple

NAME, LPAR, RPAR, LSQB, RSQB, COMMA, DOT, STAR = (
    T.NAME, T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.COMMA, T.DOT, T.STAR)
_T_LOOKAHEAD = frozenset((LPAR, LSQB, DOT))


class TargetRules:
    """Target rules; mixed into the Parser (see parser.py)."""

    def star_targets(self):
        """star_targets: star_target !',' | star_target (',' star_target)* [',']."""
        start = self.pos
        a = self.star_target()
        if a is None or self.types[self.pos] != COMMA:
            return a
        return Tuple(self._comma_list(a, self.star_target), STORE, *self.loc(start))

    def star_target(self):
        """star_target: '*' (!'*' star_target) | target_with_star_atom."""
        if self.types[self.pos] == STAR:
            start = self.pos
            self.pos += 1
            if self.types[self.pos] == STAR:
                self.reset(start)
                return None
            a = self.star_target()
            if a is None:
                self.reset(start)
                return None
            return Starred(set_context(a, STORE), STORE, *self.loc(start))
        return self.target_with_star_atom()

    def target_with_star_atom(self):
        """target_with_star_atom: t_primary '.' NAME !t_lookahead
        | t_primary '[' slices ']' !t_lookahead | star_atom."""
        a = self._subscript_attribute_target(STORE)
        if a is not None:
            return a
        return self.star_atom()

    def _subscript_attribute_target(self, ctx):
        """t_primary ('.' NAME | '[' slices ']') !t_lookahead, with context `ctx`."""
        start = self.pos
        value = self.t_primary()
        if value is None:
            return None
        types = self.types
        t = types[self.pos]
        if t == DOT:
            if types[self.pos + 1] == NAME and types[self.pos + 2] not in _T_LOOKAHEAD:
                name = self.tokens[self.pos + 1]
                self.pos += 2
                return Attribute(value, name.string, ctx, *self.loc(start))
        elif t == LSQB:
            mark = self.pos
            self.pos += 1
            s = self.slices()
            if s is not None and types[self.pos] == RSQB and types[self.pos + 1] not in _T_LOOKAHEAD:
                self.pos += 1
                return Subscript(value, s, ctx, *self.loc(start))
            self.reset(mark)
        self.reset(start)
        return None

    def star_atom(self):
        """star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
        | '[' [star_targets_list_seq] ']'."""
        types = self.types
        start = self.pos
        t = types[start]
        if t == NAME:
            tok = self.tokens[start]
            self.pos += 1
            return Name(tok.string, STORE, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        if t == LPAR:
            self.pos += 1
            if types[self.pos] == RPAR:
                self.pos += 1
                return Tuple([], STORE, *self.loc(start))
            a = self.star_target()
            if a is not None:
                if types[self.pos] == RPAR and types[start + 1] != STAR:
                    self.pos += 1
                    return set_context(a, STORE)
                if types[self.pos] == COMMA:
                    elts = self._comma_list(a, self.star_target)
                    if types[self.pos] == RPAR:
                        self.pos += 1
                        return Tuple(elts, STORE, *self.loc(start))
            self.reset(start)
            return None
        if t == LSQB:
            self.pos += 1
            elts = []
            if types[self.pos] != RSQB:
                a = self.star_target()
                if a is not None:
                    elts = self._comma_list(a, self.star_target)
            if types[self.pos] == RSQB:
                self.pos += 1
                return List(elts, STORE, *self.loc(start))
            self.reset(start)
            return None
        return None

    def single_target(self):
        """single_target: single_subscript_attribute_target | NAME | '(' single_target ')'."""
        a = self._subscript_attribute_target(STORE)
        if a is not None:
            return a
        types = self.types
        start = self.pos
        if types[start] == NAME:
            tok = self.tokens[start]
            self.pos += 1
            return Name(tok.string, STORE, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        if types[start] == LPAR:
            self.pos += 1
            a = self.single_target()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return a
            self.reset(start)
        return None

    def t_primary(self):
        """t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead
        | atom &t_lookahead."""
        start = self.pos
        memo = self.t_primary_memo.get(start)
        if memo is not None:
            self.pos = memo[1]
            return memo[0]
        result = self._t_primary(start)
        self.t_primary_memo[start] = (result, self.pos)
        return result

    def _t_primary(self, start: int):
        types = self.types
        a = self.atom()
        if a is None or types[self.pos] not in _T_LOOKAHEAD:
            self.reset(start)
            return None
        while True:
            mark = self.pos
            t = types[mark]
            if t == DOT:
                if types[mark + 1] != NAME:
                    break
                name = self.tokens[mark + 1]
                self.pos += 2
                if types[self.pos] not in _T_LOOKAHEAD:
                    self.reset(mark)
                    break
                a = Attribute(a, name.string, LOAD, *self.loc(start))
            elif t == LSQB:
                b = self.subscript_trailer(a, start, LOAD)
                if b is None or types[self.pos] not in _T_LOOKAHEAD:
                    self.reset(mark)
                    break
                a = b
            else:
                b = self.call_trailer(a, start)
                if b is None or types[self.pos] not in _T_LOOKAHEAD:
                    self.reset(mark)
                    break
                a = b
        return a

    def del_targets(self) -> list | None:
        """del_targets: ','.del_target+ [',']."""
        a = self.del_target()
        if a is None:
            return None
        return self._comma_list(a, self.del_target)

    def del_target(self):
        """del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
        | del_t_atom."""
        a = self._subscript_attribute_target(DEL)
        if a is not None:
            return a
        types = self.types
        start = self.pos
        t = types[start]
        if t == NAME:
            tok = self.tokens[start]
            self.pos += 1
            return Name(tok.string, DEL, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        if t == LPAR or t == LSQB:
            close = RPAR if t == LPAR else RSQB
            self.pos += 1
            elts = []
            if types[self.pos] != close:
                a = self.del_target()
                if a is not None:
                    if t == LPAR and types[self.pos] == RPAR:
                        self.pos += 1
                        return set_context(a, DEL)
                    elts = self._comma_list(a, self.del_target)
            if types[self.pos] == close:
                self.pos += 1
                node = Tuple if t == LPAR else List
                return node(elts, DEL, *self.loc(start))
            self.reset(start)
        return None
