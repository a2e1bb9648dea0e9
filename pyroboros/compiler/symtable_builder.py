"""The symbol table's first pass: walk the AST, open a block per namespace, record raw facts.

Mirrors the symtable_visit_* functions of Python/symtable.c and their helpers
(symtable_enter_block, symtable_add_def_helper, symtable_extend_namedexpr_scope,
symtable_handle_comprehension, symtable_visit_annotation(s), symtable_enter_type_param_block,
...): every name gets its DEF_*/USE flags in the block that mentions it, and the errors the C
raises while walking are raised here, as CompileError("SyntaxError", ...) at the same
location. Left out: the C recursion guard (ENTER_RECURSIVE, see build_symtable).
"""
from __future__ import annotations

from ..errors import CompileError
from ..objects.code import CO_FUTURE_ANNOTATIONS
from ..parser import ast_nodes as ast
from .future import get_docstring
from .instruction_sequence import Location
from .source_text import program_text
from .symtable_entry import (
    DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM,
    DEF_TYPE_PARAM, USE, AnnotationBlock, BlockType, ClassBlock, DictComprehension, FunctionBlock,
    GeneratorExpression, ListComprehension, ModuleBlock, NoComprehension, PyCF_ALLOW_TOP_LEVEL_AWAIT,
    SetComprehension, SymTable, SymTableEntry, TypeAliasBlock, TypeParametersBlock, TypeVariableBlock,
    is_function_like, maybe_mangle)

GLOBAL_PARAM = "name '{}' is parameter and global"
NONLOCAL_PARAM = "name '{}' is parameter and nonlocal"
GLOBAL_AFTER_ASSIGN = "name '{}' is assigned to before global declaration"
NONLOCAL_AFTER_ASSIGN = "name '{}' is assigned to before nonlocal declaration"
GLOBAL_AFTER_USE = "name '{}' is used prior to global declaration"
NONLOCAL_AFTER_USE = "name '{}' is used prior to nonlocal declaration"
GLOBAL_ANNOT = "annotated name '{}' can't be global"
NONLOCAL_ANNOT = "annotated name '{}' can't be nonlocal"
IMPORT_STAR_WARNING = "import * only allowed at module level"
NAMED_EXPR_COMP_IN_CLASS = \
    "assignment expression within a comprehension cannot be used in a class body"
NAMED_EXPR_COMP_IN_TYPEVAR_BOUND = \
    "assignment expression within a comprehension cannot be used in a TypeVar bound"
NAMED_EXPR_COMP_IN_TYPEALIAS = \
    "assignment expression within a comprehension cannot be used in a type alias"
NAMED_EXPR_COMP_IN_TYPEPARAM = ("assignment expression within a comprehension cannot be used "
                                "within the definition of a generic")
NAMED_EXPR_COMP_CONFLICT = "assignment expression cannot rebind comprehension iteration variable '{}'"
NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = \
    "comprehension inner loop cannot rebind assignment expression target '{}'"
NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression"
ANNOTATION_NOT_ALLOWED = "{} cannot be used within an annotation"
EXPR_NOT_ALLOWED_IN_TYPE_VARIABLE = "{} cannot be used within {}"
EXPR_NOT_ALLOWED_IN_TYPE_ALIAS = "{} cannot be used within a type alias"
EXPR_NOT_ALLOWED_IN_TYPE_PARAMETERS = "{} cannot be used within the definition of a generic"
DUPLICATE_TYPE_PARAM = "duplicate type parameter '{}'"
DUPLICATE_ARGUMENT = "duplicate argument '{}' in function definition"
ASYNC_WITH_OUTSIDE_ASYNC_FUNC = "'async with' outside async function"
ASYNC_FOR_OUTSIDE_ASYNC_FUNC = "'async for' outside async function"

_NAMED_EXPR_COMP_IN = {
    ClassBlock: NAMED_EXPR_COMP_IN_CLASS,
    TypeParametersBlock: NAMED_EXPR_COMP_IN_TYPEPARAM,
    TypeAliasBlock: NAMED_EXPR_COMP_IN_TYPEALIAS,
    TypeVariableBlock: NAMED_EXPR_COMP_IN_TYPEVAR_BOUND,
}
_YIELD_INSIDE = {
    ListComprehension: "'yield' inside list comprehension",
    SetComprehension: "'yield' inside set comprehension",
    DictComprehension: "'yield' inside dict comprehension",
}
_COMPREHENSION_KIND = {
    ast.ListComp: (ListComprehension, "listcomp"),
    ast.SetComp: (SetComprehension, "setcomp"),
    ast.DictComp: (DictComprehension, "dictcomp"),
    ast.GeneratorExp: (GeneratorExpression, "genexpr"),
}
_WRITE_MASK = DEF_PARAM | DEF_LOCAL | DEF_IMPORT

# Where a name or an error is: a Location, or (cheaper, where only an error would read it) the
# AST node itself, which has the same four attributes.
Located = Location | ast.AST


def location(node: ast.AST) -> Location:
    """LOCATION(x): the source range of a node that has one."""
    return Location(node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)


def syntax_error(filename: str, msg: str, loc: Located) -> CompileError:
    """SET_ERROR_LOCATION (PyErr_RangedSyntaxLocationObject): a SyntaxError at `loc`, its
    offsets made 1-based (still counting UTF-8 bytes, as CPython's do) and its text read from
    the file."""
    return CompileError("SyntaxError", msg, filename, loc.lineno, loc.col_offset + 1,
                        program_text(filename, loc.lineno), loc.end_lineno, loc.end_col_offset + 1)


class SymtableBuilder:
    """The state of the first pass over one module (symtable.c's `struct symtable` use)."""

    def __init__(self, st: SymTable) -> None:
        self.st = st

    # -- errors -------------------------------------------------------------------------------

    def error(self, msg: str, loc: Located) -> CompileError:
        return syntax_error(self.st.filename, msg, loc)

    # -- blocks -------------------------------------------------------------------------------

    def new_entry(self, name: str, block: BlockType, key_node: object, loc: Location,
                  offset: int = 0) -> SymTableEntry:
        """ste_new."""
        return SymTableEntry(self.st, name, block, key_node, offset, loc)

    def enter_existing_block(self, ste: SymTableEntry, add_to_children: bool = True) -> None:
        """symtable_enter_existing_block (an annotation block entered again for another
        annotation of the same body is already among the children)."""
        st = self.st
        st.stack.append(ste)
        prev = st.cur
        if prev is not None:
            # bpo-37757: no assignment expression anywhere inside a comprehension's outermost
            # iterator, not even in a nested lambda or comprehension.
            ste.comp_iter_expr = prev.comp_iter_expr
            # Classes mangle every name, so they need not inherit the set.
            if prev.mangled_names is not None and ste.type != ClassBlock:
                ste.mangled_names = prev.mangled_names
        st.cur = ste
        # Under `from __future__ import annotations` annotations become strings: their blocks
        # are walked (for the errors) but never reach the table.
        if st.future.features & CO_FUTURE_ANNOTATIONS and ste.type == AnnotationBlock:
            return
        if ste.type == ModuleBlock:
            st.global_ = ste.symbols
        if add_to_children and prev is not None:
            prev.children.append(ste)

    def enter_block(self, name: str, block: BlockType, key_node: object, loc: Location,
                    offset: int = 0) -> None:
        """symtable_enter_block."""
        self.enter_existing_block(self.new_entry(name, block, key_node, loc, offset))
        if block in (AnnotationBlock, TypeVariableBlock, TypeAliasBlock):
            # The compiled function reads this "parameter" (the annotation format).
            self.add_def(".format", DEF_PARAM, loc)
            self.add_def(".format", USE, loc)

    def exit_block(self) -> None:
        """symtable_exit_block."""
        st = self.st
        st.stack.pop()
        st.cur = st.stack[-1] if st.stack else None

    # -- names --------------------------------------------------------------------------------

    def lookup_entry(self, ste: SymTableEntry, name: str) -> int:
        """symtable_lookup_entry."""
        return ste.symbols.get(maybe_mangle(self.st.private, ste, name), 0)

    def add_def_helper(self, name: str, flag: int, ste: SymTableEntry, loc: Located) -> None:
        """symtable_add_def_helper."""
        st = self.st
        mangled = maybe_mangle(st.private, st.cur, name)
        symbols = ste.symbols
        val = symbols.get(mangled)
        if val is not None:
            if flag & DEF_PARAM and val & DEF_PARAM:
                raise self.error(DUPLICATE_ARGUMENT.format(name), loc)
            if flag & DEF_TYPE_PARAM and val & DEF_TYPE_PARAM:
                raise self.error(DUPLICATE_TYPE_PARAM.format(name), loc)
            val |= flag
        else:
            val = flag
        if ste.comp_iter_target:
            # An iteration variable of a comprehension: it must not rebind a named
            # expression's target, and later named expressions check against it.
            if val & (DEF_GLOBAL | DEF_NONLOCAL):
                raise self.error(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT.format(name), loc)
            val |= DEF_COMP_ITER
        symbols[mangled] = val
        if flag & DEF_PARAM:
            ste.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            st.global_[mangled] = st.global_.get(mangled, 0) | flag

    def check_name(self, name: str, loc: Located, ctx: type) -> None:
        """check_name: __debug__ cannot be bound or deleted."""
        if name == "__debug__":
            if ctx is ast.Store:
                raise self.error("cannot assign to __debug__", loc)
            if ctx is ast.Del:
                raise self.error("cannot delete __debug__", loc)

    def check_keywords(self, keywords: list[ast.keyword]) -> None:
        for key in keywords:
            if key.arg is not None:
                self.check_name(key.arg, key, ast.Store)

    def add_def_ctx(self, name: str, flag: int, loc: Located, ctx: type) -> None:
        """symtable_add_def_ctx."""
        if flag & _WRITE_MASK:
            self.check_name(name, loc, ctx)
        cur = self.st.cur
        if flag & DEF_TYPE_PARAM and cur.mangled_names is not None:
            cur.mangled_names.add(name)
        self.add_def_helper(name, flag, cur, loc)

    def add_def(self, name: str, flag: int, loc: Located) -> None:
        """symtable_add_def."""
        self.add_def_ctx(name, flag, loc, ast.Load if flag == USE else ast.Store)

    def record_directive(self, name: str, loc: Located) -> None:
        """symtable_record_directive: where a global/nonlocal came from, for later errors."""
        cur = self.st.cur
        if cur.directives is None:
            cur.directives = []
        mangled = maybe_mangle(self.st.private, cur, name)
        cur.directives.append((mangled, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset))

    # -- the module ---------------------------------------------------------------------------

    def visit_module(self, mod: ast.mod) -> None:
        """The first pass of _PySymtable_Build."""
        st = self.st
        self.enter_block("top", ModuleBlock, mod, Location(0, 0, 0, 0))
        st.top = st.cur
        kind = type(mod)
        if kind is ast.Module:
            if get_docstring(mod.body) is not None:
                st.cur.has_docstring = True
            self.visit_stmts(mod.body)
        elif kind is ast.Expression:
            self.visit_expr(mod.body)
        elif kind is ast.Interactive:
            self.visit_stmts(mod.body)
        else:
            raise RuntimeError("this compiler does not handle FunctionTypes")
        self.exit_block()

    # -- statements ---------------------------------------------------------------------------

    def visit_stmts(self, stmts: list[ast.stmt]) -> None:
        visitors = self._STMT
        for s in stmts:
            visitors[type(s)](self, s)

    def visit_exprs(self, exprs: list[ast.expr | None]) -> None:
        visitors = self._EXPR
        for e in exprs:
            if e is not None:       # VISIT_SEQ_WITH_NULL: dict unpacking, absent kw defaults
                visitors[type(e)](self, e)

    def visit_expr(self, e: ast.expr) -> None:
        self._EXPR[type(e)](self, e)

    def _conditional(self, visit, *parts) -> None:
        """ENTER_CONDITIONAL_BLOCK ... LEAVE_CONDITIONAL_BLOCK around `visit(part)` for each
        part: annotations met there are conditional."""
        cur = self.st.cur
        saved = cur.in_conditional_block
        cur.in_conditional_block = True
        for part in parts:
            visit(part)
        cur.in_conditional_block = saved

    def _try_parts(self, s: ast.Try | ast.TryStar) -> None:
        self.visit_stmts(s.body)
        for handler in s.handlers:
            self.visit_excepthandler(handler)
        self.visit_stmts(s.orelse)
        self.visit_stmts(s.finalbody)

    def _with_parts(self, s: ast.With | ast.AsyncWith) -> None:
        for item in s.items:
            self.visit_expr(item.context_expr)
            if item.optional_vars is not None:
                self.visit_expr(item.optional_vars)
        self.visit_stmts(s.body)

    def _function_def(self, s: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        st = self.st
        loc = location(s)
        self.add_def(s.name, DEF_LOCAL, loc)
        args = s.args
        self.visit_exprs(args.defaults)
        self.visit_exprs(args.kw_defaults)
        self.visit_exprs(s.decorator_list)
        if s.type_params:
            # C tests the defaults sequence for NULL, and the parser never leaves it NULL.
            self.enter_type_param_block(s.name, s.type_params, args.defaults is not None,
                                        any(d is not None for d in args.kw_defaults), False, loc)
            self.visit_type_params(s.type_params)
        new_ste = self.new_entry(s.name, FunctionBlock, s, loc)
        if get_docstring(s.body) is not None:
            new_ste.has_docstring = True
        self.visit_annotations(s, args, s.returns, new_ste)
        self.enter_existing_block(new_ste)
        if type(s) is ast.AsyncFunctionDef:
            st.cur.coroutine = True
        self.visit_arguments(args)
        self.visit_stmts(s.body)
        self.exit_block()
        if s.type_params:
            self.exit_block()

    def _class_def(self, s: ast.ClassDef) -> None:
        st = self.st
        loc = location(s)
        self.add_def(s.name, DEF_LOCAL, loc)
        self.visit_exprs(s.decorator_list)
        saved_private = st.private
        if s.type_params:
            self.enter_type_param_block(s.name, s.type_params, False, False, True, loc)
            st.private = s.name
            st.cur.mangled_names = set()
            self.visit_type_params(s.type_params)
        self.visit_exprs(s.bases)
        self.check_keywords(s.keywords)
        for k in s.keywords:
            self.visit_expr(k.value)
        self.enter_block(s.name, ClassBlock, s, loc)
        st.private = s.name
        if s.type_params:
            self.add_def("__type_params__", DEF_LOCAL, loc)
            self.add_def(".type_params", USE, loc)
        if get_docstring(s.body) is not None:
            st.cur.has_docstring = True
        self.visit_stmts(s.body)
        self.exit_block()
        if s.type_params:
            self.exit_block()
        st.private = saved_private

    def _type_alias(self, s: ast.TypeAlias) -> None:
        st = self.st
        self.visit_expr(s.name)
        name = s.name.id
        is_in_class = st.cur.type == ClassBlock
        if s.type_params:
            self.enter_type_param_block(name, s.type_params, False, False, False, location(s))
            self.visit_type_params(s.type_params)
        self.enter_block(name, TypeAliasBlock, s, location(s))
        st.cur.can_see_class_scope = is_in_class
        if is_in_class:
            self.add_def("__classdict__", USE, s.value)
        self.visit_expr(s.value)
        self.exit_block()
        if s.type_params:
            self.exit_block()

    def _return(self, s: ast.Return) -> None:
        if s.value is not None:
            self.visit_expr(s.value)
            self.st.cur.returns_value = True

    def _delete(self, s: ast.Delete) -> None:
        self.visit_exprs(s.targets)

    def _assign(self, s: ast.Assign) -> None:
        self.visit_exprs(s.targets)
        self.visit_expr(s.value)

    def _ann_assign(self, s: ast.AnnAssign) -> None:
        st = self.st
        cur = st.cur
        cur.annotations_used = True
        target = s.target
        if type(target) is ast.Name:
            flags = self.lookup_entry(cur, target.id)
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) and cur.symbols is not st.global_ and s.simple:
                msg = GLOBAL_ANNOT if flags & DEF_GLOBAL else NONLOCAL_ANNOT
                raise self.error(msg.format(target.id), s)
            if s.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            elif s.value is not None:
                self.add_def(target.id, DEF_LOCAL, target)
        else:
            self.visit_expr(target)
        self.visit_annotation(s.annotation, cur.key_node)
        if s.value is not None:
            self.visit_expr(s.value)

    def _aug_assign(self, s: ast.AugAssign) -> None:
        self.visit_expr(s.target)
        self.visit_expr(s.value)

    def _for(self, s: ast.For | ast.AsyncFor) -> None:
        if type(s) is ast.AsyncFor:
            self.maybe_set_coroutine_for_module()
            self.raise_if_not_coroutine(ASYNC_FOR_OUTSIDE_ASYNC_FUNC, s)
        self.visit_expr(s.target)
        self.visit_expr(s.iter)
        self._conditional(self.visit_stmts, s.body, s.orelse)

    def _while(self, s: ast.While) -> None:
        self.visit_expr(s.test)
        self._conditional(self.visit_stmts, s.body, s.orelse)

    def _if(self, s: ast.If) -> None:
        self.visit_expr(s.test)
        self._conditional(self.visit_stmts, s.body, s.orelse)

    def _match(self, s: ast.Match) -> None:
        self.visit_expr(s.subject)
        self._conditional(self.visit_match_case, *s.cases)

    def _raise(self, s: ast.Raise) -> None:
        if s.exc is not None:
            self.visit_expr(s.exc)
            if s.cause is not None:
                self.visit_expr(s.cause)

    def _try(self, s: ast.Try | ast.TryStar) -> None:
        self._conditional(self._try_parts, s)

    def _assert(self, s: ast.Assert) -> None:
        self.visit_expr(s.test)
        if s.msg is not None:
            self.visit_expr(s.msg)

    def _import(self, s: ast.Import) -> None:
        for a in s.names:
            self.visit_alias(a)

    def _import_from(self, s: ast.ImportFrom) -> None:
        for a in s.names:
            self.visit_alias(a)
        self.check_import_from(s)

    def check_import_from(self, s: ast.ImportFrom) -> None:
        """check_import_from: a future import after the leading ones is an error."""
        fut = self.st.future.location
        if s.module == "__future__" and s.level == 0 and (
                s.lineno > fut.lineno
                or (s.lineno == fut.end_lineno and s.col_offset > fut.end_col_offset)):
            raise self.error("from __future__ imports must occur at the beginning of the file",
                             s)

    def _global(self, s: ast.Global) -> None:
        self._declare(s, DEF_GLOBAL, (GLOBAL_PARAM, GLOBAL_AFTER_USE, GLOBAL_ANNOT, GLOBAL_AFTER_ASSIGN))

    def _nonlocal(self, s: ast.Nonlocal) -> None:
        self._declare(s, DEF_NONLOCAL,
                      (NONLOCAL_PARAM, NONLOCAL_AFTER_USE, NONLOCAL_ANNOT, NONLOCAL_AFTER_ASSIGN))

    def _declare(self, s: ast.Global | ast.Nonlocal, flag: int, messages: tuple[str, ...]) -> None:
        """The Global_kind and Nonlocal_kind cases: the declaration must come first."""
        after_param, after_use, after_annot, after_assign = messages
        for name in s.names:
            cur = self.lookup_entry(self.st.cur, name)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = after_param
                elif cur & USE:
                    msg = after_use
                elif cur & DEF_ANNOT:
                    msg = after_annot
                else:
                    msg = after_assign
                raise self.error(msg.format(name), s)
            self.add_def(name, flag, s)
            self.record_directive(name, s)

    def _expr_stmt(self, s: ast.Expr) -> None:
        self.visit_expr(s.value)

    def _nothing(self, s: ast.stmt) -> None:
        pass

    def _with(self, s: ast.With | ast.AsyncWith) -> None:
        if type(s) is ast.AsyncWith:
            self.maybe_set_coroutine_for_module()
            self.raise_if_not_coroutine(ASYNC_WITH_OUTSIDE_ASYNC_FUNC, s)
        self._conditional(self._with_parts, s)

    def allows_top_level_await(self) -> bool:
        st = self.st
        return bool(st.future.features & PyCF_ALLOW_TOP_LEVEL_AWAIT) and st.cur.type == ModuleBlock

    def maybe_set_coroutine_for_module(self) -> None:
        if self.allows_top_level_await():
            self.st.cur.coroutine = True

    def raise_if_not_coroutine(self, msg: str, loc: Located) -> None:
        if not self.st.cur.coroutine:
            raise self.error(msg, loc)

    _STMT = {
        ast.FunctionDef: _function_def,
        ast.AsyncFunctionDef: _function_def,
        ast.ClassDef: _class_def,
        ast.TypeAlias: _type_alias,
        ast.Return: _return,
        ast.Delete: _delete,
        ast.Assign: _assign,
        ast.AnnAssign: _ann_assign,
        ast.AugAssign: _aug_assign,
        ast.For: _for,
        ast.AsyncFor: _for,
        ast.While: _while,
        ast.If: _if,
        ast.Match: _match,
        ast.Raise: _raise,
        ast.Try: _try,
        ast.TryStar: _try,
        ast.Assert: _assert,
        ast.Import: _import,
        ast.ImportFrom: _import_from,
        ast.Global: _global,
        ast.Nonlocal: _nonlocal,
        ast.Expr: _expr_stmt,
        ast.Pass: _nothing,
        ast.Break: _nothing,
        ast.Continue: _nothing,
        ast.With: _with,
        ast.AsyncWith: _with,
    }

    # -- expressions --------------------------------------------------------------------------

    def extend_namedexpr_scope(self, e: ast.Name) -> None:
        """symtable_extend_namedexpr_scope: a named expression in a comprehension binds in the
        nearest enclosing function or module block."""
        st = self.st
        target = e.id
        for ste in reversed(st.stack):
            if ste.comprehension:
                in_scope = self.lookup_entry(ste, target)
                if in_scope & DEF_COMP_ITER and in_scope & DEF_LOCAL:
                    raise self.error(NAMED_EXPR_COMP_CONFLICT.format(target), e)
                continue
            if ste.type == FunctionBlock:
                if self.lookup_entry(ste, target) & DEF_GLOBAL:
                    self.add_def(target, DEF_GLOBAL, e)
                else:
                    self.add_def(target, DEF_NONLOCAL, e)
                self.record_directive(target, e)
                self.add_def_helper(target, DEF_LOCAL, ste, e)
                return
            if ste.type == ModuleBlock:
                self.add_def(target, DEF_GLOBAL, e)
                self.record_directive(target, e)
                self.add_def_helper(target, DEF_GLOBAL, ste, e)
                return
            if ste.type in _NAMED_EXPR_COMP_IN:
                raise self.error(_NAMED_EXPR_COMP_IN[ste.type], e)
        raise AssertionError("a named expression found no enclosing scope")

    def _named_expr(self, e: ast.NamedExpr) -> None:
        self.raise_if_annotation_block("named expression", e)
        cur = self.st.cur
        if cur.comp_iter_expr > 0:
            raise self.error(NAMED_EXPR_COMP_ITER_EXPR, e)
        if cur.comprehension:
            self.extend_namedexpr_scope(e.target)
        self.visit_expr(e.value)
        self.visit_expr(e.target)

    def _bool_op(self, e: ast.BoolOp) -> None:
        self.visit_exprs(e.values)

    def _bin_op(self, e: ast.BinOp) -> None:
        # Left first, then right, as C's recursion; but a long chain (`a + b + ... + z`) nests
        # down its left operands, so walk that spine without recursing.
        spine = []
        while type(e) is ast.BinOp:
            spine.append(e)
            e = e.left
        self.visit_expr(e)
        for e in reversed(spine):
            self.visit_expr(e.right)

    def _unary_op(self, e: ast.UnaryOp) -> None:
        self.visit_expr(e.operand)

    def _lambda(self, e: ast.Lambda) -> None:
        args = e.args
        self.visit_exprs(args.defaults)
        self.visit_exprs(args.kw_defaults)
        self.enter_block("lambda", FunctionBlock, e, location(e))
        self.visit_arguments(args)
        self.visit_expr(e.body)
        self.exit_block()

    def _if_exp(self, e: ast.IfExp) -> None:
        self.visit_expr(e.test)
        self.visit_expr(e.body)
        self.visit_expr(e.orelse)

    def _dict(self, e: ast.Dict) -> None:
        self.visit_exprs(e.keys)
        self.visit_exprs(e.values)

    def _set(self, e: ast.Set) -> None:
        self.visit_exprs(e.elts)

    def _comprehension(self, e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        """symtable_handle_comprehension."""
        st = self.st
        is_generator = type(e) is ast.GeneratorExp
        generators = e.generators
        outermost = generators[0]
        # The outermost iterator is evaluated in the enclosing scope.
        st.cur.comp_iter_expr += 1
        self.visit_expr(outermost.iter)
        st.cur.comp_iter_expr -= 1
        comprehension, scope_name = _COMPREHENSION_KIND[type(e)]
        self.enter_block(scope_name, FunctionBlock, e, location(e))
        cur = st.cur
        cur.comprehension = comprehension
        if outermost.is_async:
            cur.coroutine = True
        # The outermost iterator is received as an argument.
        self.add_def(".0", DEF_PARAM, cur.loc)
        cur.comp_iter_target = True
        self.visit_expr(outermost.target)
        cur.comp_iter_target = False
        self.visit_exprs(outermost.ifs)
        for generator in generators[1:]:
            self.visit_comprehension(generator)
        if type(e) is ast.DictComp:
            self.visit_expr(e.value)
            self.visit_expr(e.key)
        else:
            self.visit_expr(e.elt)
        cur.generator = is_generator
        is_async = cur.coroutine and not is_generator
        self.exit_block()
        cur = st.cur
        if is_async and not (cur.type == FunctionBlock and cur.coroutine) \
                and cur.comprehension == NoComprehension and not self.allows_top_level_await():
            raise self.error("asynchronous comprehension outside of an asynchronous function",
                             e)
        if is_async:
            cur.coroutine = True

    def visit_comprehension(self, lc: ast.comprehension) -> None:
        """symtable_visit_comprehension: a `for` clause after the first."""
        cur = self.st.cur
        cur.comp_iter_target = True
        self.visit_expr(lc.target)
        cur.comp_iter_target = False
        cur.comp_iter_expr += 1
        self.visit_expr(lc.iter)
        cur.comp_iter_expr -= 1
        self.visit_exprs(lc.ifs)
        if lc.is_async:
            cur.coroutine = True

    def _yield(self, e: ast.Yield | ast.YieldFrom) -> None:
        self.raise_if_annotation_block("yield expression", e)
        if e.value is not None:
            self.visit_expr(e.value)
        cur = self.st.cur
        cur.generator = True
        if cur.comprehension:
            raise self.error(_YIELD_INSIDE.get(cur.comprehension, "'yield' inside generator expression"),
                             e)

    def _await(self, e: ast.Await) -> None:
        self.raise_if_annotation_block("await expression", e)
        cur = self.st.cur
        if not self.allows_top_level_await():
            if not is_function_like(cur):
                raise self.error("'await' outside function", e)
            if not (cur.type == FunctionBlock and cur.coroutine) and cur.comprehension == NoComprehension:
                raise self.error("'await' outside async function", e)
        self.visit_expr(e.value)
        cur.coroutine = True

    def _compare(self, e: ast.Compare) -> None:
        self.visit_expr(e.left)
        self.visit_exprs(e.comparators)

    def _call(self, e: ast.Call) -> None:
        self.visit_expr(e.func)
        self.visit_exprs(e.args)
        self.check_keywords(e.keywords)
        for k in e.keywords:
            self.visit_expr(k.value)

    def _formatted_value(self, e: ast.FormattedValue | ast.Interpolation) -> None:
        self.visit_expr(e.value)
        if e.format_spec is not None:
            self.visit_expr(e.format_spec)

    def _joined_str(self, e: ast.JoinedStr | ast.TemplateStr) -> None:
        self.visit_exprs(e.values)

    def _constant(self, e: ast.Constant) -> None:
        pass

    def _attribute(self, e: ast.Attribute) -> None:
        self.check_name(e.attr, e, type(e.ctx))
        self.visit_expr(e.value)

    def _subscript(self, e: ast.Subscript) -> None:
        self.visit_expr(e.value)
        self.visit_expr(e.slice)

    def _starred(self, e: ast.Starred) -> None:
        self.visit_expr(e.value)

    def _slice(self, e: ast.Slice) -> None:
        if e.lower is not None:
            self.visit_expr(e.lower)
        if e.upper is not None:
            self.visit_expr(e.upper)
        if e.step is not None:
            self.visit_expr(e.step)

    def _name(self, e: ast.Name) -> None:
        cur = self.st.cur
        if cur.in_unevaluated_annotation:
            return
        ctx = type(e.ctx)
        self.add_def_ctx(e.id, USE if ctx is ast.Load else DEF_LOCAL, e, ctx)
        # super() needs the __class__ cell.
        if ctx is ast.Load and e.id == "super" and is_function_like(cur):
            self.add_def("__class__", USE, e)

    def _sequence(self, e: ast.List | ast.Tuple) -> None:
        self.visit_exprs(e.elts)

    _EXPR = {
        ast.NamedExpr: _named_expr,
        ast.BoolOp: _bool_op,
        ast.BinOp: _bin_op,
        ast.UnaryOp: _unary_op,
        ast.Lambda: _lambda,
        ast.IfExp: _if_exp,
        ast.Dict: _dict,
        ast.Set: _set,
        ast.GeneratorExp: _comprehension,
        ast.ListComp: _comprehension,
        ast.SetComp: _comprehension,
        ast.DictComp: _comprehension,
        ast.Yield: _yield,
        ast.YieldFrom: _yield,
        ast.Await: _await,
        ast.Compare: _compare,
        ast.Call: _call,
        ast.FormattedValue: _formatted_value,
        ast.Interpolation: _formatted_value,
        ast.JoinedStr: _joined_str,
        ast.TemplateStr: _joined_str,
        ast.Constant: _constant,
        ast.Attribute: _attribute,
        ast.Subscript: _subscript,
        ast.Starred: _starred,
        ast.Slice: _slice,
        ast.Name: _name,
        ast.List: _sequence,
        ast.Tuple: _sequence,
    }

    def raise_if_annotation_block(self, name: str, e: ast.expr) -> None:
        """symtable_raise_if_annotation_block: no yield, await or := in these scopes."""
        cur = self.st.cur
        kind = cur.type
        if kind == AnnotationBlock:
            msg = ANNOTATION_NOT_ALLOWED.format(name)
        elif kind == TypeVariableBlock:
            msg = EXPR_NOT_ALLOWED_IN_TYPE_VARIABLE.format(name, cur.scope_info)
        elif kind == TypeAliasBlock:
            msg = EXPR_NOT_ALLOWED_IN_TYPE_ALIAS.format(name)
        elif kind == TypeParametersBlock:
            msg = EXPR_NOT_ALLOWED_IN_TYPE_PARAMETERS.format(name)
        else:
            return
        raise self.error(msg, e)

    # -- type parameters ----------------------------------------------------------------------

    def enter_type_param_block(self, name: str, key_node: list, has_defaults: bool,
                               has_kwdefaults: bool, is_class: bool, loc: Location) -> None:
        """symtable_enter_type_param_block (keyed by the type_params list, as C keys it by the
        sequence)."""
        st = self.st
        current_type = st.cur.type
        self.enter_block(name, TypeParametersBlock, key_node, loc)
        if current_type == ClassBlock:
            st.cur.can_see_class_scope = True
            self.add_def("__classdict__", USE, loc)
        if is_class:
            # Set when the type params tuple is made, used when the bases are built.
            self.add_def(".type_params", DEF_LOCAL, loc)
            self.add_def(".type_params", USE, loc)
            self.add_def(".generic_base", DEF_LOCAL, loc)
            self.add_def(".generic_base", USE, loc)
        if has_defaults:
            self.add_def(".defaults", DEF_PARAM, loc)
        if has_kwdefaults:
            self.add_def(".kwdefaults", DEF_PARAM, loc)

    def visit_type_params(self, type_params: list[ast.type_param]) -> None:
        for tp in type_params:
            self.visit_type_param(tp)

    def visit_type_param(self, tp: ast.type_param) -> None:
        """symtable_visit_type_param."""
        self.add_def(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp)
        kind = type(tp)
        if kind is ast.TypeVar:
            bound = tp.bound
            info = None
            if bound is not None:
                info = "a TypeVar constraint" if type(bound) is ast.Tuple else "a TypeVar bound"
            self.visit_bound_or_default(bound, tp, 0, info)
            # The default needs a key of its own: the bound's (the type_param) plus one.
            self.visit_bound_or_default(tp.default_value, tp, 1, "a TypeVar default")
        elif kind is ast.TypeVarTuple:
            self.visit_bound_or_default(tp.default_value, tp, 0, "a TypeVarTuple default")
        else:
            self.visit_bound_or_default(tp.default_value, tp, 0, "a ParamSpec default")

    def visit_bound_or_default(self, e: ast.expr | None, tp: ast.type_param, offset: int,
                               scope_info: str | None) -> None:
        """symtable_visit_type_param_bound_or_default."""
        st = self.st
        name = tp.name
        if name == "__classdict__":
            raise self.error(f"reserved name '{name}' cannot be used for type parameter", tp)
        if e is not None:
            is_in_class = st.cur.can_see_class_scope
            self.enter_block(name, TypeVariableBlock, tp, location(e), offset)
            st.cur.can_see_class_scope = is_in_class
            if is_in_class:
                self.add_def("__classdict__", USE, e)
            st.cur.scope_info = scope_info
            self.visit_expr(e)
            self.exit_block()

    # -- patterns -----------------------------------------------------------------------------

    def visit_match_case(self, m: ast.match_case) -> None:
        self.visit_pattern(m.pattern)
        if m.guard is not None:
            self.visit_expr(m.guard)
        self.visit_stmts(m.body)

    def visit_pattern(self, p: ast.pattern) -> None:
        """symtable_visit_pattern."""
        kind = type(p)
        if kind is ast.MatchValue:
            self.visit_expr(p.value)
        elif kind is ast.MatchSequence:
            for sub in p.patterns:
                self.visit_pattern(sub)
        elif kind is ast.MatchStar:
            if p.name is not None:
                self.add_def(p.name, DEF_LOCAL, p)
        elif kind is ast.MatchMapping:
            self.visit_exprs(p.keys)
            for sub in p.patterns:
                self.visit_pattern(sub)
            if p.rest is not None:
                self.add_def(p.rest, DEF_LOCAL, p)
        elif kind is ast.MatchClass:
            self.visit_expr(p.cls)
            for sub in p.patterns:
                self.visit_pattern(sub)
            for attr, sub in zip(p.kwd_attrs, p.kwd_patterns):
                self.check_name(attr, sub, ast.Store)
            for sub in p.kwd_patterns:
                self.visit_pattern(sub)
        elif kind is ast.MatchAs:
            if p.pattern is not None:
                self.visit_pattern(p.pattern)
            if p.name is not None:
                self.add_def(p.name, DEF_LOCAL, p)
        elif kind is ast.MatchOr:
            for sub in p.patterns:
                self.visit_pattern(sub)

    # -- arguments and annotations ------------------------------------------------------------

    def visit_params(self, args: list[ast.arg]) -> None:
        for a in args:
            self.add_def(a.arg, DEF_PARAM, a)

    def visit_arguments(self, a: ast.arguments) -> None:
        """symtable_visit_arguments (the defaults were visited in the enclosing block)."""
        self.visit_params(a.posonlyargs)
        self.visit_params(a.args)
        self.visit_params(a.kwonlyargs)
        cur = self.st.cur
        if a.vararg is not None:
            self.add_def(a.vararg.arg, DEF_PARAM, a.vararg)
            cur.varargs = True
        if a.kwarg is not None:
            self.add_def(a.kwarg.arg, DEF_PARAM, a.kwarg)
            cur.varkeywords = True

    def visit_annotation(self, annotation: ast.expr, key_node: object) -> None:
        """symtable_visit_annotation: one annotation of an AnnAssign, in the block's
        annotation scope (keyed by the block's key plus one)."""
        st = self.st
        cur = st.cur
        # Annotations in a function body are never evaluated.
        is_unevaluated = cur.type == FunctionBlock
        if (cur.type == ModuleBlock or (cur.type == ClassBlock and cur.in_conditional_block)) \
                and not cur.has_conditional_annotations:
            cur.has_conditional_annotations = True
            self.add_def("__conditional_annotations__", USE, annotation)
        parent = cur
        if parent.annotation_block is None:
            self.enter_block("__annotate__", AnnotationBlock, key_node, location(annotation), 1)
            parent.annotation_block = st.cur
            if parent.type == ClassBlock and not st.future.features & CO_FUTURE_ANNOTATIONS:
                st.cur.can_see_class_scope = True
                self.add_def("__classdict__", USE, annotation)
        else:
            self.enter_existing_block(parent.annotation_block, add_to_children=False)
        if is_unevaluated:
            st.cur.in_unevaluated_annotation = True
        self.visit_expr(annotation)
        if is_unevaluated:
            st.cur.in_unevaluated_annotation = False
        self.exit_block()

    def visit_arg_annotations(self, args: list[ast.arg]) -> None:
        for a in args:
            if a.annotation is not None:
                self.st.cur.annotations_used = True
                self.visit_expr(a.annotation)

    def visit_annotations(self, s: ast.stmt, a: ast.arguments, returns: ast.expr | None,
                          function_ste: SymTableEntry) -> None:
        """symtable_visit_annotations: a function's annotations, in their own block."""
        st = self.st
        is_in_class = st.cur.can_see_class_scope
        current_type = st.cur.type
        self.enter_block("__annotate__", AnnotationBlock, a, location(s))
        cur = st.cur
        if is_in_class or current_type == ClassBlock:
            cur.can_see_class_scope = True
            self.add_def("__classdict__", USE, s)
        self.visit_arg_annotations(a.posonlyargs)
        self.visit_arg_annotations(a.args)
        if a.vararg is not None and a.vararg.annotation is not None:
            cur.annotations_used = True
            self.visit_expr(a.vararg.annotation)
        if a.kwarg is not None and a.kwarg.annotation is not None:
            cur.annotations_used = True
            self.visit_expr(a.kwarg.annotation)
        self.visit_arg_annotations(a.kwonlyargs)
        if returns is not None:
            cur.annotations_used = True
            self.visit_expr(returns)
        self.exit_block()

    # -- the rest -----------------------------------------------------------------------------

    def visit_excepthandler(self, eh: ast.ExceptHandler) -> None:
        if eh.type is not None:
            self.visit_expr(eh.type)
        if eh.name is not None:
            self.add_def(eh.name, DEF_LOCAL, eh)
        self.visit_stmts(eh.body)

    def visit_alias(self, a: ast.alias) -> None:
        """symtable_visit_alias: `import a.b` binds `a`."""
        name = a.asname if a.asname is not None else a.name
        if name != "*":
            self.add_def(name.partition(".")[0], DEF_IMPORT, a)
        elif self.st.cur.type != ModuleBlock:
            raise self.error(IMPORT_STAR_WARNING, a)
