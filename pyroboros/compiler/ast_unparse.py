"""An expression back to source text: the annotation strings of `from __future__ import
annotations`.

Mirrors Python/ast_unparse.c (_PyAST_ExprAsUnicode): the same spacing, parentheses (by
priority level) and constant reprs (infinities as 1e309), which differ from Lib/ast.py's
unparse in places. Only expressions are handled, as in C.
"""
from __future__ import annotations

from ..objects.unicode_repr import constant_repr
from ..parser import ast_nodes as ast

(PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT,
 PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM) = range(16)
PR_BOR = PR_EXPR

_BINOP = {ast.Add: (" + ", PR_ARITH), ast.Sub: (" - ", PR_ARITH), ast.Mult: (" * ", PR_TERM),
          ast.MatMult: (" @ ", PR_TERM), ast.Div: (" / ", PR_TERM), ast.Mod: (" % ", PR_TERM),
          ast.LShift: (" << ", PR_SHIFT), ast.RShift: (" >> ", PR_SHIFT),
          ast.BitOr: (" | ", PR_BOR), ast.BitXor: (" ^ ", PR_BXOR),
          ast.BitAnd: (" & ", PR_BAND), ast.FloorDiv: (" // ", PR_TERM),
          ast.Pow: (" ** ", PR_POWER)}
_UNARYOP = {ast.Invert: ("~", PR_FACTOR), ast.Not: ("not ", PR_NOT), ast.UAdd: ("+", PR_FACTOR),
            ast.USub: ("-", PR_FACTOR)}
_CMPOP = {ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
          ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ",
          ast.NotIn: " not in "}
_CONVERSION = {ord("a"): "!a", ord("r"): "!r", ord("s"): "!s"}
_INF = "1e309"  # 1e(1 + DBL_MAX_10_EXP)


def expr_as_unicode(e) -> str:
    """_PyAST_ExprAsUnicode."""
    out: list[str] = []
    _Unparser(out).expr(e, PR_TEST)
    return "".join(out)


def _repr(value: object) -> str:
    r = constant_repr(value)
    if type(value) in (float, complex):
        r = r.replace("inf", _INF)
    return r


class _Unparser:
    __slots__ = ("out",)

    def __init__(self, out: list[str]) -> None:
        self.out = out

    def expr(self, e, level: int) -> None:
        getattr(self, "_" + type(e).__name__)(e, level)

    def _BoolOp(self, e, level: int) -> None:
        is_and = type(e.op) is ast.And
        pr = PR_AND if is_and else PR_OR
        w = self.out.append
        if level > pr:
            w("(")
        for i, v in enumerate(e.values):
            if i:
                w(" and " if is_and else " or ")
            self.expr(v, pr + 1)
        if level > pr:
            w(")")

    def _BinOp(self, e, level: int) -> None:
        text, pr = _BINOP[type(e.op)]
        rassoc = type(e.op) is ast.Pow
        w = self.out.append
        if level > pr:
            w("(")
        self.expr(e.left, pr + rassoc)
        w(text)
        self.expr(e.right, pr + (not rassoc))
        if level > pr:
            w(")")

    def _UnaryOp(self, e, level: int) -> None:
        text, pr = _UNARYOP[type(e.op)]
        w = self.out.append
        if level > pr:
            w("(")
        w(text)
        self.expr(e.operand, pr)
        if level > pr:
            w(")")

    def arg(self, a) -> None:
        self.out.append(a.arg)
        if a.annotation is not None:
            self.out.append(": ")
            self.expr(a.annotation, PR_TEST)

    def arguments(self, args) -> None:
        w = self.out.append
        first = True
        npos = len(args.posonlyargs)
        positional = [*args.posonlyargs, *args.args]
        ndefaults = len(args.defaults)
        for i, a in enumerate(positional):
            if not first:
                w(", ")
            first = False
            self.arg(a)
            di = i - len(positional) + ndefaults
            if di >= 0:
                w("=")
                self.expr(args.defaults[di], PR_TEST)
            if npos and i + 1 == npos:
                w(", /")
        if args.vararg is not None or args.kwonlyargs:
            if not first:
                w(", ")
            first = False
            w("*")
            if args.vararg is not None:
                self.arg(args.vararg)
        nkw = len(args.kwonlyargs)
        nkwdefaults = len(args.kw_defaults)
        for i, a in enumerate(args.kwonlyargs):
            if not first:
                w(", ")
            first = False
            self.arg(a)
            di = i - nkw + nkwdefaults
            if di >= 0 and args.kw_defaults[di] is not None:
                w("=")
                self.expr(args.kw_defaults[di], PR_TEST)
        if args.kwarg is not None:
            if not first:
                w(", ")
            w("**")
            self.arg(args.kwarg)

    def _Lambda(self, e, level: int) -> None:
        w = self.out.append
        if level > PR_TEST:
            w("(")
        w("lambda " if e.args.args or e.args.posonlyargs else "lambda")
        self.arguments(e.args)
        w(": ")
        self.expr(e.body, PR_TEST)
        if level > PR_TEST:
            w(")")

    def _IfExp(self, e, level: int) -> None:
        w = self.out.append
        if level > PR_TEST:
            w("(")
        self.expr(e.body, PR_TEST + 1)
        w(" if ")
        self.expr(e.test, PR_TEST + 1)
        w(" else ")
        self.expr(e.orelse, PR_TEST)
        if level > PR_TEST:
            w(")")

    def _Dict(self, e, level: int) -> None:
        w = self.out.append
        w("{")
        for i, (k, v) in enumerate(zip(e.keys, e.values)):
            if i:
                w(", ")
            if k is not None:
                self.expr(k, PR_TEST)
                w(": ")
                self.expr(v, PR_TEST)
            else:
                w("**")
                self.expr(v, PR_EXPR)
        w("}")

    def _elements(self, elts: list) -> None:
        for i, elt in enumerate(elts):
            if i:
                self.out.append(", ")
            self.expr(elt, PR_TEST)

    def _Set(self, e, level: int) -> None:
        self.out.append("{")
        self._elements(e.elts)
        self.out.append("}")

    def _List(self, e, level: int) -> None:
        self.out.append("[")
        self._elements(e.elts)
        self.out.append("]")

    def _Tuple(self, e, level: int) -> None:
        w = self.out.append
        if not e.elts:
            w("()")
            return
        if level > PR_TUPLE:
            w("(")
        self._elements(e.elts)
        if len(e.elts) == 1:
            w(",")
        if level > PR_TUPLE:
            w(")")

    def comprehensions(self, generators: list) -> None:
        w = self.out.append
        for gen in generators:
            w(" async for " if gen.is_async else " for ")
            self.expr(gen.target, PR_TUPLE)
            w(" in ")
            self.expr(gen.iter, PR_TEST + 1)
            for cond in gen.ifs:
                w(" if ")
                self.expr(cond, PR_TEST + 1)

    def _GeneratorExp(self, e, level: int) -> None:
        self.out.append("(")
        self.expr(e.elt, PR_TEST)
        self.comprehensions(e.generators)
        self.out.append(")")

    def _ListComp(self, e, level: int) -> None:
        self.out.append("[")
        self.expr(e.elt, PR_TEST)
        self.comprehensions(e.generators)
        self.out.append("]")

    def _SetComp(self, e, level: int) -> None:
        self.out.append("{")
        self.expr(e.elt, PR_TEST)
        self.comprehensions(e.generators)
        self.out.append("}")

    def _DictComp(self, e, level: int) -> None:
        self.out.append("{")
        self.expr(e.key, PR_TEST)
        self.out.append(": ")
        self.expr(e.value, PR_TEST)
        self.comprehensions(e.generators)
        self.out.append("}")

    def _Yield(self, e, level: int) -> None:
        if e.value is None:
            self.out.append("(yield)")
            return
        self.out.append("(yield ")
        self.expr(e.value, PR_TEST)
        self.out.append(")")

    def _YieldFrom(self, e, level: int) -> None:
        self.out.append("(yield from ")
        self.expr(e.value, PR_TEST)
        self.out.append(")")

    def _Await(self, e, level: int) -> None:
        w = self.out.append
        if level > PR_AWAIT:
            w("(")
        w("await ")
        self.expr(e.value, PR_ATOM)
        if level > PR_AWAIT:
            w(")")

    def _Compare(self, e, level: int) -> None:
        w = self.out.append
        if level > PR_CMP:
            w("(")
        self.expr(e.left, PR_CMP + 1)
        for cmpop, comparator in zip(e.ops, e.comparators):
            w(_CMPOP[type(cmpop)])
            self.expr(comparator, PR_CMP + 1)
        if level > PR_CMP:
            w(")")

    def _Call(self, e, level: int) -> None:
        w = self.out.append
        self.expr(e.func, PR_ATOM)
        if len(e.args) == 1 and not e.keywords and type(e.args[0]) is ast.GeneratorExp:
            self._GeneratorExp(e.args[0], level)
            return
        w("(")
        first = True
        for a in e.args:
            if not first:
                w(", ")
            first = False
            self.expr(a, PR_TEST)
        for kw in e.keywords:
            if not first:
                w(", ")
            first = False
            if kw.arg is None:
                w("**")
            else:
                w(kw.arg)
                w("=")
            self.expr(kw.value, PR_TEST)
        w(")")

    def _Constant(self, e, level: int) -> None:
        value = e.value
        if value is Ellipsis:
            self.out.append("...")
            return
        if e.kind is not None:
            self.out.append(e.kind)
        if type(value) is tuple:
            self.out.append("(" + ", ".join(_repr(v) for v in value)
                            + ("," if len(value) == 1 else "") + ")")
            return
        self.out.append(_repr(value))

    # f-strings and t-strings

    def fstring_body(self, values: list, is_format_spec: bool) -> str:
        body = _Unparser([])
        for v in values:
            body.fstring_element(v, is_format_spec)
        return "".join(body.out)

    def fstring_element(self, e, is_format_spec: bool) -> None:
        t = type(e)
        if t is ast.Constant:
            self.out.append(e.value.replace("{", "{{").replace("}", "}}"))
        elif t is ast.JoinedStr:
            self.joinedstr(e, is_format_spec)
        elif t is ast.FormattedValue or t is ast.Interpolation:
            self.formatted_value(e)
        else:
            raise SystemError("unknown expression kind inside f-string")

    def joinedstr(self, e, is_format_spec: bool) -> None:
        body = self.fstring_body(e.values, is_format_spec)
        self.out.append(body if is_format_spec else "f" + repr(body))

    def _JoinedStr(self, e, level: int) -> None:
        self.joinedstr(e, False)

    def _TemplateStr(self, e, level: int) -> None:
        self.out.append("t" + repr(self.fstring_body(e.values, False)))

    def formatted_value(self, e) -> None:
        w = self.out.append
        inner: list[str] = []
        # PR_TEST + 1: a lambda's ':' needs parentheses
        _Unparser(inner).expr(e.value, PR_TEST + 1)
        text = "".join(inner)
        w("{ " if text.startswith("{") else "{")
        w(text)
        if e.conversion > 0:
            w(_CONVERSION[e.conversion])
        if e.format_spec is not None:
            w(":")
            self.fstring_element(e.format_spec, True)
        w("}")

    def _FormattedValue(self, e, level: int) -> None:
        self.formatted_value(e)

    _Interpolation = _FormattedValue

    # assignment targets

    def _Attribute(self, e, level: int) -> None:
        v = e.value
        self.expr(v, PR_ATOM)
        # an integer needs a space before the period
        self.out.append(" ." if type(v) is ast.Constant and type(v.value) is int else ".")
        self.out.append(e.attr)

    def _Slice(self, e, level: int) -> None:
        if e.lower is not None:
            self.expr(e.lower, PR_TEST)
        self.out.append(":")
        if e.upper is not None:
            self.expr(e.upper, PR_TEST)
        if e.step is not None:
            self.out.append(":")
            self.expr(e.step, PR_TEST)

    def _Subscript(self, e, level: int) -> None:
        self.expr(e.value, PR_ATOM)
        self.out.append("[")
        self.expr(e.slice, PR_TUPLE)
        self.out.append("]")

    def _Starred(self, e, level: int) -> None:
        self.out.append("*")
        self.expr(e.value, PR_EXPR)

    def _Name(self, e, level: int) -> None:
        self.out.append(e.id)

    def _NamedExpr(self, e, level: int) -> None:
        w = self.out.append
        if level > PR_TUPLE:
            w("(")
        self.expr(e.target, PR_ATOM)
        w(" := ")
        self.expr(e.value, PR_ATOM)
        if level > PR_TUPLE:
            w(")")
