"""The statement rules of Grammar/python.gram (3.14): simple and compound statements, blocks,
imports, function and class definitions, type parameters.

Statements dispatch on their first token, as the grammar's lookaheads (&'return', ...) do.
`assignment` is only attempted when the logical line has '=', ':' or an augmented assignment
outside brackets: without one none of its alternatives can match, and expression statements
(mostly calls) skip a wasted target parse.
"""
from __future__ import annotations

from . import token_types as T
from .action_helpers import LOAD, STORE, empty_arguments
from .ast_nodes import (
    Add, AnnAssign, Assert, Assign, AsyncFor, AsyncFunctionDef, AsyncWith, AugAssign, BitAnd, BitOr,
    BitXor, Break, ClassDef, Continue, Delete, Div, ExceptHandler, Expr, FloorDiv, For, FunctionDef,
    Global, If, Import, ImportFrom, LShift, MatMult, Mod, Mult, Name, Nonlocal, ParamSpec, Pass, Pow,
    RShift, Raise, Return, Sub, Try, TryStar, Tuple, TypeAlias, TypeVar, TypeVarTuple, While, With,
    alias, withitem,
)
from .pegen import (
    KW_AS, KW_ASSERT, KW_ASYNC, KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE,
    KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_IN, KW_NONLOCAL, KW_PASS,
    KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
)

NAME, NEWLINE, INDENT, DEDENT, ENDMARKER = T.NAME, T.NEWLINE, T.INDENT, T.DEDENT, T.ENDMARKER
LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.LBRACE, T.RBRACE
COMMA, COLON, SEMI, DOT, STAR, DOUBLESTAR, EQUAL, AT, RARROW, ELLIPSIS = (
    T.COMMA, T.COLON, T.SEMI, T.DOT, T.STAR, T.DOUBLESTAR, T.EQUAL, T.AT, T.RARROW, T.ELLIPSIS)

_AUGASSIGN = {
    T.PLUSEQUAL: Add(), T.MINEQUAL: Sub(), T.STAREQUAL: Mult(), T.ATEQUAL: MatMult(),
    T.SLASHEQUAL: Div(), T.PERCENTEQUAL: Mod(), T.AMPEREQUAL: BitAnd(), T.VBAREQUAL: BitOr(),
    T.CIRCUMFLEXEQUAL: BitXor(), T.LEFTSHIFTEQUAL: LShift(), T.RIGHTSHIFTEQUAL: RShift(),
    T.DOUBLESTAREQUAL: Pow(), T.DOUBLESLASHEQUAL: FloorDiv(),
}
_OPENERS = frozenset((LPAR, LSQB, LBRACE))
_CLOSERS = frozenset((RPAR, RSQB, RBRACE))
_LINE_END = frozenset((NEWLINE, SEMI, ENDMARKER))
_SIMPLE_KEYWORDS = frozenset((KW_RETURN, KW_RAISE, KW_PASS, KW_DEL, KW_YIELD, KW_ASSERT, KW_BREAK,
                              KW_CONTINUE, KW_GLOBAL, KW_NONLOCAL, KW_IMPORT, KW_FROM))
_STATEMENT_BEFORE_IF = frozenset((KW_PASS, KW_BREAK, KW_CONTINUE))


class StatementRules:
    """Statement rules; mixed into the Parser (see parser.py)."""

    def statements(self) -> list | None:
        """statements: statement+ (flattened)."""
        body: list = []
        while True:
            stmts = self.statement()
            if stmts is None:
                break
            body.extend(stmts)
        return body or None

    def statement(self) -> list | None:
        """statement: compound_stmt | simple_stmts."""
        s = self.compound_stmt()
        if s is not None:
            return [s]
        return self.simple_stmts()

    def simple_stmts(self) -> list | None:
        """simple_stmts: ';'.simple_stmt+ [';'] NEWLINE."""
        start = self.pos
        types = self.types
        stmts = []
        while True:
            s = self.simple_stmt()
            if s is None:
                break
            stmts.append(s)
            if types[self.pos] != SEMI:
                break
            self.pos += 1
        if stmts and types[self.pos] == NEWLINE:
            self.pos += 1
            return stmts
        self.reset(start)
        return None

    def simple_stmt(self):
        """simple_stmt: assignment | type_alias | star_expressions | return_stmt | import_stmt
        | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
        | global_stmt | nonlocal_stmt."""
        types = self.types
        start = self.pos
        t = types[start]
        if t == KW_YIELD and self.call_invalid_rules:
            self.invalid_assignment(start)
        if t in _STATEMENT_BEFORE_IF and types[start + 1] == KW_IF and self.call_invalid_rules:
            # `assignment` comes first: invalid_assignment reaches invalid_expression's
            # (pass_stmt|break_stmt|continue_stmt) 'if' alternative
            self.invalid_expression_alternatives(start)
        if t in _SIMPLE_KEYWORDS:
            return self.keyword_stmt(t)
        marks = self._assignment_marks()
        if marks is not None:
            a = self.assignment(*marks)
            if a is not None:
                return a
        if t == NAME and self.tokens[start].string == "type" and types[start + 1] == NAME:
            a = self.type_alias()
            if a is not None:
                return a
        e = self.star_expressions()
        if e is None:
            return None
        return Expr(e, *self.loc(start))

    def _assignment_marks(self) -> tuple[int, bool, bool] | None:
        """What `assignment` needs outside brackets on this line: the position of the last '='
        (-1 if none), whether there is a ':', whether an augmented assignment; None when
        there is none of them, so no alternative of `assignment` can match."""
        types = self.types
        depth = 0
        i = self.pos
        last_equal = -1
        colon = augmented = False
        while True:
            t = types[i]
            if t in _OPENERS:
                depth += 1
            elif t in _CLOSERS:
                depth -= 1
            elif depth <= 0:
                if t == EQUAL:
                    last_equal = i
                elif t == COLON:
                    colon = True
                elif t in _AUGASSIGN:
                    augmented = True
                elif t in _LINE_END or t < 0:
                    break
            elif t == ENDMARKER or t < 0:
                break
            i += 1
        if last_equal < 0 and not colon and not augmented:
            return None
        return last_equal, colon, augmented

    def keyword_stmt(self, t: int):
        start = self.pos
        types = self.types
        if t == KW_PASS or t == KW_BREAK or t == KW_CONTINUE:
            self.pos += 1
            node = Pass if t == KW_PASS else Break if t == KW_BREAK else Continue
            return node(*self.loc(start))
        if t == KW_RETURN:
            self.pos += 1
            value = self.star_expressions()
            return Return(value, *self.loc(start))
        if t == KW_IMPORT or t == KW_FROM:
            return self.import_stmt()
        if t == KW_YIELD:
            value = self.yield_expr()
            return Expr(value, *self.loc(start))
        if t == KW_RAISE:
            self.pos += 1
            exc = self.expression()
            cause = None
            if exc is not None and types[self.pos] == KW_FROM:
                mark = self.pos
                self.pos += 1
                cause = self.expression()
                if cause is None:
                    self.reset(mark)
            return Raise(exc, cause, *self.loc(start))
        if t == KW_GLOBAL or t == KW_NONLOCAL:
            self.pos += 1
            names = self.name_list()
            if names is None:
                self.reset(start)
                return None
            return (Global if t == KW_GLOBAL else Nonlocal)(names, *self.loc(start))
        if t == KW_DEL:
            self.pos += 1
            targets = self.del_targets()
            if targets is None or types[self.pos] not in (SEMI, NEWLINE):
                if self.call_invalid_rules:
                    self.invalid_del_stmt(start)
                self.reset(start)
                return None
            return Delete(targets, *self.loc(start))
        # assert_stmt: 'assert' expression [',' expression]
        self.pos += 1
        test = self.expression()
        if test is None:
            self.reset(start)
            return None
        msg = None
        if types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            msg = self.expression()
            if msg is None:
                self.reset(mark)
        return Assert(test, msg, *self.loc(start))

    def name_list(self) -> list | None:
        """','.NAME+ as identifiers."""
        types = self.types
        if types[self.pos] != NAME:
            return None
        names = [self.tokens[self.pos].string]
        self.pos += 1
        while types[self.pos] == COMMA and types[self.pos + 1] == NAME:
            names.append(self.tokens[self.pos + 1].string)
            self.pos += 2
        return names

    def assignment(self, last_equal: int, colon: bool, augmented: bool):
        """assignment: NAME ':' expression ['=' annotated_rhs]
        | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        | (star_targets '=')+ annotated_rhs !'=' | single_target augassign ~ annotated_rhs.

        An alternative is skipped when the line lacks its ':', '=' or operator (see
        _assignment_marks): it could not match.
        """
        start = self.pos
        types = self.types
        if colon:
            result = self._annotated_assignment(start)
            if result is not None:
                return result
        targets = []
        while self.pos < last_equal:
            mark = self.pos
            target = self.star_targets()
            if target is None or types[self.pos] != EQUAL:
                self.reset(mark)
                break
            self.pos += 1
            targets.append(target)
        if targets:
            value = self.annotated_rhs()
            if value is not None and types[self.pos] != EQUAL:
                return Assign(targets, value, None, *self.loc(start))
            self.reset(start)
        if augmented:
            target = self.single_target()
            if target is not None:
                op = _AUGASSIGN.get(types[self.pos])
                if op is not None:
                    self.pos += 1
                    value = self.annotated_rhs()
                    if value is not None:
                        return AugAssign(target, op, value, *self.loc(start))
                self.reset(start)
        if self.call_invalid_rules:
            self.invalid_assignment(start)
        return None

    def _annotated_assignment(self, start: int):
        """The two annotated forms of `assignment`."""
        types = self.types
        if types[start] == NAME and types[start + 1] == COLON:
            tok = self.tokens[start]
            target = Name(tok.string, STORE, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
            self.pos += 2
            return self._annotated(start, target, 1)
        # ('(' single_target ')' | single_subscript_attribute_target) ':' ...: once the
        # parenthesized form matches, the other is not tried (PEG groups do not backtrack).
        target = None
        if types[start] == LPAR:
            self.pos += 1
            target = self.single_target()
            if target is not None and types[self.pos] == RPAR:
                self.pos += 1
            else:
                target = None
                self.reset(start)
        if target is None:
            target = self._subscript_attribute_target(STORE)
        if target is not None:
            if types[self.pos] == COLON:
                self.pos += 1
                result = self._annotated(start, target, 0)
                if result is not None:
                    return result
            self.reset(start)
        return None

    def _annotated(self, start: int, target, simple: int):
        annotation = self.expression()
        if annotation is None:
            self.reset(start)
            return None
        value = None
        if self.types[self.pos] == EQUAL:
            mark = self.pos
            self.pos += 1
            value = self.annotated_rhs()
            if value is None:
                self.reset(mark)
        return AnnAssign(target, annotation, value, simple, *self.loc(start))

    def annotated_rhs(self):
        """annotated_rhs: yield_expr | star_expressions."""
        if self.types[self.pos] == KW_YIELD:
            return self.yield_expr()
        return self.star_expressions()

    # -- imports -----------------------------------------------------------------------------

    def import_stmt(self):
        """import_name: 'import' dotted_as_names | import_from."""
        start = self.pos
        types = self.types
        if self.call_invalid_rules and types[start] == KW_IMPORT:
            self.invalid_import(start)
        self.pos += 1
        if types[start] == KW_IMPORT:
            names = []
            while True:
                item = self.dotted_as_name()
                if item is None:
                    break
                names.append(item)
                if types[self.pos] != COMMA:
                    break
                self.pos += 1
            if not names or types[self.pos - 1] == COMMA:
                self.reset(start)
                return None
            return Import(names, *self.loc(start))
        level = 0
        while types[self.pos] in (DOT, ELLIPSIS):
            level += 1 if types[self.pos] == DOT else 3
            self.pos += 1
        module = None
        if types[self.pos] == NAME:
            module = self.dotted_name()[0]
        if (module is None and level == 0) or types[self.pos] != KW_IMPORT:
            self.reset(start)
            return None
        self.pos += 1
        names = self.import_from_targets()
        if names is None:
            if self.call_invalid_rules:
                self.invalid_import_from_targets(self.pos)
            self.reset(start)
            return None
        if module == "__future__" and level == 0 and any(a.name == "barry_as_FLUFL" for a in names):
            # _PyPegen_checked_future_import: '<>' becomes the inequality operator.
            self.barry_as_bdfl = True
        return ImportFrom(module, names, level, *self.loc(start))

    def import_from_targets(self) -> list | None:
        """import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
        | '*'."""
        types = self.types
        start = self.pos
        if types[start] == STAR:
            tok = self.tokens[start]
            self.pos += 1
            return [alias("*", None, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)]
        paren = types[start] == LPAR
        if paren:
            self.pos += 1
        names = []
        while types[self.pos] == NAME:
            item_start = self.pos
            name = self.tokens[item_start].string
            self.pos += 1
            if self.call_invalid_rules:
                self.invalid_import_as_name()
            asname = None
            if types[self.pos] == KW_AS and types[self.pos + 1] == NAME:
                asname = self.tokens[self.pos + 1].string
                self.pos += 2
            names.append(alias(name, asname, *self.loc(item_start)))
            if types[self.pos] != COMMA:
                break
            if types[self.pos + 1] != NAME:
                self.touch(self.pos + 1)
                break
            self.pos += 1
        if not names:
            self.reset(start)
            return None
        if paren:
            if types[self.pos] == COMMA:
                self.pos += 1
            if types[self.pos] != RPAR:
                self.reset(start)
                return None
            self.pos += 1
        elif types[self.pos] == COMMA:
            self.reset(start)
            return None
        return names

    def dotted_name(self) -> tuple[str, int]:
        """dotted_name: dotted_name '.' NAME | NAME (the name and its first token)."""
        types = self.types
        start = self.pos
        parts = [self.tokens[start].string]
        self.pos += 1
        while types[self.pos] == DOT and types[self.pos + 1] == NAME:
            parts.append(self.tokens[self.pos + 1].string)
            self.pos += 2
        return ".".join(parts), start

    def dotted_as_name(self):
        """dotted_as_name: dotted_name ['as' NAME]."""
        if self.types[self.pos] != NAME:
            return None
        name, start = self.dotted_name()
        if self.call_invalid_rules:
            self.invalid_import_as_name()
        asname = None
        if self.types[self.pos] == KW_AS and self.types[self.pos + 1] == NAME:
            asname = self.tokens[self.pos + 1].string
            self.pos += 2
        return alias(name, asname, *self.loc(start))

    # -- compound statements -----------------------------------------------------------------

    def compound_stmt(self):
        """compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt
        | while_stmt | match_stmt."""
        t = self.types[self.pos]
        if t == KW_DEF:
            return self.function_def_raw([])
        if t == KW_IF:
            return self.if_stmt()
        if t == KW_CLASS:
            return self.class_def_raw([])
        if t == AT:
            return self.decorated()
        if t == KW_WITH:
            return self.with_stmt(self.pos)
        if t == KW_FOR:
            return self.for_stmt(self.pos)
        if t == KW_TRY:
            return self.try_stmt()
        if t == KW_WHILE:
            return self.while_stmt()
        if t == KW_ASYNC:
            self.touch(self.pos + 1)
            nxt = self.types[self.pos + 1]
            if nxt == KW_DEF:
                return self.function_def_raw([])
            if nxt == KW_WITH:
                return self.with_stmt(self.pos)
            if nxt == KW_FOR:
                return self.for_stmt(self.pos)
            return None
        if t == NAME and self.tokens[self.pos].string == "match":
            return self.match_stmt()
        return None

    def block(self) -> list | None:
        """block: NEWLINE INDENT statements DEDENT | simple_stmts."""
        types = self.types
        if types[self.pos] == NEWLINE:
            start = self.pos
            if types[start + 1] != INDENT:
                self.touch(start + 1)
                if self.call_invalid_rules:
                    self.invalid_block()
                return None
            self.pos += 2
            body = self.statements()
            if body is None or types[self.pos] != DEDENT:
                self.reset(start)
                return None
            self.pos += 1
            return body
        body = self.simple_stmts()
        if body is None and self.call_invalid_rules:
            self.invalid_block()
        return body

    def decorated(self):
        """decorators (function_def_raw | class_def_raw)."""
        start = self.pos
        types = self.types
        decorators = []
        while types[self.pos] == AT:
            self.pos += 1
            d = self.named_expression()
            if d is None or types[self.pos] != NEWLINE:
                self.reset(start)
                return None
            self.pos += 1
            decorators.append(d)
        if types[self.pos] == KW_CLASS:
            node = self.class_def_raw(decorators)
        else:
            node = self.function_def_raw(decorators)
        if node is None:
            self.reset(start)
        return node

    def class_def_raw(self, decorators: list):
        """class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block."""
        start = self.pos
        types = self.types
        if self.call_invalid_rules:
            self.invalid_class_def_raw()
        if types[start + 1] != NAME:
            self.touch(start + 1)
            return None
        name = self.tokens[start + 1].string
        self.pos += 2
        type_params = self.type_params()
        if type_params is None:
            self.reset(start)
            return None
        bases: list = []
        keywords: list = []
        if types[self.pos] == LPAR:
            self.pos += 1
            if types[self.pos] == RPAR:
                self.pos += 1
            else:
                result = self.arguments()
                if result is None:
                    self.reset(start)
                    return None
                bases, keywords = result
        if types[self.pos] != COLON:
            self.reset(start)
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        return ClassDef(name, bases, keywords, body, decorators, type_params, *self.loc(start))

    def function_def_raw(self, decorators: list):
        """function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression]
        ':' block."""
        start = self.pos
        types = self.types
        is_async = types[start] == KW_ASYNC
        def_at = start + is_async
        if self.call_invalid_rules and types[def_at] == KW_DEF:
            self.invalid_def_raw(start)
        if types[def_at] != KW_DEF or types[def_at + 1] != NAME:
            self.touch(def_at + (types[def_at] == KW_DEF))
            return None
        name = self.tokens[def_at + 1].string
        self.pos = def_at + 2
        type_params = self.type_params()
        if type_params is None or types[self.pos] != LPAR:
            self.reset(start)
            return None
        self.pos += 1
        if types[self.pos] == RPAR:
            args = empty_arguments()
        else:
            args = self.parameters(lambda_=False)
            if args is None or types[self.pos] != RPAR:
                self.reset(start)
                return None
        self.pos += 1
        returns = None
        if types[self.pos] == RARROW:
            self.pos += 1
            returns = self.expression()
            if returns is None:
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
        node = AsyncFunctionDef if is_async else FunctionDef
        return node(name, args, body, decorators, returns, None, type_params, *self.loc(start))

    def type_params(self) -> list | None:
        """type_params: '[' ','.type_param+ [','] ']' (an empty list when absent; None on failure)."""
        types = self.types
        if types[self.pos] != LSQB:
            return []
        start = self.pos
        if self.call_invalid_rules:
            self.invalid_type_params(start)
        self.pos += 1
        params = []
        while True:
            p = self.type_param()
            if p is None:
                break
            params.append(p)
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if not params or types[self.pos] != RSQB:
            self.reset(start)
            return None
        self.pos += 1
        return params

    def type_param(self):
        """type_param: NAME [':' expression] ['=' expression] | '*' NAME ['=' star_expression]
        | '**' NAME ['=' expression]."""
        types = self.types
        start = self.pos
        t = types[start]
        stars = 1 if t == STAR else 2 if t == DOUBLESTAR else 0
        at = start + (stars > 0)
        if types[at] != NAME:
            return None
        name = self.tokens[at].string
        self.pos = at + 1
        if stars and self.call_invalid_rules:
            self.invalid_type_param(stars)
        bound = default = None
        if stars == 0 and types[self.pos] == COLON:
            self.pos += 1
            bound = self.expression()
            if bound is None:
                self.reset(start)
                return None
        if types[self.pos] == EQUAL:
            mark = self.pos
            self.pos += 1
            default = self.star_expression() if stars == 1 else self.expression()
            if default is None:
                self.reset(mark)
        if stars == 0:
            return TypeVar(name, bound, default, *self.loc(start))
        if stars == 1:
            return TypeVarTuple(name, default, *self.loc(start))
        return ParamSpec(name, default, *self.loc(start))

    def type_alias(self):
        """type_alias: "type" NAME [type_params] '=' expression."""
        start = self.pos
        tok = self.tokens[start + 1]
        self.pos += 2
        type_params = self.type_params()
        if type_params is None or self.types[self.pos] != EQUAL:
            self.reset(start)
            return None
        self.pos += 1
        value = self.expression()
        if value is None:
            self.reset(start)
            return None
        name = Name(tok.string, STORE, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset)
        return TypeAlias(name, type_params, value, *self.loc(start))

    def if_stmt(self):
        """if_stmt / elif_stmt: ('if' | 'elif') named_expression ':' block (elif_stmt | [else_block])."""
        start = self.pos
        types = self.types
        if self.call_invalid_rules:
            self.invalid_if_stmt("if" if types[start] == KW_IF else "elif")
        self.pos += 1
        test = self.named_expression()
        if test is None or types[self.pos] != COLON:
            self.reset(start)
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        orelse: list = []
        if types[self.pos] == KW_ELIF:
            elif_ = self.if_stmt()
            if elif_ is not None:
                orelse = [elif_]
        elif types[self.pos] == KW_ELSE:
            orelse = self.else_block() or []
        return If(test, body, orelse, *self.loc(start))

    def else_block(self) -> list | None:
        """else_block: 'else' &&':' block."""
        mark = self.pos
        if self.call_invalid_rules:
            self.invalid_else_stmt()
        self.pos += 1
        self.expect_forced(COLON, ":")
        body = self.block()
        if body is None:
            self.reset(mark)
        return body

    def while_stmt(self):
        """while_stmt: 'while' named_expression ':' block [else_block]."""
        start = self.pos
        types = self.types
        if self.call_invalid_rules:
            self.invalid_while_stmt()
        self.pos += 1
        test = self.named_expression()
        if test is None or types[self.pos] != COLON:
            self.reset(start)
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        orelse = self.else_block() if types[self.pos] == KW_ELSE else None
        return While(test, body, orelse or [], *self.loc(start))

    def for_stmt(self, start: int):
        """for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]."""
        types = self.types
        is_async = types[start] == KW_ASYNC
        if self.call_invalid_rules:
            self.invalid_for_stmt(start)
        self.pos += 1 + is_async
        target = self.star_targets()
        if target is None or types[self.pos] != KW_IN:
            if self.call_invalid_rules:
                self.invalid_for_target(start)
            self.reset(start)
            return None
        self.pos += 1
        iterable = self.star_expressions()
        if iterable is None or types[self.pos] != COLON:
            self.reset(start)
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        orelse = self.else_block() if types[self.pos] == KW_ELSE else None
        node = AsyncFor if is_async else For
        return node(target, iterable, body, orelse or [], None, *self.loc(start))

    def with_stmt(self, start: int):
        """with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
        | ['async'] 'with' ','.with_item+ ':' block."""
        types = self.types
        is_async = types[start] == KW_ASYNC
        if self.call_invalid_rules:
            self.invalid_with_stmt_indent(start)
        after_with = start + 1 + is_async
        items = None
        if types[after_with] == LPAR:
            self.pos = after_with + 1
            items = self.with_items()
            if items is not None and types[self.pos] == COMMA:
                self.pos += 1
            if items is None or types[self.pos] != RPAR or types[self.pos + 1] != COLON:
                self.reset(after_with)
                items = None
            else:
                self.pos += 1
        if items is None:
            self.pos = after_with
            items = self.with_items()
            if items is None or types[self.pos] != COLON:
                if self.call_invalid_rules:
                    self.invalid_with_stmt(start)
                self.reset(start)
                return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        node = AsyncWith if is_async else With
        return node(items, body, None, *self.loc(start))

    def with_items(self) -> list | None:
        """','.with_item+ (without a trailing comma)."""
        types = self.types
        items = []
        while True:
            item = self.with_item()
            if item is None:
                break
            items.append(item)
            if types[self.pos] != COMMA:
                break
            mark = self.pos
            self.pos += 1
            if types[self.pos] == RPAR:
                self.pos = mark
                break
        return items or None

    def with_item(self):
        """with_item: expression 'as' star_target &(',' | ')' | ':') | expression."""
        e = self.expression()
        if e is None:
            return None
        types = self.types
        if types[self.pos] == KW_AS:
            mark = self.pos
            self.pos += 1
            target = self.star_target()
            if target is not None and types[self.pos] in (COMMA, RPAR, COLON):
                return withitem(e, target)
            if self.call_invalid_rules:
                self.invalid_with_item(mark)
            self.reset(mark)
        return withitem(e, None)

    def try_stmt(self):
        """try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
        | except_star_block+ [else_block] [finally_block])."""
        start = self.pos
        types = self.types
        if self.call_invalid_rules:
            self.invalid_try_stmt()
        self.pos += 1
        self.expect_forced(COLON, ":")
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        handlers = []
        star = types[self.pos] == KW_EXCEPT and types[self.pos + 1] == STAR
        while types[self.pos] == KW_EXCEPT:
            if (types[self.pos + 1] == STAR) != star:
                break
            handler = self.except_block(star)
            if handler is None:
                if self.call_invalid_rules:
                    self.invalid_except_stmt(star)
                break
            handlers.append(handler)
        orelse = finalbody = None
        if handlers and types[self.pos] == KW_ELSE:
            orelse = self.else_block()
        if types[self.pos] == KW_FINALLY:
            mark = self.pos
            if self.call_invalid_rules:
                self.invalid_finally_stmt()
            self.pos += 1
            self.expect_forced(COLON, ":")
            finalbody = self.block()
            if finalbody is None:
                self.reset(mark)
        if not handlers and finalbody is None:
            self.reset(start)
            return None
        node = TryStar if star else Try
        return node(body, handlers, orelse or [], finalbody or [], *self.loc(start))

    def except_block(self, star: bool):
        """except_block: 'except' expression ['as' NAME] ':' block | 'except' expressions ':' block
        | 'except' ':' block (and except_star_block with '*')."""
        start = self.pos
        types = self.types
        if self.call_invalid_rules:
            self.invalid_except_stmt_indent(star)
        self.pos += 1 + star
        type_ = None
        name = None
        if not (types[self.pos] == COLON and not star):
            type_start = self.pos
            type_ = self.expression()
            if type_ is None:
                self.reset(start)
                return None
            if types[self.pos] == KW_AS:
                if types[self.pos + 1] != NAME:
                    self.reset(start)
                    return None
                name = self.tokens[self.pos + 1].string
                self.pos += 2
            elif types[self.pos] == COMMA:
                elts = self._comma_list(type_, self.expression)
                type_ = Tuple(elts, LOAD, *self.loc(type_start))
        if types[self.pos] != COLON:
            self.reset(start)
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.reset(start)
            return None
        return ExceptHandler(type_, name, body, *self.loc(start))
