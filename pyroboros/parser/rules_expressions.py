"""The expression rules of Grammar/python.gram (3.14): from `star_expressions` down to `atom`,
comprehensions, call arguments, lambdas and slices.

Each method names the grammar rule it implements. PEG alternatives that share a prefix are
parsed once and then told apart by the next token (e.g. `genexp | tuple | group` after '('),
which accepts exactly the same programs as the ordered choice without re-parsing, so no memo
table is needed. Left-recursive rules (`bitwise_or`, `sum`, `primary`, ...) are loops.
A rule that fails returns None with the position unchanged.
"""
from __future__ import annotations

from . import token_types as T
from .action_helpers import LOAD, STORE, empty_arguments
from .ast_nodes import (
    Add, And, Attribute, Await, BinOp, BitAnd, BitOr, BitXor, BoolOp, Call, Compare, Constant,
    Dict, DictComp, Div, Eq, FloorDiv, GeneratorExp, Gt, GtE, IfExp, In, Invert, Is, IsNot, Lambda,
    List, ListComp, LShift, Lt, LtE, MatMult, Mod, Mult, Name, NamedExpr, Not, NotEq, NotIn, Or,
    Pow, RShift, Set, SetComp, Slice, Starred, Sub, Subscript, Tuple, UAdd, USub, UnaryOp,
    Yield, YieldFrom, arg, arguments, comprehension, keyword,
)
from .pegen import (
    KW_ASYNC, KW_AWAIT, KW_ELSE, KW_FALSE, KW_FOR, KW_FROM, KW_IF, KW_IN, KW_IS, KW_LAMBDA, KW_NONE,
    KW_NOT, KW_OR, KW_AND, KW_TRUE, KW_YIELD, WHITESPACE_TYPES,
)
from .string_literals import parse_number

NAME, NUMBER, STRING = T.NAME, T.NUMBER, T.STRING
LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.LBRACE, T.RBRACE
COMMA, COLON, DOT, STAR, DOUBLESTAR, EQUAL = T.COMMA, T.COLON, T.DOT, T.STAR, T.DOUBLESTAR, T.EQUAL
COLONEQUAL = T.COLONEQUAL
FSTRING_START, TSTRING_START, ELLIPSIS = T.FSTRING_START, T.TSTRING_START, T.ELLIPSIS

_OR, _AND, _NOT = Or(), And(), Not()
_POW = Pow()
# Binary operators by precedence level: bitwise_or 1, bitwise_xor 2, bitwise_and 3,
# shift_expr 4, sum 5, term 6.
_BINARY_OPS = {
    T.VBAR: (1, BitOr()), T.CIRCUMFLEX: (2, BitXor()), T.AMPER: (3, BitAnd()),
    T.LEFTSHIFT: (4, LShift()), T.RIGHTSHIFT: (4, RShift()), T.PLUS: (5, Add()), T.MINUS: (5, Sub()),
    T.STAR: (6, Mult()), T.SLASH: (6, Div()), T.DOUBLESLASH: (6, FloorDiv()), T.PERCENT: (6, Mod()),
    T.AT: (6, MatMult()),
}
_UNARY_OPS = {T.PLUS: UAdd(), T.MINUS: USub(), T.TILDE: Invert()}
_COMPARE_OPS = {T.EQEQUAL: Eq(), T.NOTEQUAL: NotEq(), T.LESSEQUAL: LtE(), T.LESS: Lt(),
                T.GREATEREQUAL: GtE(), T.GREATER: Gt(), KW_IN: In(), KW_IS: Is(), KW_NOT: None}
_IS_NOT, _NOT_IN = IsNot(), NotIn()
_ATOM_CONSTANTS = {KW_TRUE: True, KW_FALSE: False, KW_NONE: None, ELLIPSIS: Ellipsis}
_PREFIX_OPERATORS = frozenset((KW_NOT, T.PLUS, T.MINUS, T.TILDE, KW_AWAIT))
_SINGLE_TOKEN_ATOMS = frozenset((NAME, NUMBER, KW_TRUE, KW_FALSE, KW_NONE, ELLIPSIS))
# Tokens that no rule between `expression` and `atom` can take after an atom.
_ENDS_EXPRESSION = frozenset((COMMA, RPAR, RSQB, RBRACE, COLON, T.NEWLINE, EQUAL, T.SEMI))


class ExpressionRules:
    """Expression rules; mixed into the Parser (see parser.py)."""

    def loc(self, start: int) -> tuple[int, int, int, int]:
        """EXTRA: from the rule's first token to the last one it consumed."""
        tokens = self.tokens
        s = tokens[start]
        last = self.pos - 1
        e = self.last_token() if self.types[last] in WHITESPACE_TYPES else tokens[last]
        return s.lineno, s.col_offset, e.end_lineno, e.end_col_offset

    # -- expression lists --------------------------------------------------------------------

    def expressions(self):
        """expressions: expression (',' expression)* [','] (a Tuple when there is a comma)."""
        start = self.pos
        a = self.expression()
        if a is None or self.types[self.pos] != COMMA:
            return a
        return Tuple(self._comma_list(a, self.expression), LOAD, *self.loc(start))

    def _comma_list(self, first, item) -> list:
        """`first (',' item)* [',']` after `first`: the trailing comma is consumed."""
        elts = [first]
        types = self.types
        while types[self.pos] == COMMA:
            self.pos += 1
            b = item()
            if b is None:
                break
            elts.append(b)
        return elts

    def star_expressions(self):
        """star_expressions: star_expression (',' star_expression)* [',']."""
        start = self.pos
        a = self.star_expression()
        if a is None or self.types[self.pos] != COMMA:
            return a
        return Tuple(self._comma_list(a, self.star_expression), LOAD, *self.loc(start))

    def star_expression(self):
        """star_expression: '*' bitwise_or | expression."""
        if self.types[self.pos] == STAR:
            start = self.pos
            self.pos += 1
            a = self.bitwise_or()
            if a is None:
                self.reset(start)
                return None
            return Starred(a, LOAD, *self.loc(start))
        return self.expression()

    def star_named_expression(self):
        """star_named_expression: '*' bitwise_or | named_expression."""
        if self.types[self.pos] == STAR:
            start = self.pos
            self.pos += 1
            a = self.bitwise_or()
            if a is None:
                self.reset(start)
                return None
            return Starred(a, LOAD, *self.loc(start))
        return self.named_expression()

    def star_named_expressions(self) -> list | None:
        """star_named_expressions: ','.star_named_expression+ [',']."""
        a = self.star_named_expression()
        if a is None:
            return None
        return self._comma_list(a, self.star_named_expression)

    def named_expression(self, invalid: bool = True):
        """named_expression: assignment_expression | expression !':='. A call's argument
        (`invalid` false) has the same alternatives but not invalid_named_expression."""
        types = self.types
        start = self.pos
        if types[start] == NAME and types[start + 1] == COLONEQUAL:
            return self.assignment_expression()
        if self.call_invalid_rules and invalid:
            self.invalid_named_expression(start)
        a = self.expression()
        if a is not None and types[self.pos] == COLONEQUAL:
            self.reset(start)
            return None
        return a

    def assignment_expression(self):
        """assignment_expression: NAME ':=' ~ expression."""
        start = self.pos
        tok = self.tokens[start]
        self.pos += 2
        b = self.expression()
        if b is None:
            self.reset(start)
            return None
        target = Name(tok.string, STORE, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        return NamedExpr(target, b, *self.loc(start))

    # -- expression --------------------------------------------------------------------------

    def expression(self):
        """expression: if_expression | disjunction | lambdef."""
        start = self.pos
        types = self.types
        if types[start + 1] in _ENDS_EXPRESSION and types[start] in _SINGLE_TOKEN_ATOMS:
            # A lone name or number: every level down to `atom` would return it unchanged.
            return self.atom()
        if self.call_invalid_rules:
            self.invalid_expression_alternatives(start)
        a = self.disjunction()
        if a is None:
            if self.types[start] == KW_LAMBDA:
                return self.lambdef()
            return None
        if self.types[self.pos] == KW_IF:
            mark = self.pos
            self.pos += 1
            b = self.disjunction()
            if b is not None and self.types[self.pos] == KW_ELSE:
                self.pos += 1
                c = self.expression()
                if c is not None:
                    return IfExp(b, a, c, *self.loc(start))
            self.reset(mark)
        return a

    def yield_expr(self):
        """yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]."""
        start = self.pos
        self.pos += 1
        if self.types[self.pos] == KW_FROM:
            self.pos += 1
            a = self.expression()
            if a is not None:
                return YieldFrom(a, *self.loc(start))
            self.reset(start + 1)
        a = self.star_expressions()
        return Yield(a, *self.loc(start))

    def disjunction(self):
        """disjunction: conjunction ('or' conjunction)+ | conjunction.

        Below it, until `primary`, each level only adds something after its first operand
        or before it ('not', '+', '-', '~', 'await'). Without such a prefix, the primary is
        parsed first and the levels then continue from it, innermost first: the same tree
        as descending through every rule, with far fewer calls.
        """
        start = self.pos
        types = self.types
        if types[start] in _PREFIX_OPERATORS:
            a = self.conjunction()
            if a is None:
                return None
        else:
            a = self.primary()
            if a is None:
                return None
            if types[self.pos] in _ENDS_EXPRESSION:
                return a
            a = self._power_rest(start, a)
            a = self._binary_rest(start, a, 1)
            a = self._comparison_rest(start, a)
            a = self._bool_rest(start, a, KW_AND, self.inversion, _AND)
        return self._bool_rest(start, a, KW_OR, self.conjunction, _OR)

    def _bool_rest(self, start: int, a, keyword: int, operand, op):
        """The `(keyword operand)+` part of disjunction / conjunction, after `a`."""
        types = self.types
        if types[self.pos] != keyword:
            return a
        values = [a]
        while types[self.pos] == keyword:
            mark = self.pos
            self.pos += 1
            b = operand()
            if b is None:
                self.reset(mark)
                break
            values.append(b)
        if len(values) == 1:
            return a
        return BoolOp(op, values, *self.loc(start))

    def conjunction(self):
        """conjunction: inversion ('and' inversion)+ | inversion."""
        start = self.pos
        a = self.inversion()
        if a is None:
            return None
        return self._bool_rest(start, a, KW_AND, self.inversion, _AND)

    def inversion(self):
        """inversion: 'not' inversion | comparison."""
        if self.types[self.pos] == KW_NOT:
            start = self.pos
            self.pos += 1
            a = self.inversion()
            if a is None:
                self.reset(start)
                return None
            return UnaryOp(_NOT, a, *self.loc(start))
        return self.comparison()

    def comparison(self):
        """comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or."""
        start = self.pos
        a = self.bitwise_or()
        if a is None:
            return None
        return self._comparison_rest(start, a)

    def _comparison_rest(self, start: int, a):
        types = self.types
        ops = comparators = None
        while True:
            t = types[self.pos]
            if t not in _COMPARE_OPS:
                break
            mark = self.pos
            op = _COMPARE_OPS[t]
            if t == T.LESS and types[mark + 1] == T.GREATER and self.is_diamond(mark):
                # the obsolete '<>': the inequality operator with barry_as_FLUFL, else an error
                if not self.barry_as_bdfl:
                    if self.call_invalid_rules:
                        self.invalid_diamond(mark)
                    break
                op = _COMPARE_OPS[T.NOTEQUAL]
                self.pos += 2
            elif t == KW_NOT:
                if types[mark + 1] != KW_IN:
                    self.touch(mark + 1)
                    break
                op = _NOT_IN
                self.pos += 2
            elif t == KW_IS and types[mark + 1] == KW_NOT:
                op = _IS_NOT
                self.pos += 2
            elif t == T.NOTEQUAL and not self.check_barry_as_flufl(self.tokens[mark]):
                break
            else:
                self.pos += 1
            b = self.bitwise_or()
            if b is None:
                self.reset(mark)
                break
            if ops is None:
                ops, comparators = [op], [b]
            else:
                ops.append(op)
                comparators.append(b)
        if ops is None:
            return a
        return Compare(a, ops, comparators, *self.loc(start))

    def bitwise_or(self):
        """bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: the six left-recursive
        binary levels, by precedence climbing over `factor`.

        Same trees and positions as the rules (each BinOp starts where its left operand
        starts); an operator whose right operand fails is left unconsumed, as in the rules.
        """
        start = self.pos
        left = self.factor()
        if left is None:
            return None
        return self._binary_rest(start, left, 1)

    def _binary_rest(self, start: int, left, min_level: int):
        types = self.types
        while True:
            entry = _BINARY_OPS.get(types[self.pos])
            if entry is None or entry[0] < min_level:
                return left
            level, op = entry
            mark = self.pos
            self.pos += 1
            right_start = self.pos
            right = self.factor()
            if right is None:
                if self.call_invalid_rules and level >= 5:
                    self.invalid_not_after_operator(self.inversion)
                self.reset(mark)
                return left
            while True:
                following = _BINARY_OPS.get(types[self.pos])
                if following is None or following[0] <= level:
                    break
                before = self.pos
                right = self._binary_rest(right_start, right, level + 1)
                if self.pos == before:
                    break
            left = BinOp(left, op, right, *self.loc(start))

    def factor(self):
        """factor: ('+' | '-' | '~') factor | power."""
        op = _UNARY_OPS.get(self.types[self.pos])
        if op is not None:
            start = self.pos
            self.pos += 1
            a = self.factor()
            if a is None:
                if self.call_invalid_rules:
                    self.invalid_not_after_operator(self.factor)
                self.reset(start)
                return None
            return UnaryOp(op, a, *self.loc(start))
        return self.power()

    def power(self):
        """power: await_primary '**' factor | await_primary."""
        start = self.pos
        a = self.await_primary()
        if a is None:
            return None
        return self._power_rest(start, a)

    def _power_rest(self, start: int, a):
        if self.types[self.pos] != DOUBLESTAR:
            return a
        mark = self.pos
        self.pos += 1
        b = self.factor()
        if b is None:
            self.reset(mark)
            return a
        return BinOp(a, _POW, b, *self.loc(start))

    def await_primary(self):
        """await_primary: 'await' primary | primary."""
        if self.types[self.pos] == KW_AWAIT:
            start = self.pos
            self.pos += 1
            a = self.primary()
            if a is None:
                self.reset(start)
                return None
            return Await(a, *self.loc(start))
        return self.primary()

    def primary(self):
        """primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
        | primary '[' slices ']' | atom."""
        start = self.pos
        a = self.atom()
        if a is None:
            return None
        types = self.types
        while True:
            t = types[self.pos]
            if t == DOT:
                if types[self.pos + 1] != NAME:
                    self.touch(self.pos + 1)
                    return a
                name = self.tokens[self.pos + 1]
                self.pos += 2
                a = Attribute(a, name.string, LOAD, *self.loc(start))
            elif t == LPAR:
                call = self.call_trailer(a, start)
                if call is None:
                    return a
                a = call
            elif t == LSQB:
                sub = self.subscript_trailer(a, start, LOAD)
                if sub is None:
                    return a
                a = sub
            else:
                return a

    def subscript_trailer(self, value, start: int, ctx):
        """'[' slices ']' after a primary."""
        mark = self.pos
        self.pos += 1
        s = self.slices()
        if s is None or self.types[self.pos] != RSQB:
            self.reset(mark)
            return None
        self.pos += 1
        return Subscript(value, s, ctx, *self.loc(start))

    def call_trailer(self, func, start: int):
        """genexp | '(' [arguments] ')' after a primary."""
        mark = self.pos
        self.pos += 1
        types = self.types
        if types[self.pos] == RPAR:
            self.pos += 1
            return Call(func, [], [], *self.loc(start))
        first = None
        t = types[self.pos]
        if t != STAR and t != DOUBLESTAR and not (t == NAME and types[self.pos + 1] == EQUAL):
            first = self.named_expression(False)
            if first is None:
                self.arguments_failed(mark)
                self.reset(mark)
                return None
            if types[self.pos] in (KW_FOR, KW_ASYNC):
                comps = self.for_if_clauses()
                if comps is None or types[self.pos] != RPAR:
                    self.arguments_failed(mark)
                    self.reset(mark)
                    return None
                self.pos += 1
                genexp = GeneratorExp(first, comps, *self.loc(mark))
                return Call(func, [genexp], [], *self.loc(start))
        result = self.arguments(first)
        if result is None:
            self.arguments_failed(mark)
            self.reset(mark)
            return None
        return Call(func, result[0], result[1], *self.loc(start))

    def arguments(self, first=None) -> tuple[list, list] | None:
        """arguments: args [','] &')' (and the ')' itself), after '('.

        `first` is a positional argument the caller already parsed. Mirrors args/kwargs:
        positionals, then keywords and '*' unpackings, then '**' unpackings and keywords.
        """
        types = self.types
        tokens = self.tokens
        args = []
        keywords = []
        phase = 0  # 0: positionals; 1: keywords seen; 2: '**' seen (no more '*')
        if first is not None:
            if types[self.pos] == EQUAL:
                return None
            args.append(first)
            if types[self.pos] == COMMA:
                self.pos += 1
            elif types[self.pos] == RPAR:
                self.pos += 1
                return args, keywords
            else:
                return None
        while types[self.pos] != RPAR:
            t = types[self.pos]
            item_start = self.pos
            if t == NAME and types[self.pos + 1] == EQUAL:
                self.pos += 2
                value = self.expression()
                if value is None:
                    return None
                keywords.append(keyword(tokens[item_start].string, value, *self.loc(item_start)))
                phase = phase or 1
            elif t == STAR:
                if phase == 2:
                    return None
                self.pos += 1
                value = self.expression()
                if value is None:
                    return None
                args.append(Starred(value, LOAD, *self.loc(item_start)))
            elif t == DOUBLESTAR:
                self.pos += 1
                value = self.expression()
                if value is None:
                    return None
                keywords.append(keyword(None, value, *self.loc(item_start)))
                phase = 2
            else:
                if phase:
                    if t == NAME:
                        # kwarg_or_starred's `NAME '='` looked at the token after the name
                        self.touch(self.pos + 1)
                    return None
                value = self.named_expression()
                if value is None or types[self.pos] == EQUAL:
                    return None
                args.append(value)
            if types[self.pos] == COMMA:
                self.pos += 1
            elif types[self.pos] != RPAR:
                return None
        self.pos += 1
        return args, keywords

    def slices(self):
        """slices: slice !',' | ','.(slice | starred_expression)+ [',']."""
        start = self.pos
        a = self._slice_or_starred()
        if a is None:
            return None
        if self.types[self.pos] != COMMA and self.types[start] != STAR:
            return a
        elts = self._comma_list(a, self._slice_or_starred)
        return Tuple(elts, LOAD, *self.loc(start))

    def _slice_or_starred(self):
        if self.types[self.pos] == STAR:
            start = self.pos
            self.pos += 1
            a = self.expression()
            if a is None:
                self.reset(start)
                if self.call_invalid_rules:
                    self.invalid_starred_or_starred()
                return None
            return Starred(a, LOAD, *self.loc(start))
        return self.slice()

    def slice(self):
        """slice: [expression] ':' [expression] [':' [expression]] | named_expression."""
        start = self.pos
        types = self.types
        if types[start] == NAME and types[start + 1] == COLONEQUAL:
            return self.assignment_expression()
        lower = None
        if types[start] != COLON:
            lower = self.expression()
            if lower is None:
                return None
            if types[self.pos] != COLON:
                if types[self.pos] == COLONEQUAL:
                    self.reset(start)
                    return None
                return lower
        self.pos += 1
        upper = self.expression()
        step = None
        if types[self.pos] == COLON:
            self.pos += 1
            step = self.expression()
        return Slice(lower, upper, step, *self.loc(start))

    # -- atoms -------------------------------------------------------------------------------

    def atom(self):
        """atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
        | list | listcomp | dict | set | dictcomp | setcomp | '...'."""
        t = self.types[self.pos]
        if t == NAME:
            tok = self.tokens[self.pos]
            self.pos += 1
            return Name(tok.string, LOAD, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        if t == NUMBER:
            tok = self.tokens[self.pos]
            self.pos += 1
            return Constant(self.number_value(tok), None, tok.lineno, tok.col_offset, tok.end_lineno,
                            tok.end_col_offset)
        if t == STRING or t == FSTRING_START or t == TSTRING_START:
            return self.strings()
        if t == LPAR:
            return self.paren_atom()
        if t == LSQB:
            return self.list_atom()
        if t == LBRACE:
            return self.brace_atom()
        if t in _ATOM_CONSTANTS:
            tok = self.tokens[self.pos]
            self.pos += 1
            return Constant(_ATOM_CONSTANTS[t], None, tok.lineno, tok.col_offset, tok.end_lineno,
                            tok.end_col_offset)
        return None

    def number_value(self, tok):
        """_PyPegen_number_token's value; a too-long decimal literal is a SyntaxError."""
        try:
            return parse_number(tok.string)
        except ValueError as exc:
            raise self.error_at("SyntaxError", f"{exc} - Consider hexadecimal for huge integer "
                                "literals to avoid decimal conversion limits.", tok.lineno, -1,
                                tok.end_lineno, -1) from None

    def paren_atom(self):
        """&'(' (genexp | tuple | group)."""
        start = self.pos
        if self.call_invalid_rules:
            self.invalid_comprehension(start)
        self.pos += 1
        types = self.types
        t = types[self.pos]
        if t == RPAR:
            self.pos += 1
            return Tuple([], LOAD, *self.loc(start))
        if t == KW_YIELD:
            a = self.yield_expr()
            if types[self.pos] == RPAR:
                self.pos += 1
                return a
            self.reset(start)
            return None
        a = self.star_named_expression()
        if a is None:
            self.reset(start)
            return None
        t = types[self.pos]
        starred = types[start + 1] == STAR
        if t == RPAR and not starred:
            self.pos += 1
            return a
        if t == COMMA:
            self.pos += 1
            elts = [a]
            if types[self.pos] != RPAR:
                rest = self.star_named_expressions()
                if rest is not None:
                    elts.extend(rest)
            if types[self.pos] == RPAR:
                self.pos += 1
                return Tuple(elts, LOAD, *self.loc(start))
        elif (t == KW_FOR or t == KW_ASYNC) and not starred:
            comps = self.for_if_clauses()
            if comps is not None and types[self.pos] == RPAR:
                self.pos += 1
                return GeneratorExp(a, comps, *self.loc(start))
        self.reset(start)
        return None

    def list_atom(self):
        """&'[' (listcomp | list)."""
        start = self.pos
        if self.call_invalid_rules:
            self.invalid_comprehension(start)
        self.pos += 1
        types = self.types
        if types[self.pos] == RSQB:
            self.pos += 1
            return List([], LOAD, *self.loc(start))
        a = self.star_named_expression()
        if a is None:
            self.reset(start)
            return None
        t = types[self.pos]
        if (t == KW_FOR or t == KW_ASYNC) and types[start + 1] != STAR:
            comps = self.for_if_clauses()
            if comps is not None and types[self.pos] == RSQB:
                self.pos += 1
                return ListComp(a, comps, *self.loc(start))
            self.reset(start)
            return None
        elts = self._comma_list(a, self.star_named_expression)
        if types[self.pos] == RSQB:
            self.pos += 1
            return List(elts, LOAD, *self.loc(start))
        self.reset(start)
        return None

    def brace_atom(self):
        """&'{' (dictcomp | setcomp | dict | set)."""
        start = self.pos
        if self.call_invalid_rules:
            self.invalid_comprehension(start)
            self.invalid_double_starred_kvpairs(start)
        self.pos += 1
        types = self.types
        t = types[self.pos]
        if t == RBRACE:
            self.pos += 1
            return Dict([], [], *self.loc(start))
        if t == DOUBLESTAR:
            return self._dict_rest(start, [], [])
        if t == STAR or (t == NAME and types[self.pos + 1] == COLONEQUAL):
            first = self.star_named_expression()
        else:
            first = self.expression()
            if first is not None and types[self.pos] == COLON:
                self.pos += 1
                value = self.expression()
                if value is None:
                    self.reset(start)
                    return None
                t = types[self.pos]
                if t == KW_FOR or t == KW_ASYNC:
                    comps = self.for_if_clauses()
                    if comps is not None and types[self.pos] == RBRACE:
                        self.pos += 1
                        return DictComp(first, value, comps, *self.loc(start))
                    self.reset(start)
                    return None
                return self._dict_rest(start, [first], [value])
            if first is not None and types[self.pos] == COLONEQUAL:
                first = None
        if first is None:
            self.reset(start)
            return None
        t = types[self.pos]
        if (t == KW_FOR or t == KW_ASYNC) and types[start + 1] != STAR:
            comps = self.for_if_clauses()
            if comps is not None and types[self.pos] == RBRACE:
                self.pos += 1
                return SetComp(first, comps, *self.loc(start))
            self.reset(start)
            return None
        elts = self._comma_list(first, self.star_named_expression)
        if types[self.pos] == RBRACE:
            self.pos += 1
            return Set(elts, *self.loc(start))
        self.reset(start)
        return None

    def _dict_rest(self, start: int, keys: list, values: list):
        """The rest of `'{' double_starred_kvpairs '}'`, after the pairs already parsed."""
        types = self.types
        if keys and types[self.pos] == COMMA:
            self.pos += 1
        while types[self.pos] != RBRACE:
            if types[self.pos] == DOUBLESTAR:
                self.pos += 1
                v = self.bitwise_or()
                if v is None:
                    break
                keys.append(None)
                values.append(v)
            else:
                mark = self.pos
                k = self.expression()
                if k is None or types[self.pos] != COLON:
                    self.reset(mark)
                    break
                self.pos += 1
                v = self.expression()
                if v is None:
                    self.reset(mark)
                    break
                keys.append(k)
                values.append(v)
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if types[self.pos] == RBRACE and keys:
            self.pos += 1
            return Dict(keys, values, *self.loc(start))
        self.reset(start)
        return None

    # -- comprehensions ----------------------------------------------------------------------

    def for_if_clauses(self) -> list | None:
        """for_if_clauses: for_if_clause+."""
        clauses = []
        types = self.types
        while True:
            start = self.pos
            is_async = 0
            if types[start] == KW_ASYNC and types[start + 1] == KW_FOR:
                is_async = 1
                self.pos += 1
            elif types[start] != KW_FOR:
                break
            self.pos += 1
            target = self.star_targets()
            if target is None or types[self.pos] != KW_IN:
                if self.call_invalid_rules:
                    self.invalid_for_if_clause(start)
                    self.invalid_for_target(start)
                self.reset(start)
                break
            self.pos += 1
            it = self.disjunction()
            if it is None:
                self.reset(start)
                return None
            ifs = []
            while types[self.pos] == KW_IF:
                mark = self.pos
                self.pos += 1
                cond = self.disjunction()
                if cond is None:
                    self.reset(mark)
                    break
                ifs.append(cond)
            clauses.append(comprehension(target, it, ifs, is_async))
        return clauses or None

    # -- lambda ------------------------------------------------------------------------------

    def lambdef(self):
        """lambdef: 'lambda' [lambda_params] ':' expression."""
        start = self.pos
        self.pos += 1
        if self.types[self.pos] == COLON:
            args = empty_arguments()
        else:
            args = self.parameters(lambda_=True)
            if args is None or self.types[self.pos] != COLON:
                self.reset(start)
                return None
        self.pos += 1
        body = self.expression()
        if body is None:
            self.reset(start)
            return None
        return Lambda(args, body, *self.loc(start))

    def parameters(self, lambda_: bool):
        """params / lambda_params: the parameter list up to (not including) ')' or ':'.

        One left-to-right pass accepting exactly what `parameters` accepts: plain parameters,
        then ones with defaults, an optional '/', then `star_etc` ('*' [param] params,
        '**' param); a comma may follow each parameter.
        """
        types = self.types
        end_type = COLON if lambda_ else RPAR
        start = self.pos
        if self.call_invalid_rules:
            self.invalid_parameters(lambda_)
        plain: list = []
        defaults: list = []
        posonly: list | None = None
        vararg = kwarg = None
        kwonly: list = []
        kw_defaults: list = []
        seen_star = False
        while types[self.pos] != end_type:
            t = types[self.pos]
            if t == T.SLASH and not seen_star and posonly is None and plain:
                self.pos += 1
                posonly = plain
                plain = []
            elif t == STAR and not seen_star:
                seen_star = True
                self.pos += 1
                if types[self.pos] == COMMA:
                    if types[self.pos + 1] == DOUBLESTAR or types[self.pos + 1] == end_type:
                        self.reset(start)
                        return None
                else:
                    vararg = self.param(lambda_, star=True)
                    if vararg is None:
                        self.reset(start)
                        return None
            elif t == DOUBLESTAR:
                self.pos += 1
                kwarg = self.param(lambda_)
                if kwarg is None or types[self.pos] == EQUAL:
                    self.reset(start)
                    return None
                if types[self.pos] == COMMA:
                    self.pos += 1
                if types[self.pos] != end_type:
                    self.reset(start)
                    return None
                break
            elif t == NAME:
                p = self.param(lambda_)
                default = None
                if types[self.pos] == EQUAL:
                    self.pos += 1
                    default = self.expression()
                    if default is None:
                        self.reset(start)
                        return None
                if seen_star:
                    kwonly.append(p)
                    kw_defaults.append(default)
                elif default is not None:
                    plain.append(p)
                    defaults.append(default)
                elif defaults:
                    self.reset(start)
                    return None
                else:
                    plain.append(p)
            else:
                self.reset(start)
                return None
            if types[self.pos] == COMMA:
                self.pos += 1
            elif types[self.pos] != end_type:
                self.reset(start)
                return None
        if self.pos == start:
            return None
        if seen_star and vararg is None and not kwonly:
            self.reset(start)
            return None
        return arguments(posonly or [], plain, vararg, kwonly, kw_defaults, kwarg, defaults)

    def param(self, lambda_: bool, star: bool = False):
        """param: NAME annotation? (lambda_param: NAME; param_star_annotation: NAME star_annotation)."""
        start = self.pos
        tok = self.tokens[start]
        if self.types[start] != NAME:
            return None
        self.pos += 1
        annotation = None
        if not lambda_ and self.types[self.pos] == COLON:
            self.pos += 1
            annotation = self.star_expression() if star else self.expression()
            if annotation is None:
                self.reset(start)
                return None
        return arg(tok.string, annotation, None, *self.loc(start))
