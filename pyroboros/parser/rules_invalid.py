"""The invalid_* rules of Grammar/python.gram (3.14) and the error helpers they use.

Mirrors the second pass of Parser/pegen.c (_PyPegen_run_parser with call_invalid_rules set),
the RAISE_* macros of Parser/pegen.h and _PyPegen_get_expr_name / _PyPegen_get_invalid_target
of Parser/pegen.c. Each `invalid_*` method is called from the rule that has it as an
alternative, only in the error pass, at the place the grammar puts it; it raises the
specialised SyntaxError or returns None with the position unchanged. The parameter-list rules
are in rules_invalid_parameters.py. Left out: the type-comment rules and invalid_arguments'
`kwargs ',' '*'` alternative beyond a '**' argument.
"""
from __future__ import annotations

from ..compiler.source_text import program_text
from ..errors import CompileError
from . import token_types as T
from .ast_nodes import (
    Attribute, Await, BinOp, BoolOp, Call, Compare, Constant, Dict, DictComp, FormattedValue,
    GeneratorExp, IfExp, In, Interpolation, JoinedStr, Lambda, List, ListComp, Name, NamedExpr, Set,
    SetComp, Starred, Subscript, TemplateStr, Tuple, UnaryOp, Yield, YieldFrom,
)
from .pegen import (
    KW_AS, KW_ASYNC, KW_BREAK, KW_CONTINUE, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FALSE, KW_FINALLY,
    KW_FOR, KW_FROM, KW_IF, KW_IN, KW_LAMBDA, KW_NONE, KW_NOT, KW_PASS, KW_TRUE, KW_YIELD, _overrides,
)

NAME, NEWLINE, INDENT, STRING = T.NAME, T.NEWLINE, T.INDENT, T.STRING
LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.LBRACE, T.RBRACE
COMMA, COLON, EQUAL, STAR, DOUBLESTAR, COLONEQUAL = (
    T.COMMA, T.COLON, T.EQUAL, T.STAR, T.DOUBLESTAR, T.COLONEQUAL)

STAR_TARGETS, DEL_TARGETS, FOR_TARGETS = 0, 1, 2
# The rules CPython memoizes (by `(memo)` or as left-recursive) that the error pass re-enters.
_MEMOIZED_RULES = ("expression", "disjunction", "bitwise_or", "primary", "star_expression")
_SOFT_KEYWORDS = frozenset(("_", "case", "match", "type"))
_LEGACY_STATEMENTS = frozenset(("print", "exec"))
_AUGASSIGN_TYPES = frozenset((
    T.PLUSEQUAL, T.MINEQUAL, T.STAREQUAL, T.ATEQUAL, T.SLASHEQUAL, T.PERCENTEQUAL, T.AMPEREQUAL,
    T.VBAREQUAL, T.CIRCUMFLEXEQUAL, T.LEFTSHIFTEQUAL, T.RIGHTSHIFTEQUAL, T.DOUBLESTAREQUAL,
    T.DOUBLESLASHEQUAL,
))
_EXPR_NAMES = {
    Attribute: "attribute", Subscript: "subscript", Starred: "starred", Name: "name", List: "list",
    Tuple: "tuple", Lambda: "lambda", Call: "function call", BoolOp: "expression", BinOp: "expression",
    UnaryOp: "expression", GeneratorExp: "generator expression", Yield: "yield expression",
    YieldFrom: "yield expression", Await: "await expression", ListComp: "list comprehension",
    SetComp: "set comprehension", DictComp: "dict comprehension", Dict: "dict literal",
    Set: "set display", JoinedStr: "f-string expression", FormattedValue: "f-string expression",
    TemplateStr: "t-string expression", Interpolation: "t-string expression", Compare: "comparison",
    IfExp: "conditional expression", NamedExpr: "named expression",
}


def expr_name(e) -> str:
    """Mirrors pegen.c: _PyPegen_get_expr_name."""
    if isinstance(e, Constant):
        value = e.value
        if value is None or value is True or value is False:
            return str(value)
        return "ellipsis" if value is Ellipsis else "literal"
    return _EXPR_NAMES.get(type(e), "expression")


def _last_comprehension_item(comprehension):
    """_PyPegen_get_last_comprehension_item of the last clause."""
    last = comprehension[-1]
    return last.ifs[-1] if last.ifs else last.iter


def invalid_target(e, kind: int):
    """The first sub-expression of `e` that cannot be a target (_PyPegen_get_invalid_target)."""
    if isinstance(e, (List, Tuple)):
        for elt in e.elts:
            found = invalid_target(elt, kind)
            if found is not None:
                return found
        return None
    if isinstance(e, Starred):
        return e if kind == DEL_TARGETS else invalid_target(e.value, kind)
    if isinstance(e, Compare):
        # `a in b` of `for a in b` parses as a comparison: look at its left side.
        if kind == FOR_TARGETS:
            return invalid_target(e.left, kind) if isinstance(e.ops[0], In) else None
        return e
    if isinstance(e, (Name, Subscript, Attribute)):
        return None
    return e


class InvalidRules:
    """The invalid_* alternatives; mixed into the Parser (see parser.py)."""

    # -- raising (pegen.h: RAISE_*) ----------------------------------------------------------

    def last_index(self) -> int:
        """p->fill - 1: the furthest token fetched."""
        return min(max(self.max_pos, self.pos), len(self.tokens) - 1)

    def raise_last(self, msg: str, kind: str = "SyntaxError"):
        """RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched."""
        index = self.last_index()
        self.check_tokenizer_error_at(index)
        tok = self.tokens[index]
        if tok.col_offset < 0:
            # A token without columns: CPython reports where the tokenizer stands, after the
            # indentation or at the end of the last line, whose buffer a file's tokenizer has
            # already dropped (_PyPegen_raise_error, col_offset -1).
            line = self.error_line(tok.lineno)
            # (the NEWLINE without columns is the end of input at a prompt, parser.make_parser)
            if all(t in (T.DEDENT, T.ENDMARKER) or t == T.NEWLINE and self.tokens[i].col_offset < 0
                   for i, t in enumerate(self.types[index:-3], index)):
                from_file = self.file_input and program_text(self.filename, tok.lineno) is not None
                offset = 0 if from_file else len(line.decode("utf-8", "replace"))
            else:
                offset = len(line) - len(line.lstrip(b" \t\f"))
            raise CompileError(kind, msg, self.filename, tok.lineno, offset, line.decode("utf-8", "replace"),
                               tok.lineno, -1)
        raise self.error_at_token(tok, msg, kind)

    def check_tokenizer_error_at(self, index: int) -> None:
        """Fetching the token where the tokenizer failed raises its error."""
        error = self.fetched_error(index)
        if error is not None:
            raise error

    def raise_next_token(self, msg: str):
        """RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN."""
        self.touch(self.pos)
        raise self.error_at_token(self.tokens[self.pos], msg)

    def raise_location(self, a, msg: str):
        """RAISE_SYNTAX_ERROR_KNOWN_LOCATION (a node or a token)."""
        end = self.end_col(a) if hasattr(a, "type") else a.end_col_offset
        raise self.error_at("SyntaxError", msg, a.lineno, a.col_offset, a.end_lineno, end)

    def raise_range(self, a, b, msg: str):
        """RAISE_SYNTAX_ERROR_KNOWN_RANGE."""
        end = self.end_col(b) if hasattr(b, "type") else b.end_col_offset
        raise self.error_at("SyntaxError", msg, a.lineno, a.col_offset, b.end_lineno, end)

    def raise_starting_from(self, a, msg: str):
        """RAISE_SYNTAX_ERROR_STARTING_FROM: to where the tokenizer is, after the last token
        fetched (CURRENT_POS: a column taken as the 1-based end offset, hence the -1)."""
        last = self.tokens[self.last_index()]
        raise self.error_at("SyntaxError", msg, a.lineno, a.col_offset, last.end_lineno, self.end_col(last) - 1)

    def raise_invalid_target(self, kind: int, e) -> None:
        """RAISE_SYNTAX_ERROR_INVALID_TARGET."""
        target = invalid_target(e, kind)
        if target is not None:
            verb = "delete" if kind == DEL_TARGETS else "assign to"
            self.raise_location(target, f"cannot {verb} {expr_name(target)}")

    def expression_without_invalid(self):
        """expression_without_invalid: `expression` with the invalid alternatives off (the
        `_without_invalid` suffix); its own rule in CPython, so not `expression`'s memo."""
        saved = self.call_invalid_rules
        self.call_invalid_rules = False
        try:
            return type(self).expression(self)
        finally:
            self.call_invalid_rules = saved

    def _memoize(self, name: str) -> None:
        """Give the rule `name` a memo table for the error pass, as CPython memoizes it (the
        invalid alternatives re-parse operands: without one, nesting would cost exponential
        time)."""
        rule = getattr(type(self), name)
        memo: dict[int, tuple[object, int]] = {}

        def memoized():
            start = self.pos
            hit = memo.get(start)
            if hit is not None:
                self.reset(hit[1])
                return hit[0]
            result = rule(self)
            memo[start] = (result, self.pos)
            return result
        setattr(self, name, memoized)

    def _tokenizer_error_instead(self, error):
        """A tokenizer error replaces a parser's error when the parser fetched the failing
        token, when the lexer set an exception for it later in the source, or when it is an
        unclosed bracket opened on an earlier line than the error's last token
        (_PyPegen_tokenize_full_source_to_check_for_errors)."""
        found = self.tokenizer_error
        if found is None or error is found:
            return error
        last = self.last_index()
        if self.fetched_error(last) is not None or _overrides(found):
            return found
        if found.msg.endswith("was never closed") and found.lineno is not None \
                and found.lineno < self.tokens[last].lineno:
            return found
        return error

    def generic_error(self, index: int) -> CompileError:
        """After an error pass that raised nothing: the tokenizer's error if that pass fetched
        the failing token (CPython raises it as the token is fetched)."""
        error = self.fetched_error(self.last_index())
        if error is not None:
            return error
        return super().generic_error(index)

    def _reset_for_error_pass(self) -> None:
        super()._reset_for_error_pass()
        for name in _MEMOIZED_RULES:
            self._memoize(name)
        self.invalid_named_expression_memo = {}

    # -- blocks --------------------------------------------------------------------------------

    def _colon_block_errors(self, keyword_tok, what: str, colon: bool = True) -> None:
        """After a compound statement's header: `NEWLINE` -> "expected ':'" (when `colon`),
        `':' NEWLINE !INDENT` -> "expected an indented block after ..."."""
        types = self.types
        p = self.pos
        if colon and types[p] == NEWLINE:
            self.touch(p)
            self.raise_last("expected ':'")
        if types[p] == COLON and types[p + 1] == NEWLINE and types[p + 2] != INDENT:
            self.touch(p + 2)
            self.raise_last(f"expected an indented block after {what} on line {keyword_tok.lineno}",
                            "IndentationError")

    def invalid_type_params(self, start: int) -> None:
        """invalid_type_params: '[' ']'."""
        if self.types[start + 1] == RSQB:
            self.touch(start + 1)
            self.raise_starting_from(self.tokens[start + 1], "Type parameter list cannot be empty")

    def invalid_type_param(self, stars: int) -> None:
        """invalid_type_param: ('*' | '**') NAME ':' expression (after the NAME)."""
        if self.types[self.pos] != COLON:
            return
        mark = self.pos
        colon = self.tokens[mark]
        self.pos += 1
        e = self.expression()
        if e is not None:
            kind = "TypeVarTuple" if stars == 1 else "ParamSpec"
            what = "constraints" if isinstance(e, Tuple) else "bound"
            self.raise_starting_from(colon, f"cannot use {what} with {kind}")
        self.reset(mark)

    def invalid_block(self) -> None:
        """invalid_block: NEWLINE !INDENT."""
        if self.types[self.pos] == NEWLINE and self.types[self.pos + 1] != INDENT:
            self.touch(self.pos + 1)
            self.raise_last("expected an indented block", "IndentationError")

    def invalid_if_stmt(self, keyword: str = "if") -> None:
        """invalid_if_stmt / invalid_elif_stmt: 'if' named_expression NEWLINE
        | 'if' named_expression ':' NEWLINE !INDENT."""
        start = self.pos
        self.pos += 1
        test = self.named_expression()
        if test is not None:
            self._colon_block_errors(test, f"'{keyword}' statement")
        self.reset(start)

    def invalid_while_stmt(self) -> None:
        """invalid_while_stmt: 'while' named_expression NEWLINE | ... ':' NEWLINE !INDENT."""
        start = self.pos
        self.pos += 1
        if self.named_expression() is not None:
            self._colon_block_errors(self.tokens[start], "'while' statement")
        self.reset(start)

    def invalid_else_stmt(self) -> None:
        """invalid_else_stmt: 'else' ':' NEWLINE !INDENT | 'else' ':' block 'elif'."""
        start = self.pos
        self.pos += 1
        self._colon_block_errors(self.tokens[start], "'else' statement", colon=False)
        if self.types[self.pos] == COLON:
            self.pos += 1
            if self.block() is not None and self.types[self.pos] == KW_ELIF:
                self.touch(self.pos)
                self.raise_last("'elif' block follows an 'else' block")
        self.reset(start)

    def invalid_for_stmt(self, start: int) -> None:
        """invalid_for_stmt: ['async'] 'for' star_targets 'in' star_expressions NEWLINE
        | ... ':' NEWLINE !INDENT."""
        for_at = start + (self.types[start] == KW_ASYNC)
        self.reset(for_at + 1)
        if self.star_targets() is not None and self.types[self.pos] == KW_IN:
            self.pos += 1
            if self.star_expressions() is not None:
                self._colon_block_errors(self.tokens[for_at], "'for' statement")
        self.reset(start)

    def invalid_for_target(self, start: int) -> None:
        """invalid_for_target: 'async'? 'for' star_expressions."""
        self.reset(start + 1 + (self.types[start] == KW_ASYNC))
        a = self.star_expressions()
        if a is not None:
            self.raise_invalid_target(FOR_TARGETS, a)
        self.reset(start)

    def _with_items_loose(self, item) -> bool:
        """','.(item ['as' star_target])+ of invalid_with_stmt."""
        types = self.types
        while True:
            if item() is None:
                return False
            if types[self.pos] == KW_AS:
                mark = self.pos
                self.pos += 1
                if self.star_target() is None:
                    self.reset(mark)
            if types[self.pos] != COMMA or types[self.pos + 1] in (COLON, RPAR):
                return True
            self.pos += 1

    def invalid_with_stmt_indent(self, start: int) -> None:
        """invalid_with_stmt_indent: ['async'] 'with' items ':' NEWLINE !INDENT (both forms)."""
        self._invalid_with(start, indent=True)

    def invalid_with_stmt(self, start: int) -> None:
        """invalid_with_stmt: trailing comma / missing ':' (both forms)."""
        self._invalid_with(start, indent=False)

    def _invalid_with(self, start: int, indent: bool) -> None:
        types = self.types
        with_at = start + (types[start] == KW_ASYNC)
        keyword = self.tokens[with_at]
        what = "'with' statement"
        self.reset(with_at + 1)
        if self._with_items_loose(self.expression):
            t = types[self.pos]
            if indent:
                if t == COLON:
                    self._colon_block_errors(keyword, what, colon=False)
            elif t == COMMA and types[self.pos + 1] == COLON:
                self.raise_location(self.tokens[self.pos], "the last 'with' item has a trailing comma")
            elif t == NEWLINE:
                self.touch(self.pos)
                self.raise_last("expected ':'")
        self.reset(with_at + 1)
        if types[self.pos] == LPAR:
            self.pos += 1
            if self._with_items_loose(self.expressions):
                if types[self.pos] == COMMA:
                    self.pos += 1
                if types[self.pos] == RPAR:
                    self.pos += 1
                    if indent:
                        self._colon_block_errors(keyword, what, colon=False)
                    elif types[self.pos] == NEWLINE:
                        self.touch(self.pos)
                        self.raise_last("expected ':'")
        self.reset(start)

    def invalid_with_item(self, as_at: int) -> None:
        """invalid_with_item: expression 'as' expression &(',' | ')' | ':'), at 'as'."""
        self.reset(as_at + 1)
        a = self.expression()
        if a is not None and self.types[self.pos] in (COMMA, RPAR, COLON):
            self.raise_invalid_target(STAR_TARGETS, a)
        self.reset(as_at)

    def invalid_match_stmt(self, start: int) -> None:
        """invalid_match_stmt: "match" subject_expr NEWLINE | ... ':' NEWLINE !INDENT (the
        position after the subject)."""
        self._colon_block_errors(self.tokens[start], "'match' statement")

    def _case_head(self, start: int) -> bool:
        """"case" patterns guard?"""
        self.reset(start + 1)
        if self.patterns() is None:
            return False
        if self.types[self.pos] == KW_IF:
            mark = self.pos
            self.pos += 1
            if self.named_expression() is None:
                self.reset(mark)
        return True

    def invalid_case_block(self, start: int) -> None:
        """invalid_case_block: "case" patterns guard? NEWLINE | ... ':' NEWLINE !INDENT."""
        if self._case_head(start):
            self._colon_block_errors(self.tokens[start], "'case' statement")
        self.reset(start)

    def invalid_as_pattern(self, as_at: int) -> None:
        """invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' expression (at 'as')."""
        tokens = self.tokens
        self.reset(as_at + 1)
        if self.types[self.pos] == NAME and tokens[self.pos].string == "_":
            self.raise_location(tokens[self.pos], "cannot use '_' as a target")
        a = self.expression()
        if a is not None:
            self.raise_location(a, f"cannot use {expr_name(a)} as pattern target")
        self.reset(as_at)

    def invalid_class_argument_pattern(self) -> None:
        """invalid_class_pattern: positional patterns after keyword patterns (at the first)."""
        start = self.pos
        patterns = []
        while True:
            p = self.pattern()
            if p is None:
                break
            patterns.append(p)
            if self.types[self.pos] != COMMA:
                break
            self.pos += 1
        if patterns:
            self.raise_range(patterns[0], patterns[-1], "positional patterns follow keyword patterns")
        self.reset(start)

    def invalid_try_stmt(self) -> None:
        """invalid_try_stmt: 'try' ':' NEWLINE !INDENT | 'try' ':' block !('except' | 'finally')
        | mixing 'except' and 'except*'."""
        start = self.pos
        types = self.types
        keyword = self.tokens[start]
        self.pos += 1
        self._colon_block_errors(keyword, "'try' statement", colon=False)
        if types[self.pos] != COLON:
            self.reset(start)
            return
        self.pos += 1
        if self.block() is not None and types[self.pos] not in (KW_EXCEPT, KW_FINALLY):
            self.touch(self.pos)
            self.raise_last("expected 'except' or 'finally' block")
        self.reset(start + 2)
        while self.block() is not None:
            pass
        after_blocks = self.pos
        for star in (False, True):
            self.reset(after_blocks)
            count = 0
            while types[self.pos] == KW_EXCEPT and (types[self.pos + 1] == STAR) == star:
                if self.except_block(star) is None:
                    break
                count += 1
            if not count or types[self.pos] != KW_EXCEPT:
                continue
            a = self.tokens[self.pos]
            self.pos += 1
            if not star:
                if types[self.pos] != STAR:
                    continue
                b = self.tokens[self.pos]
                self.pos += 1
                if self.expression() is None:
                    continue
                self._optional_as_name()
                if types[self.pos] == COLON:
                    self.raise_range(a, b, "cannot have both 'except' and 'except*' on the same 'try'")
            else:
                if types[self.pos] != COLON:
                    if self.expression() is not None:
                        self._optional_as_name()
                if types[self.pos] == COLON:
                    self.raise_location(a, "cannot have both 'except' and 'except*' on the same 'try'")
        self.reset(start)

    def _optional_as_name(self) -> None:
        if self.types[self.pos] == KW_AS and self.types[self.pos + 1] == NAME:
            self.pos += 2

    def invalid_except_stmt_indent(self, star: bool) -> None:
        """invalid_except_stmt_indent / invalid_except_star_stmt_indent."""
        start = self.pos
        types = self.types
        self.pos += 1 + star
        what = "'except*' statement" if star else "'except' statement"
        if star or types[self.pos] != COLON:
            if self.expression() is None:
                self.reset(start)
                return
            self._optional_as_name()
        if types[self.pos] == COLON:
            self._colon_block_errors(self.tokens[start], what, colon=False)
        self.reset(start)

    def invalid_except_stmt(self, star: bool) -> None:
        """invalid_except_stmt / invalid_except_star_stmt."""
        start = self.pos
        types = self.types
        self.pos += 1 + star
        first = self.pos
        a = self.expression()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            if self.expressions() is not None and types[self.pos] == KW_AS and types[self.pos + 1] == NAME \
                    and types[self.pos + 2] == COLON:
                self.pos += 2
                self.raise_starting_from(a, "multiple exception types must be parenthesized when using 'as'")
        self.reset(first)
        if self.expression() is not None:
            self._optional_as_name()
            if types[self.pos] == NEWLINE:
                self.touch(self.pos)
                self.raise_last("expected ':'")
        self.reset(first)
        if star and types[self.pos] in (NEWLINE, COLON):
            self.touch(self.pos)
            self.raise_last("expected one or more exception types")
        if not star and types[self.pos] == NEWLINE:
            self.touch(self.pos)
            self.raise_last("expected ':'")
        if self.expression() is not None and types[self.pos] == KW_AS:
            self.pos += 1
            target = self.expression()
            if target is not None and types[self.pos] == COLON:
                self.pos += 1
                if self.block() is not None:
                    what = "except*" if star else "except"
                    self.raise_location(target, f"cannot use {what} statement with {expr_name(target)}")
        self.reset(start)

    def invalid_finally_stmt(self) -> None:
        """invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT."""
        start = self.pos
        self.pos += 1
        self._colon_block_errors(self.tokens[start], "'finally' statement", colon=False)
        self.reset(start)

    def invalid_class_def_raw(self) -> None:
        """invalid_class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
        | ... ':' NEWLINE !INDENT."""
        start = self.pos
        types = self.types
        if types[start + 1] != NAME:
            return
        self.pos += 2
        if self.type_params() is None:
            self.reset(start)
            return
        if types[self.pos] == LPAR:
            mark = self.pos
            self.pos += 1
            if types[self.pos] == RPAR:
                self.pos += 1
            elif self.arguments() is None:
                self.reset(mark)
        self._colon_block_errors(self.tokens[start], "class definition")
        self.reset(start)

    def invalid_def_raw(self, start: int) -> None:
        """invalid_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression]
        ':' NEWLINE !INDENT | the same with '(' and ':' forced."""
        types = self.types
        def_at = start + (types[start] == KW_ASYNC)
        if types[def_at + 1] != NAME:
            return
        self.reset(def_at + 2)
        if self.type_params() is None:
            self.reset(start)
            return
        for forced in (False, True):
            self.reset(def_at + 2)
            self.type_params()
            if forced:
                self.expect_forced(LPAR, "(")
            elif types[self.pos] != LPAR:
                continue
            else:
                self.pos += 1
            if types[self.pos] != RPAR:
                if self.parameters(lambda_=False) is None and forced:
                    break
            if types[self.pos] != RPAR:
                continue
            self.pos += 1
            if types[self.pos] == T.RARROW:
                self.pos += 1
                if self.expression() is None:
                    continue
            if forced:
                self.expect_forced(COLON, ":")
            else:
                self._colon_block_errors(self.tokens[def_at], "function definition", colon=False)
        self.reset(start)

    # -- simple statements -------------------------------------------------------------------

    def invalid_assignment(self, start: int) -> None:
        """invalid_assignment (the last alternative of `assignment`)."""
        types = self.types
        self.reset(start)
        a = self.invalid_ann_assign_target()
        if a is not None and types[self.pos] == COLON:
            self.pos += 1
            if self.expression() is not None:
                self.raise_location(a, f"only single target (not {expr_name(a)}) can be annotated")
        self.reset(start)
        a = self.star_named_expression()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            while self.star_named_expressions() is not None:
                pass
            if types[self.pos] == COLON:
                self.pos += 1
                if self.expression() is not None:
                    self.raise_location(a, "only single target (not tuple) can be annotated")
        self.reset(start)
        a = self.expression()
        if a is not None and types[self.pos] == COLON:
            self.pos += 1
            if self.expression() is not None:
                self.raise_location(a, "illegal target for annotation")
        for is_yield in (False, True):
            self.reset(start)
            while True:
                mark = self.pos
                if self.star_targets() is None or types[self.pos] != EQUAL:
                    self.reset(mark)
                    break
                self.pos += 1
            if is_yield and types[self.pos] != KW_YIELD:
                continue
            a = self.yield_expr() if is_yield else self.star_expressions()
            if a is not None and types[self.pos] == EQUAL:
                if is_yield:
                    self.raise_location(a, "assignment to yield expression not possible")
                self.raise_invalid_target(STAR_TARGETS, a)
        self.reset(start)
        a = self.star_expressions()
        if a is not None and types[self.pos] in _AUGASSIGN_TYPES:
            self.pos += 1
            if self.annotated_rhs() is not None:
                self.raise_location(a, f"'{expr_name(a)}' is an illegal expression for augmented assignment")
        self.reset(start)

    def invalid_ann_assign_target(self):
        """invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'."""
        start = self.pos
        types = self.types
        if types[start] == LSQB:
            a = self.list_atom()
            if isinstance(a, List):
                return a
        elif types[start] == LPAR:
            a = self.paren_atom()
            if isinstance(a, Tuple):
                return a
            self.reset(start)
            self.pos += 1
            a = self.invalid_ann_assign_target()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return a
        self.reset(start)
        return None

    def invalid_del_stmt(self, start: int) -> None:
        """invalid_del_stmt: 'del' star_expressions."""
        self.reset(start + 1)
        a = self.star_expressions()
        if a is not None:
            self.raise_invalid_target(DEL_TARGETS, a)
        self.reset(start)

    def invalid_import(self, start: int) -> None:
        """invalid_import: 'import' ','.dotted_name+ 'from' dotted_name | 'import' NEWLINE."""
        types = self.types
        self.reset(start + 1)
        if types[self.pos] == NEWLINE:
            self.touch(self.pos)
            self.raise_starting_from(self.tokens[self.pos], "Expected one or more names after 'import'")
        while types[self.pos] == NAME:
            self.dotted_name()
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if types[self.pos] == KW_FROM and types[self.pos - 1] == NAME and types[self.pos + 1] == NAME:
            self.pos += 1
            self.dotted_name()
            self.raise_starting_from(self.tokens[start], "Did you mean to use 'from ... import ...' instead?")
        self.reset(start)

    def invalid_import_as_name(self) -> None:
        """invalid_dotted_as_name / invalid_import_from_as_name: NAME 'as' !(NAME (',' | ')' |
        ';' | NEWLINE)) expression (the name already parsed, at 'as')."""
        types = self.types
        start = self.pos
        if types[start] != KW_AS:
            return
        if types[start + 1] == NAME and types[start + 2] in (COMMA, RPAR, T.SEMI, NEWLINE):
            return
        self.pos += 1
        a = self.expression()
        if a is not None:
            self.raise_location(a, f"cannot use {expr_name(a)} as import target")
        self.reset(start)

    def invalid_import_from_targets(self, start: int) -> None:
        """invalid_import_from_targets: import_from_as_names ',' NEWLINE | NEWLINE."""
        types = self.types
        if types[start] == NEWLINE:
            self.touch(start)
            self.raise_starting_from(self.tokens[start], "Expected one or more names after 'import'")
        p = start
        while types[p] == NAME:
            p += 1
            if types[p] == KW_AS and types[p + 1] == NAME:
                p += 2
            if types[p] != COMMA:
                break
            if types[p + 1] == NEWLINE:
                self.touch(p + 1)
                self.raise_last("trailing comma not allowed without surrounding parentheses")
            p += 1

    # -- expressions -------------------------------------------------------------------------

    def invalid_expression_alternatives(self, start: int) -> None:
        """invalid_expression, invalid_legacy_expression: the first alternatives of
        `expression`. (3.14 has no invalid_if_expression: `a if b else *c` is an "expected
        expression after 'else'".)"""
        types = self.types
        tokens = self.tokens
        disjunction = self.disjunction
        # STRING (!STRING expression_without_invalid)+ STRING
        if types[start] == STRING and types[start + 1] != STRING:
            self.pos += 1
            items = []
            while types[self.pos] != STRING:
                e = self.expression_without_invalid()
                if e is None:
                    break
                items.append(e)
            if items and types[self.pos] == STRING:
                self.raise_range(items[0], items[-1], "invalid syntax. Is this intended to be part of the string?")
            self.reset(start)
        first = types[start]
        if not ((first == NAME and types[start + 1] == STRING)
                or (first == NAME and tokens[start].string in _SOFT_KEYWORDS)):
            a = disjunction()
            if a is not None:
                b = self.expression_without_invalid()
                if b is not None:
                    self._missing_comma(a, b)
            self.reset(start)
        a = disjunction()
        if a is not None and types[self.pos] == KW_IF:
            self.pos += 1
            b = disjunction()
            if b is not None:
                t = types[self.pos]
                if t != KW_ELSE and t != COLON:
                    self.raise_range(a, b, "expected 'else' after 'if' expression")
                if t == KW_ELSE:
                    self.pos += 1
                    mark = self.pos
                    if self.expression() is None:
                        self.reset(mark)
                        self.raise_next_token("expected expression after 'else', but statement is given")
        self.reset(start)
        if first == KW_LAMBDA:
            self.invalid_fstring_lambda(start)
        if first in (KW_PASS, KW_BREAK, KW_CONTINUE) and types[start + 1] == KW_IF:
            self.pos += 2
            if disjunction() is not None and types[self.pos] == KW_ELSE:
                self.pos += 1
                if self.simple_stmt() is not None:
                    self.raise_location(tokens[start], "expected expression before 'if', but statement is given")
            self.reset(start)
        # invalid_legacy_expression: NAME !'(' star_expressions (parsed for any name: the
        # invalid alternatives inside it may raise)
        if first == NAME and types[start + 1] != LPAR:
            self.pos += 1
            b = self.star_expressions()
            if b is not None and tokens[start].string in _LEGACY_STATEMENTS:
                name = tokens[start].string
                self.raise_range(tokens[start], b,
                                 f"Missing parentheses in call to '{name}'. Did you mean {name}(...)?")
        self.reset(start)

    def invalid_fstring_lambda(self, start: int) -> None:
        """invalid_expression: 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)."""
        types = self.types
        self.reset(start + 1)
        if types[self.pos] != COLON and self.parameters(lambda_=True) is None:
            self.reset(start + 1)
        if types[self.pos] == COLON and types[self.pos + 1] in (T.FSTRING_MIDDLE, T.TSTRING_MIDDLE):
            prefix = "f-string" if types[self.pos + 1] == T.FSTRING_MIDDLE else "t-string"
            self.raise_range(self.tokens[start], self.tokens[self.pos],
                             f"{prefix}: lambda expressions are not allowed without parentheses")
        self.reset(start)

    def invalid_string_tstring_concat(self, start: int) -> None:
        """invalid_string_tstring_concat: (fstring|string)+ tstring | tstring+ (fstring|string)."""
        types = self.types
        template = types[start] == T.TSTRING_START
        last = None
        while True:
            t = types[self.pos]
            if t == STRING:
                part = self.string_constant(self.tokens[self.pos])
                self.pos += 1
            elif t == T.FSTRING_START or t == T.TSTRING_START:
                part = self.ftstring(t == T.TSTRING_START)
            else:
                break
            if part is None:
                break
            if (t == T.TSTRING_START) != template:
                if last is not None:
                    self.raise_range(last, part, "cannot mix t-string literals with string or bytes literals")
                break
            last = part
        self.reset(start)

    def invalid_replacement_field(self, template: bool) -> None:
        """invalid_fstring_replacement_field / invalid_tstring_replacement_field, at '{'."""
        types = self.types
        tokens = self.tokens
        prefix = "t-string" if template else "f-string"
        start = self.pos
        self.pos += 1
        t = types[self.pos]
        if t in (EQUAL, T.EXCLAMATION, COLON, RBRACE):
            self.raise_location(tokens[self.pos], f"{prefix}: valid expression required before "
                                f"'{tokens[self.pos].string}'")
        value = self.annotated_rhs()
        if value is None:
            self.raise_next_token(f"{prefix}: expecting a valid expression after '{{'")
        t = types[self.pos]
        if t not in (EQUAL, T.EXCLAMATION, COLON, RBRACE):
            self.raise_next_token(f"{prefix}: expecting '=', or '!', or ':', or '}}'")
        if t == EQUAL:
            self.pos += 1
            if types[self.pos] not in (T.EXCLAMATION, COLON, RBRACE):
                self.raise_next_token(f"{prefix}: expecting '!', or ':', or '}}'")
        if types[self.pos] == T.EXCLAMATION:
            following = types[self.pos + 1]
            if following in (COLON, RBRACE):
                self.pos += 1
                self.raise_next_token(f"{prefix}: missing conversion character")
            if following != NAME:
                self.pos += 1
                self.raise_next_token(f"{prefix}: invalid conversion character")
            self.pos += 2
        if types[self.pos] not in (COLON, RBRACE):
            self.raise_next_token(f"{prefix}: expecting ':' or '}}'")
        if types[self.pos] == COLON:
            self.pos += 1
            middle = T.TSTRING_MIDDLE if template else T.FSTRING_MIDDLE
            while True:
                if types[self.pos] == middle:
                    self.pos += 1
                elif types[self.pos] == LBRACE:
                    if self.replacement_field(template, False, in_spec=True) is None:
                        self.invalid_replacement_field(template)
                        break
                else:
                    break
            if types[self.pos] != RBRACE:
                self.raise_next_token(f"{prefix}: expecting '}}', or format specs")
        if types[self.pos] != RBRACE:
            self.raise_next_token(f"{prefix}: expecting '}}'")
        self.reset(start)

    # -- call arguments ----------------------------------------------------------------------

    def _call_args(self):
        """args (without the trailing comma): positional items, then keywords and '*'
        unpackings, then '**' unpackings and keywords; (positionals, keyword nodes) or None.
        In the error pass each item first tries invalid_kwarg and the starred alternatives."""
        types = self.types
        positional: list = []
        keywords: list = []
        phase = 0
        while True:
            mark = self.pos
            t = types[mark]
            item = None
            if phase or t == DOUBLESTAR:
                self.invalid_kwarg()
            if t == STAR:
                if phase < 2:
                    item = self.invalid_starred_or_starred()
            elif t == DOUBLESTAR:
                self.pos += 1
                value = self.expression()
                if value is not None:
                    item = value
                    keywords.append(None)
                    phase = 2
            elif t == NAME and types[mark + 1] == EQUAL:
                self.invalid_kwarg()
                self.pos += 2
                value = self.expression()
                if value is not None:
                    item = value
                    keywords.append(self.tokens[mark].string)
                    phase = phase or 1
            elif not phase:
                item = self.named_expression_item()
                if item is None:
                    self.invalid_kwarg()
            if item is None:
                self.reset(mark)
                if mark > 0 and types[mark - 1] == COMMA and (positional or keywords):
                    self.reset(mark - 1)
                break
            if t == STAR or (t not in (DOUBLESTAR,) and not (t == NAME and types[mark + 1] == EQUAL)):
                positional.append(item)
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if not positional and not keywords:
            return None
        return positional, keywords

    def named_expression_item(self):
        """(assignment_expression | expression !':=') !'='."""
        types = self.types
        start = self.pos
        if types[start] == NAME and types[start + 1] == COLONEQUAL:
            a = self.assignment_expression()
        else:
            a = self.expression()
            if a is not None and types[self.pos] == COLONEQUAL:
                a = None
        if a is None or types[self.pos] == EQUAL:
            self.reset(start)
            return None
        return a

    def invalid_starred_or_starred(self):
        """starred_expression: invalid_starred_expression_unpacking | '*' expression
        | invalid_starred_expression."""
        start = self.pos
        tokens = self.tokens
        types = self.types
        self.pos += 1
        a = self.expression()
        if isinstance(a, IfExp):
            self.raise_range(tokens[start], a, "invalid starred expression. Did you forget to wrap the "
                             "conditional expression in parentheses?")
        if a is not None and types[self.pos] == EQUAL:
            self.pos += 1
            b = self.expression()
            if b is not None:
                self.raise_range(tokens[start], b, "cannot assign to iterable argument unpacking")
            self.reset(start + 1)
            a = self.expression()
        if a is not None:
            return Starred(a, None, tokens[start].lineno, tokens[start].col_offset, a.end_lineno,
                           a.end_col_offset)
        self.reset(start + 1)
        self.raise_last("Invalid star expression")

    def invalid_kwarg(self) -> None:
        """invalid_kwarg: ('True'|'False'|'None') '=' | NAME '=' expression for_if_clauses
        | !(NAME '=') expression '=' | '**' expression '=' expression."""
        types = self.types
        tokens = self.tokens
        start = self.pos
        t = types[start]
        if t in (KW_TRUE, KW_FALSE, KW_NONE) and types[start + 1] == EQUAL:
            self.raise_range(tokens[start], tokens[start + 1], f"cannot assign to {tokens[start].string}")
        if t == NAME and types[start + 1] == EQUAL:
            self.pos += 2
            if self.expression() is not None and types[self.pos] in (KW_FOR, KW_ASYNC) \
                    and self.for_if_clauses() is not None:
                self.raise_range(tokens[start], tokens[start + 1],
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            self.reset(start)
            return
        a = self.expression()
        if a is not None and types[self.pos] == EQUAL:
            self.raise_range(a, tokens[self.pos], 'expression cannot contain assignment, perhaps you meant "=="?')
        self.reset(start)
        if t == DOUBLESTAR:
            self.pos += 1
            if self.expression() is not None and types[self.pos] == EQUAL:
                self.pos += 1
                b = self.expression()
                if b is not None:
                    self.raise_range(tokens[start], b, "cannot assign to keyword argument unpacking")
            self.reset(start)

    def arguments_failed(self, open_paren: int) -> None:
        """`arguments` failed after the '(' at `open_paren`: in the error pass, invalid_arguments,
        unless that failure was met first with the invalid rules off (in an
        expression_without_invalid): `arguments` is memoized, so CPython keeps that result."""
        if self.call_invalid_rules:
            if open_paren not in self.arguments_failed_plainly:
                self.invalid_arguments(open_paren)
        elif self.error_pass:
            self.arguments_failed_plainly.add(open_paren)

    def invalid_arguments(self, open_paren: int) -> None:
        """invalid_arguments, after `primary '('` failed to parse its arguments."""
        types = self.types
        tokens = self.tokens
        first = open_paren + 1
        self.reset(first)
        # kwargs ',' starred: iterable unpacking after a '**' argument.
        depth_items = self._call_args()
        if depth_items is not None and types[self.pos] == COMMA and types[self.pos + 1] == STAR \
                and None in depth_items[1]:
            comma = tokens[self.pos]
            self.pos += 1
            if self.invalid_starred_or_starred() is not None and types[self.pos] != EQUAL:
                self.raise_starting_from(comma, "iterable argument unpacking follows keyword argument unpacking")
        self.reset(first)
        a = self.expression()
        if a is not None and types[self.pos] in (KW_FOR, KW_ASYNC):
            comps = self.for_if_clauses()
            if comps is not None and types[self.pos] == COMMA:
                # `[args | expression for_if_clauses]` fetches the token after the comma
                self.check_tokenizer_error_at(self.pos + 1)
                self.raise_range(a, _last_comprehension_item(comps), "Generator expression must be parenthesized")
        self.reset(first)
        if types[first] == NAME and types[first + 1] == EQUAL:
            self.pos += 2
            if self.expression() is not None and types[self.pos] in (KW_FOR, KW_ASYNC) \
                    and self.for_if_clauses() is not None:
                self.raise_range(tokens[first], tokens[first + 1],
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        self.reset(first)
        args = self._call_args()
        after_args = self.pos
        for p in ((after_args + 1,) if args is not None and types[after_args] == COMMA else ()) + (first,):
            if types[p] == NAME and types[p + 1] == EQUAL and types[p + 2] in (COMMA, RPAR):
                self.raise_range(tokens[p], tokens[p + 1], "expected argument value expression")
        if args is not None:
            self.reset(after_args)
            if types[self.pos] in (KW_FOR, KW_ASYNC):
                comps = self.for_if_clauses()
                if comps is not None and len(args[0]) > 1:
                    self.raise_range(args[0][-1], _last_comprehension_item(comps),
                                     "Generator expression must be parenthesized")
            self.reset(after_args)
            if types[self.pos] == COMMA:
                self.pos += 1
                a = self.expression()
                if a is not None and types[self.pos] in (KW_FOR, KW_ASYNC):
                    comps = self.for_if_clauses()
                    if comps is not None:
                        self.raise_range(a, _last_comprehension_item(comps),
                                         "Generator expression must be parenthesized")
                self.reset(after_args + 1)
                if self._call_args() is not None:
                    if None in args[1]:
                        self.raise_last("positional argument follows keyword argument unpacking")
                    self.raise_last("positional argument follows keyword argument")
        self.reset(open_paren)

    def invalid_diamond(self, index: int) -> None:
        """'<>' after an operand (is_diamond), without barry_as_FLUFL: the hint python3.14's
        parser gives there."""
        self.raise_range(self.tokens[index], self.tokens[index + 1],
                         "invalid syntax.  Maybe you meant '!=' instead of '<>'?")

    def invalid_double_starred_kvpairs(self, start: int) -> None:
        """dict: '{' invalid_double_starred_kvpairs '}' (with invalid_kvpair for the items
        after the first)."""
        types = self.types
        tokens = self.tokens
        self.reset(start + 1)
        first = True
        while True:
            if types[self.pos] == DOUBLESTAR:
                self.pos += 1
                if self.bitwise_or() is None:
                    break
            else:
                key = self.expression()
                if key is None:
                    break
                if types[self.pos] != COLON:
                    if not first:
                        raise self.error_at("SyntaxError", "':' expected after dictionary key", key.lineno,
                                            key.end_col_offset - 1, key.end_lineno, -1)
                    break
                colon = tokens[self.pos]
                self.pos += 1
                if types[self.pos] == STAR:
                    star = tokens[self.pos]
                    self.pos += 1
                    if self.bitwise_or() is not None:
                        self.raise_starting_from(star, "cannot use a starred expression in a dictionary value")
                    break
                if types[self.pos] in (RBRACE, COMMA):
                    self.raise_location(colon, "expression expected after dictionary key and ':'")
                if self.expression() is None:
                    break
            if types[self.pos] != COMMA:
                break
            self.pos += 1
            first = False
        self.reset(start)

    def invalid_for_if_clause(self, start: int) -> None:
        """invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'."""
        types = self.types
        self.reset(start + 1 + (types[start] == KW_ASYNC))
        if self.bitwise_or() is not None:
            while types[self.pos] == COMMA:
                self.pos += 1
                if self.bitwise_or() is None:
                    break
            if types[self.pos] != KW_IN:
                self.touch(self.pos)
                self.raise_last("'in' expected after for-loop variables")
        self.reset(start)

    def invalid_comprehension(self, start: int) -> None:
        """invalid_comprehension (at '[', '(' or '{') and invalid_group's starred forms."""
        types = self.types
        tokens = self.tokens
        self.reset(start + 1)
        if types[self.pos] == STAR:
            a = self.invalid_starred_or_starred()
            if a is not None and types[self.pos] in (KW_FOR, KW_ASYNC) and self.for_if_clauses() is not None:
                self.raise_location(a, "iterable unpacking cannot be used in comprehension")
            if a is not None and types[start] == LPAR and types[self.pos] == RPAR:
                self.raise_location(a, "cannot use starred expression here")
        self.reset(start + 1)
        if types[start] == LPAR:
            if types[self.pos] == DOUBLESTAR:
                self.pos += 1
                if self.expression() is not None and types[self.pos] == RPAR:
                    self.raise_location(tokens[start + 1], "cannot use double starred expression here")
            self.reset(start)
            return
        a = self.star_named_expression()
        if a is not None and types[self.pos] == COMMA:
            comma = tokens[self.pos]
            self.pos += 1
            if types[self.pos] in (KW_FOR, KW_ASYNC):
                if self.for_if_clauses() is not None:
                    self.raise_range(a, comma, "did you forget parentheses around the comprehension target?")
            else:
                b = self.star_named_expressions()
                if b is not None and types[self.pos] in (KW_FOR, KW_ASYNC) and self.for_if_clauses() is not None:
                    self.raise_range(a, b[-1], "did you forget parentheses around the comprehension target?")
        self.reset(start)

    def _missing_comma(self, a, b) -> None:
        """_PyPegen_raise_error_for_missing_comma."""
        if self.tokens[self.pos - 1].level == 0:
            return
        if isinstance(a, Name) and a.id in _LEGACY_STATEMENTS:
            return
        self.raise_range(a, b, "invalid syntax. Perhaps you forgot a comma?")

    def invalid_named_expression(self, start: int) -> None:
        """invalid_named_expression: expression ':=' expression | NAME '=' bitwise_or !('='|':=')
        | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')."""
        if start in self.invalid_named_expression_memo:
            return
        self.invalid_named_expression_memo[start] = None
        types = self.types
        a = self.expression()
        if a is not None and types[self.pos] == COLONEQUAL:
            self.pos += 1
            if self.expression() is not None:
                self.raise_location(a, f"cannot use assignment expressions with {expr_name(a)}")
        self.reset(start)
        if types[start] == NAME and types[start + 1] == EQUAL:
            self.pos += 2
            b = self.bitwise_or()
            if b is not None and types[self.pos] not in (EQUAL, COLONEQUAL):
                self.raise_range(self.tokens[start], b,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            self.reset(start)
        if types[start] not in (KW_TRUE, KW_NONE, KW_FALSE):
            if types[start] in (LSQB, LPAR):
                excluded = isinstance(self.atom(), (List, Tuple, GeneratorExp))
                self.reset(start)
                if excluded:
                    return
            a = self.bitwise_or()
            if a is not None and types[self.pos] == EQUAL:
                self.pos += 1
                if self.bitwise_or() is not None and types[self.pos] not in (EQUAL, COLONEQUAL):
                    self.raise_location(a, f"cannot assign to {expr_name(a)} here. "
                                        "Maybe you meant '==' instead of '='?")
        self.reset(start)

    def invalid_not_after_operator(self, operand) -> None:
        """invalid_arithmetic / invalid_factor: after an operator, 'not' and an operand
        (`inversion` after a binary operator, `factor` after a unary one)."""
        if self.types[self.pos] == KW_NOT:
            mark = self.pos
            self.pos += 1
            b = operand()
            if b is not None:
                self.raise_range(self.tokens[mark], b, "'not' after an operator must be parenthesized")
            self.reset(mark)
