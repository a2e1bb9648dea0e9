"""AST preprocessing before the symbol table: the few rewrites CPython 3.14 still does there.

Mirrors Python/ast_preprocess.c (_PyAST_Preprocess): `__debug__` becomes a constant;
`'...%s...' % (a, b)` with simple %s/%r/%a units becomes an f-string; negative and complex
literals in patterns are folded; -OO drops docstrings (a body left empty gets `pass`), and a
string that becomes the first statement is wrapped in an f-string so it does not turn into a
docstring; SyntaxWarnings for return/break/continue in `finally` blocks (PEP 765). The tree is
changed in place (a folded node is replaced in its parent). Everything else (constant
folding of operators, tuples and the like) lives in the flow graph in 3.14.
"""
from __future__ import annotations

from ..parser import ast_nodes as ast
from .future import get_docstring
from .instruction_sequence import Location
from ..objects.code import CO_FUTURE_ANNOTATIONS

_MAXDIGITS = 3


class _Preprocessor:
    """_PyASTPreprocessState and the astfold_* walk."""

    def __init__(self, filename: str, optimize: int, ff_features: int, syntax_check_only: bool,
                 enable_warnings: bool) -> None:
        self.filename = filename
        self.optimize = optimize
        self.future_annotations = bool(ff_features & CO_FUTURE_ANNOTATIONS)
        self.syntax_check_only = syntax_check_only
        self.enable_warnings = enable_warnings
        # PEP 765 contexts: (in_finally, in_funcdef, in_loop)
        self.cf_finally: list[tuple[bool, bool, bool]] = []

    # -- PEP 765 ----------------------------------------------------------------------------

    def _warn_in_finally(self, kw: str, s) -> None:
        from .compile import emit_syntax_warning
        emit_syntax_warning(f"'{kw}' in a 'finally' block", self.filename,
                            Location(s.lineno, s.end_lineno, s.col_offset, s.end_col_offset))

    def before_return(self, s) -> None:
        if self.enable_warnings and self.cf_finally:
            in_finally, in_funcdef, _ = self.cf_finally[-1]
            if in_finally and not in_funcdef:
                self._warn_in_finally("return", s)

    def before_loop_exit(self, s, kw: str) -> None:
        if self.enable_warnings and self.cf_finally:
            in_finally, _, in_loop = self.cf_finally[-1]
            if in_finally and not in_loop:
                self._warn_in_finally(kw, s)

    def stmts_in(self, stmts: list, context: tuple[bool, bool, bool]) -> None:
        self.cf_finally.append(context)
        self.stmts(stmts)
        self.cf_finally.pop()

    # -- bodies and statements --------------------------------------------------------------

    def body(self, stmts: list) -> None:
        """astfold_body."""
        docstring = get_docstring(stmts) is not None
        if docstring and self.optimize >= 2:
            if len(stmts) == 1:
                d = stmts[0]
                stmts[0] = ast.Pass(d.lineno, d.col_offset, d.lineno, d.col_offset + 4)
            else:
                del stmts[0]
            docstring = False
        self.stmts(stmts)
        if not docstring and get_docstring(stmts) is not None:
            st = stmts[0]
            st.value = ast.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno,
                                     st.end_col_offset)

    def stmts(self, stmts: list) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s) -> None:
        t = type(s)
        if t is ast.FunctionDef or t is ast.AsyncFunctionDef:
            self.type_params(s.type_params)
            self.arguments(s.args)
            self.cf_finally.append((False, True, False))
            self.body(s.body)
            self.cf_finally.pop()
            self.exprs(s.decorator_list)
            if not self.future_annotations and s.returns is not None:
                s.returns = self.expr(s.returns)
        elif t is ast.ClassDef:
            self.type_params(s.type_params)
            self.exprs(s.bases)
            for k in s.keywords:
                k.value = self.expr(k.value)
            self.body(s.body)
            self.exprs(s.decorator_list)
        elif t is ast.Return:
            self.before_return(s)
            if s.value is not None:
                s.value = self.expr(s.value)
        elif t is ast.AnnAssign:
            s.target = self.expr(s.target)
            if not self.future_annotations:
                s.annotation = self.expr(s.annotation)
            if s.value is not None:
                s.value = self.expr(s.value)
        elif t is ast.TypeAlias:
            s.name = self.expr(s.name)
            self.type_params(s.type_params)
            s.value = self.expr(s.value)
        elif t is ast.For or t is ast.AsyncFor:
            s.target = self.expr(s.target)
            s.iter = self.expr(s.iter)
            self.stmts_in(s.body, (False, False, True))
            self.stmts(s.orelse)
        elif t is ast.While:
            s.test = self.expr(s.test)
            self.stmts_in(s.body, (False, False, True))
            self.stmts(s.orelse)
        elif t is ast.Try or t is ast.TryStar:
            self.stmts(s.body)
            for h in s.handlers:
                if h.type is not None:
                    h.type = self.expr(h.type)
                self.stmts(h.body)
            self.stmts(s.orelse)
            self.stmts_in(s.finalbody, (True, False, False))
        elif t is ast.With or t is ast.AsyncWith:
            for item in s.items:
                item.context_expr = self.expr(item.context_expr)
                if item.optional_vars is not None:
                    item.optional_vars = self.expr(item.optional_vars)
            self.stmts(s.body)
        elif t is ast.Match:
            s.subject = self.expr(s.subject)
            for case in s.cases:
                case.pattern = self.pattern(case.pattern)
                if case.guard is not None:
                    case.guard = self.expr(case.guard)
                self.stmts(case.body)
        elif t is ast.Break:
            self.before_loop_exit(s, "break")
        elif t is ast.Continue:
            self.before_loop_exit(s, "continue")
        else:
            # Delete, Assign, AugAssign, If, Raise, Assert, Expr and the leaves
            for name in s._fields:
                value = getattr(s, name)
                if type(value) is list:
                    if value and isinstance(value[0], ast.stmt):
                        self.stmts(value)
                    elif value and isinstance(value[0], ast.expr):
                        self.exprs(value)
                elif isinstance(value, ast.expr):
                    setattr(s, name, self.expr(value))

    # -- expressions ------------------------------------------------------------------------

    def exprs(self, exprs: list) -> None:
        for i, e in enumerate(exprs):
            if e is not None:
                exprs[i] = self.expr(e)

    def expr(self, e):
        """astfold_expr: `e` or the node that replaces it."""
        t = type(e)
        if t is ast.Name:
            if not self.syntax_check_only and e.id == "__debug__" and type(e.ctx) is ast.Load:
                return ast.Constant(not self.optimize, None, e.lineno, e.col_offset,
                                    e.end_lineno, e.end_col_offset)
            return e
        if t is ast.Constant:
            return e
        if t is ast.Lambda:
            self.arguments(e.args)
            e.body = self.expr(e.body)
            return e
        for name in e._fields:
            value = getattr(e, name)
            if type(value) is list:
                if value:
                    first = next((v for v in value if v is not None), None)
                    if isinstance(first, ast.expr):
                        self.exprs(value)
                    elif type(first) is ast.comprehension:
                        for gen in value:
                            gen.target = self.expr(gen.target)
                            gen.iter = self.expr(gen.iter)
                            self.exprs(gen.ifs)
                    elif type(first) is ast.keyword:
                        for k in value:
                            k.value = self.expr(k.value)
            elif isinstance(value, ast.expr):
                setattr(e, name, self.expr(value))
        if t is ast.BinOp:
            return self.fold_binop(e)
        return e

    def arguments(self, args: ast.arguments) -> None:
        """astfold_arguments (annotations are left alone under future annotations)."""
        if not self.future_annotations:
            for a in (*args.posonlyargs, *args.args, args.vararg, *args.kwonlyargs, args.kwarg):
                if a is not None and a.annotation is not None:
                    a.annotation = self.expr(a.annotation)
        self.exprs(args.kw_defaults)
        self.exprs(args.defaults)

    def type_params(self, type_params: list) -> None:
        for tp in type_params:
            if type(tp) is ast.TypeVar and tp.bound is not None:
                tp.bound = self.expr(tp.bound)
            if tp.default_value is not None:
                tp.default_value = self.expr(tp.default_value)

    # -- %-formatting -----------------------------------------------------------------------

    def fold_binop(self, node: ast.BinOp):
        """fold_binop: only `str % tuple` (without starred items) is rewritten."""
        if self.syntax_check_only:
            return node
        lhs, rhs = node.left, node.right
        if type(lhs) is ast.Constant and type(node.op) is ast.Mod and type(rhs) is ast.Tuple \
                and type(lhs.value) is str \
                and not any(type(elt) is ast.Starred for elt in rhs.elts):
            return optimize_format(node, lhs.value, rhs.elts)
        return node

    # -- patterns ---------------------------------------------------------------------------

    def pattern(self, p):
        """astfold_pattern: fold the numeric literals of value and mapping patterns."""
        t = type(p)
        if t is ast.MatchValue:
            p.value = self.fold_const_match_pattern(p.value)
        elif t is ast.MatchSequence:
            p.patterns = [self.pattern(q) for q in p.patterns]
        elif t is ast.MatchMapping:
            p.keys = [self.fold_const_match_pattern(k) for k in p.keys]
            p.patterns = [self.pattern(q) for q in p.patterns]
        elif t is ast.MatchClass:
            p.cls = self.expr(p.cls)
            p.patterns = [self.pattern(q) for q in p.patterns]
            p.kwd_patterns = [self.pattern(q) for q in p.kwd_patterns]
        elif t is ast.MatchAs:
            if p.pattern is not None:
                p.pattern = self.pattern(p.pattern)
        elif t is ast.MatchOr:
            p.patterns = [self.pattern(q) for q in p.patterns]
        return p

    def fold_const_match_pattern(self, node):
        """fold_const_match_patterns: -1, 1+2j, -1-2j and the like become constants."""
        if self.syntax_check_only:
            return node
        t = type(node)
        if t is ast.UnaryOp:
            if type(node.op) is ast.USub and type(node.operand) is ast.Constant:
                return _make_const(node, lambda: -node.operand.value)
        elif t is ast.BinOp:
            opt = type(node.op)
            if (opt is ast.Add or opt is ast.Sub) and type(node.right) is ast.Constant:
                node.left = self.fold_const_match_pattern(node.left)
                if type(node.left) is ast.Constant:
                    left, right = node.left.value, node.right.value
                    return _make_const(node, lambda: _add_or_subtract(left, right,
                                                                      opt is ast.Sub))
        return node


def _add_or_subtract(left, right, subtract: bool):
    """left +/- right with 3.14's mixed-mode rules: a real operand combines with the complex
    one's parts separately (0 - 0j is complex(0, -0.0), not 0j)."""
    if type(right) is complex and type(left) is not complex:
        if subtract:
            return complex(left - right.real, -right.imag)
        return complex(left + right.real, right.imag)
    if type(left) is complex and type(right) is not complex:
        return complex(left.real - right if subtract else left.real + right, left.imag)
    return left - right if subtract else left + right


def _make_const(node, compute):
    """make_const: a Constant at `node`'s location, or `node` itself if computing fails."""
    try:
        value = compute()
    except Exception:  # noqa: BLE001 - CPython clears any error and keeps the node
        return node
    return ast.Constant(value, None, node.lineno, node.col_offset, node.end_lineno,
                        node.end_col_offset)


def _parse_literal(fmt: str, pos: int) -> tuple[ast.Constant | None, int]:
    start = pos
    size = len(fmt)
    has_percents = False
    while pos < size:
        if fmt[pos] != "%":
            pos += 1
        elif pos + 1 < size and fmt[pos + 1] == "%":
            has_percents = True
            pos += 2
        else:
            break
    if pos == start:
        return None, pos
    s = fmt[start:pos]
    if has_percents:
        s = s.replace("%%", "%")
    return ast.Constant(s, None, -1, -1, -1, -1), pos


def _number(ch: str, pos: int, nextc) -> tuple[int, str, int] | None:
    """A width or precision starting at digit `ch`: (value, next char, pos), or None when
    the format ends in it or it has _MAXDIGITS digits or more."""
    value = digits = 0
    while "0" <= ch <= "9":
        value = value * 10 + int(ch)
        ch, pos = nextc(pos)
        if ch is None:
            return None
        digits += 1
        if digits >= _MAXDIGITS:
            return None
    return value, ch, pos


def _simple_format_arg_parse(fmt: str, pos: int):
    """simple_format_arg_parse: (spec, flags_ljust, width, prec, pos) or None."""
    n = len(fmt)
    ljust = False

    def nextc(p):
        if p >= n:
            return None, p
        return fmt[p], p + 1

    ch, pos = nextc(pos)
    while ch is not None and ch in "-+ #0":
        if ch == "-":
            ljust = True
        ch, pos = nextc(pos)
    if ch is None:
        return None
    width = prec = -1
    if "0" <= ch <= "9":
        number = _number(ch, pos, nextc)
        if number is None:
            return None
        width, ch, pos = number
    if ch == ".":
        ch, pos = nextc(pos)
        if ch is None:
            return None
        prec = 0
        if "0" <= ch <= "9":
            number = _number(ch, pos, nextc)
            if number is None:
                return None
            prec, ch, pos = number
    return ch, ljust, width, prec, pos


def optimize_format(node: ast.BinOp, fmt: str, elts: list):
    """optimize_format: the f-string equivalent of `fmt % (elts)`, or `node` unchanged."""
    pos = 0
    cnt = 0
    seq = []
    while True:
        lit, pos = _parse_literal(fmt, pos)
        if lit is not None:
            seq.append(lit)
        if pos >= len(fmt):
            break
        if cnt >= len(elts):
            return node
        pos += 1
        parsed = _simple_format_arg_parse(fmt, pos)
        if parsed is None:
            return node
        spec, ljust, width, prec, pos = parsed
        if spec not in ("s", "r", "a"):
            return node
        arg = elts[cnt]
        cnt += 1
        buf = ""
        if not ljust and width > 0:
            buf += ">"
        if width >= 0:
            buf += str(width)
        if prec >= 0:
            buf += f".{prec}"
        format_spec = ast.Constant(buf, None, -1, -1, -1, -1) if buf else None
        seq.append(ast.FormattedValue(arg, ord(spec), format_spec, arg.lineno, arg.col_offset,
                                      arg.end_lineno, arg.end_col_offset))
    if cnt < len(elts):
        return node
    return ast.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)


def preprocess(mod: ast.mod, filename: str, optimize: int, ff_features: int,
               syntax_check_only: bool = False, enable_warnings: bool = True) -> None:
    """_PyAST_Preprocess."""
    p = _Preprocessor(filename, optimize, ff_features, syntax_check_only, enable_warnings)
    t = type(mod)
    if t is ast.Module:
        p.body(mod.body)
    elif t is ast.Interactive:
        p.stmts(mod.body)
    elif t is ast.Expression:
        mod.body = p.expr(mod.body)
