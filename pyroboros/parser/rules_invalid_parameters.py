"""The invalid_* rules of function and lambda parameter lists (Grammar/python.gram, 3.14):
invalid_parameters, invalid_lambda_parameters, invalid_default, invalid_star_etc,
invalid_lambda_star_etc, invalid_kwds and invalid_lambda_kwds.

The small backtracking helpers mirror the grammar's parameter rules (param_no_default,
param_with_default, slash_no_default, ...) closely enough for the error alternatives to match
where CPython's do; they build no nodes. Type comments are left out.
"""
from __future__ import annotations

from . import token_types as T

NAME, COMMA, COLON, EQUAL, STAR, DOUBLESTAR, SLASH, LPAR, RPAR = (
    T.NAME, T.COMMA, T.COLON, T.EQUAL, T.STAR, T.DOUBLESTAR, T.SLASH, T.LPAR, T.RPAR)


class InvalidParameterRules:
    """The parameter-list error alternatives; mixed into the Parser (see parser.py)."""

    def _p_param(self, lambda_: bool):
        """param: NAME annotation? (lambda_param: NAME); its first and last tokens, or None."""
        types = self.types
        start = self.pos
        if types[start] != NAME:
            return None
        self.pos += 1
        if not lambda_ and types[self.pos] == COLON:
            self.pos += 1
            if self.expression() is None:
                self.reset(start)
                return None
        return self.tokens[start], self.tokens[self.pos - 1]

    def _p_default(self) -> bool:
        """default: '=' expression | invalid_default."""
        types = self.types
        if types[self.pos] != EQUAL:
            return False
        start = self.pos
        self.pos += 1
        if self.expression() is not None:
            return True
        if types[start + 1] in (RPAR, COMMA):
            self.raise_location(self.tokens[start], "expected default value expression")
        self.reset(start)
        return False

    def _p_end(self, close: int) -> bool:
        """',' or &close after a parameter."""
        if self.types[self.pos] == COMMA:
            self.pos += 1
            return True
        return self.types[self.pos] == close

    def _p_item(self, lambda_: bool, close: int, default: bool | None):
        """param_no_default (default False), param_with_default (True), param_maybe_default (None)."""
        start = self.pos
        tok = self._p_param(lambda_)
        if tok is not None:
            has_default = default is not False and self._p_default()
            if (default is None or default == has_default) and self._p_end(close):
                return tok
        self.reset(start)
        return None

    def _p_many(self, lambda_: bool, close: int, default: bool | None) -> int:
        count = 0
        while self._p_item(lambda_, close, default) is not None:
            count += 1
        return count

    def _p_slash(self, close: int, with_default: bool, lambda_: bool) -> bool:
        """slash_no_default / slash_with_default: params '/' (',' | &close)."""
        start = self.pos
        if with_default:
            self._p_many(lambda_, close, False)
            ok = self._p_many(lambda_, close, True) > 0
        else:
            ok = self._p_many(lambda_, close, False) > 0
        if ok and self.types[self.pos] == SLASH:
            self.pos += 1
            if self._p_end(close):
                return True
        self.reset(start)
        return False

    def _p_any_slash(self, close: int, lambda_: bool) -> bool:
        return self._p_slash(close, False, lambda_) or self._p_slash(close, True, lambda_)

    def invalid_parameters(self, lambda_: bool) -> None:
        """invalid_parameters / invalid_lambda_parameters, then the star_etc and kwds errors."""
        types = self.types
        tokens = self.tokens
        close = COLON if lambda_ else RPAR
        start = self.pos
        if types[start] == SLASH and types[start + 1] == COMMA:
            self.raise_location(tokens[start], "at least one argument must precede /")
        if self._p_any_slash(close, lambda_):
            self._p_many(lambda_, close, None)
            if types[self.pos] == SLASH:
                self.raise_location(tokens[self.pos], "/ may appear only once")
        self.reset(start)
        self._p_slash(close, False, lambda_)
        self._p_many(lambda_, close, False)
        if self._p_slash(close, True, lambda_) or self._p_many(lambda_, close, True):
            span = self._p_item(lambda_, close, False)
            if span is not None:
                self.raise_range(*span, "parameter without a default follows parameter with a default")
        self.reset(start)
        self._p_many(lambda_, close, False)
        if types[self.pos] == LPAR:
            opening = tokens[self.pos]
            self.pos += 1
            count = 0
            while self._p_param(True) is not None:
                count += 1
                if types[self.pos] != COMMA:
                    break
                self.pos += 1
            if count and types[self.pos] == RPAR:
                what = "Lambda expression" if lambda_ else "Function"
                self.raise_range(opening, tokens[self.pos], f"{what} parameters cannot be parenthesized")
        self.reset(start)
        self._p_any_slash(close, lambda_)
        self._p_many(lambda_, close, None)
        if types[self.pos] == STAR:
            self.pos += 1
            if types[self.pos] == COMMA:
                self.pos += 1
                ok = True
            else:
                ok = self._p_item(lambda_, close, False) is not None
            if ok:
                self._p_many(lambda_, close, None)
                if types[self.pos] == SLASH:
                    self.raise_location(tokens[self.pos], "/ must be ahead of *")
        self.reset(start)
        if self._p_many(lambda_, close, None) and types[self.pos] == SLASH and types[self.pos + 1] == STAR:
            self.raise_location(tokens[self.pos + 1], "expected comma between / and *")
        self.reset(start)
        self._star_etc_errors(lambda_, close)
        self.reset(start)

    def _star_etc_errors(self, lambda_: bool, close: int) -> None:
        """invalid_star_etc and invalid_kwds, where `parameters` would reach star_etc."""
        types = self.types
        tokens = self.tokens
        self._p_any_slash(close, lambda_)
        self._p_many(lambda_, close, False)
        self._p_many(lambda_, close, True)
        if types[self.pos] == STAR:
            star = self.pos
            nxt = types[star + 1]
            if nxt == close or (nxt == COMMA and types[star + 2] in (close, DOUBLESTAR)):
                if lambda_:
                    self.touch(star + 1 + (nxt == COMMA))
                    self.raise_last("named arguments must follow bare *")
                self.raise_location(tokens[star], "named arguments must follow bare *")
            self.reset(star + 1)
            if self._p_param(lambda_) is not None and types[self.pos] == EQUAL:
                self.raise_location(tokens[self.pos], "var-positional argument cannot have default value")
            self.reset(star + 1)
            if types[self.pos] == COMMA:
                self.pos += 1
                ok = True
            else:
                ok = self._p_item(lambda_, close, False) is not None
            if ok:
                self._p_many(lambda_, close, None)
                if types[self.pos] == STAR:
                    second = self.pos
                    self.pos += 1
                    if types[self.pos] == COMMA or self._p_item(lambda_, close, False) is not None:
                        self.raise_location(tokens[second], "* argument may appear only once")
                self.reset(star + 1)
                if types[self.pos] == COMMA:
                    self.pos += 1
                else:
                    self._p_item(lambda_, close, False)
                self._p_many(lambda_, close, None)
        if types[self.pos] == DOUBLESTAR:
            self.pos += 1
            if self._p_param(lambda_) is not None:
                if types[self.pos] == EQUAL:
                    self.raise_location(tokens[self.pos], "var-keyword argument cannot have default value")
                if types[self.pos] == COMMA:
                    self.pos += 1
                    if types[self.pos] in (STAR, DOUBLESTAR, SLASH):
                        self.raise_location(tokens[self.pos], "arguments cannot follow var-keyword argument")
                    span = self._p_param(lambda_)
                    if span is not None:
                        self.raise_range(*span, "arguments cannot follow var-keyword argument")
