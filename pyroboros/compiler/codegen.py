"""Code generation: statements and expressions to instruction sequences.

Mirrors Python/codegen.c: one function per C function (codegen_* names kept), emitting
pseudo-instructions with labels into the current unit's InstructionSequence; compile.py
holds the state they use (units, frame blocks, names, constants). Pattern matching is in
codegen_patterns.py. Left out: the C recursion guard (the symbol table bounds nesting first).
"""
from __future__ import annotations

from ..bytecode import opcodes as op
from ..bytecode.opcodes import (COMMON_CONSTANTS, INTRINSIC_1, INTRINSIC_2, NB_OPS,
                                SPECIAL_METHOD_NAMES)
from ..parser import ast_nodes as ast
from . import symtable as symtable_mod
from .ast_unparse import expr_as_unicode
from .compile import (FBLOCK_ASYNC_COMPREHENSION_GENERATOR, FBLOCK_ASYNC_WITH,
                      FBLOCK_EXCEPTION_GROUP_HANDLER, FBLOCK_EXCEPTION_HANDLER,
                      FBLOCK_FINALLY_END, FBLOCK_FINALLY_TRY, FBLOCK_FOR_LOOP,
                      FBLOCK_HANDLER_CLEANUP, FBLOCK_POP_VALUE, FBLOCK_STOP_ITERATION,
                      FBLOCK_TRY_EXCEPT, FBLOCK_WHILE_LOOP, FBLOCK_WITH, OP_DEREF, OP_FAST,
                      OP_GLOBAL, SCOPE_ANNOTATIONS, SCOPE_ASYNC_FUNCTION, SCOPE_CLASS,
                      SCOPE_COMPREHENSION, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_MODULE, Compiler,
                      FBlockInfo, InlinedComprehensionState, dict_add)
from .future import get_docstring
from .instruction_sequence import NO_LABEL, NO_LOCATION, Location
from .unit_metadata import CodeUnitMetadata
from ..objects.code import CO_FUTURE_ANNOTATIONS

COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP = range(4)
STACK_USE_GUIDELINE = 30

NB = {name: i for i, (name, _) in enumerate(NB_OPS)}
INTRINSIC1 = {name: i for i, name in enumerate(INTRINSIC_1)}
INTRINSIC2 = {name: i for i, name in enumerate(INTRINSIC_2)}
CONSTANT = {name: i for i, name in enumerate(COMMON_CONSTANTS)}
SPECIAL = {name: i for i, name in enumerate(SPECIAL_METHOD_NAMES)}

# oparg flags of SET_FUNCTION_ATTRIBUTE (pycore_opcode_utils.h)
MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS, MAKE_FUNCTION_ANNOTATIONS, \
    MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATE = 0x01, 0x02, 0x04, 0x08, 0x10
RESUME_AT_FUNC_START, RESUME_AFTER_YIELD, RESUME_AFTER_YIELD_FROM, RESUME_AFTER_AWAIT = range(4)
FVC_STR, FVC_REPR, FVC_ASCII = 1, 2, 3
ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS = 2

# comparison opargs: the Py_* operator in the top bits, the COMPARISON_* mask below
_LT, _GT, _EQ, _NE_MASK = 2, 4, 8, 1 | 2 | 4
_COMPARE_OPARG = {ast.Lt: (0 << 5) | _LT, ast.LtE: (1 << 5) | _LT | _EQ, ast.Eq: (2 << 5) | _EQ,
                  ast.NotEq: (3 << 5) | _NE_MASK, ast.Gt: (4 << 5) | _GT,
                  ast.GtE: (5 << 5) | _GT | _EQ}
_BINOP = {ast.Add: "ADD", ast.Sub: "SUBTRACT", ast.Mult: "MULTIPLY",
          ast.MatMult: "MATRIX_MULTIPLY", ast.Div: "TRUE_DIVIDE", ast.Mod: "REMAINDER",
          ast.Pow: "POWER", ast.LShift: "LSHIFT", ast.RShift: "RSHIFT", ast.BitOr: "OR",
          ast.BitXor: "XOR", ast.BitAnd: "AND", ast.FloorDiv: "FLOOR_DIVIDE"}
_BINARY_OPARG = {k: NB["NB_" + v] for k, v in _BINOP.items()}
_INPLACE_OPARG = {k: NB["NB_INPLACE_" + v] for k, v in _BINOP.items()}

# pseudo opcodes of addop_name that become LOAD_ATTR / LOAD_SUPER_ATTR with flag bits
LOAD_METHOD, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR, LOAD_ZERO_SUPER_METHOD = -1, -2, -3, -4

def LOC(n) -> Location:
    """SRC_LOCATION_FROM_AST."""
    return Location(n.lineno, n.end_lineno, n.col_offset, n.end_col_offset)


# -- emitting ---------------------------------------------------------------------------------

def addop(c: Compiler, opcode: int, loc: Location) -> None:
    c.u.instr_sequence.addop(opcode, 0, loc)


def addop_i(c: Compiler, opcode: int, oparg: int, loc: Location) -> None:
    c.u.instr_sequence.addop(opcode, oparg, loc)


addop_j = addop_i


def new_label(c: Compiler) -> int:
    return c.u.instr_sequence.new_label()


def use_label(c: Compiler, label: int) -> None:
    c.u.instr_sequence.use_label(label)


def load_const(c: Compiler, o: object, loc: Location) -> None:
    """codegen_addop_load_const."""
    c.u.instr_sequence.addop(op.LOAD_CONST, c.add_const(o), loc)


def addop_n(c: Compiler, opcode: int, o: str, table: str, loc: Location) -> None:
    """ADDOP_N: the index of `o` in one of the unit's name tables, unmangled."""
    addop_i(c, opcode, dict_add(getattr(c.u.metadata, table), o), loc)


def addop_name(c: Compiler, opcode: int, name: str, table: str, loc: Location) -> None:
    """codegen_addop_name: mangle, index, and fold the method/super flags into the oparg."""
    arg = dict_add(getattr(c.u.metadata, table), c.maybe_mangle(name))
    if opcode == op.LOAD_ATTR:
        arg <<= 1
    elif opcode == LOAD_METHOD:
        opcode, arg = op.LOAD_ATTR, (arg << 1) | 1
    elif opcode == op.LOAD_SUPER_ATTR:
        arg = (arg << 2) | 2
    elif opcode == LOAD_SUPER_METHOD:
        opcode, arg = op.LOAD_SUPER_ATTR, (arg << 2) | 3
    elif opcode == LOAD_ZERO_SUPER_ATTR:
        opcode, arg = op.LOAD_SUPER_ATTR, arg << 2
    elif opcode == LOAD_ZERO_SUPER_METHOD:
        opcode, arg = op.LOAD_SUPER_ATTR, (arg << 2) | 1
    addop_i(c, opcode, arg, loc)


def addop_binary(c: Compiler, loc: Location, binop, inplace: bool) -> None:
    addop_i(c, op.BINARY_OP, (_INPLACE_OPARG if inplace else _BINARY_OPARG)[type(binop)], loc)


def addcompare(c: Compiler, loc: Location, cmpop) -> None:
    """codegen_addcompare."""
    t = type(cmpop)
    if t is ast.Is:
        addop_i(c, op.IS_OP, 0, loc)
    elif t is ast.IsNot:
        addop_i(c, op.IS_OP, 1, loc)
    elif t is ast.In:
        addop_i(c, op.CONTAINS_OP, 0, loc)
    elif t is ast.NotIn:
        addop_i(c, op.CONTAINS_OP, 1, loc)
    else:
        addop_i(c, op.COMPARE_OP, _COMPARE_OPARG[t], loc)


def visit_seq(c: Compiler, seq: list) -> None:
    for s in seq:
        visit_stmt(c, s)


def visit_exprs(c: Compiler, seq: list) -> None:
    for e in seq:
        visit_expr(c, e)


def call_exit_with_nones(c: Compiler, loc: Location) -> None:
    load_const(c, None, loc)
    load_const(c, None, loc)
    load_const(c, None, loc)
    addop_i(c, op.CALL, 3, loc)


def add_yield_from(c: Compiler, loc: Location, await_: bool) -> None:
    """codegen_add_yield_from: the SEND loop of `yield from` / `await`."""
    send, fail, exit = new_label(c), new_label(c), new_label(c)
    use_label(c, send)
    addop_j(c, op.SEND, exit, loc)
    # a virtual try/except: YIELD_VALUE raises only when close() or throw() does
    addop_j(c, op.SETUP_FINALLY, fail, loc)
    addop_i(c, op.YIELD_VALUE, 1, loc)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    addop_i(c, op.RESUME, RESUME_AFTER_AWAIT if await_ else RESUME_AFTER_YIELD_FROM, loc)
    addop_j(c, op.JUMP_NO_INTERRUPT, send, loc)
    use_label(c, fail)
    addop(c, op.CLEANUP_THROW, loc)
    use_label(c, exit)
    addop(c, op.END_SEND, loc)


def pop_except_and_reraise(c: Compiler, loc: Location) -> None:
    addop_i(c, op.COPY, 3, loc)
    addop(c, op.POP_EXCEPT, loc)
    addop_i(c, op.RERAISE, 1, loc)


def addop_yield(c: Compiler, loc: Location) -> None:
    ste = c.u.ste
    if ste.generator and ste.coroutine:
        addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_ASYNC_GEN_WRAP"], loc)
    addop_i(c, op.YIELD_VALUE, 0, loc)
    addop_i(c, op.RESUME, RESUME_AFTER_YIELD, loc)


# -- frame block unwinding --------------------------------------------------------------------

def unwind_fblock(c: Compiler, loc: Location, info: FBlockInfo, preserve_tos: bool) -> Location:
    """codegen_unwind_fblock: the code leaving one frame block; returns the location the
    rest of the unwinding uses (artificial once a finally body or __exit__ ran)."""
    t = info.type
    if t in (FBLOCK_WHILE_LOOP, FBLOCK_EXCEPTION_HANDLER, FBLOCK_EXCEPTION_GROUP_HANDLER,
             FBLOCK_ASYNC_COMPREHENSION_GENERATOR, FBLOCK_STOP_ITERATION):
        return loc
    if t == FBLOCK_FOR_LOOP:
        if preserve_tos:
            addop_i(c, op.SWAP, 2, loc)
        addop(c, op.POP_TOP, loc)
        return loc
    if t == FBLOCK_TRY_EXCEPT:
        addop(c, op.POP_BLOCK, loc)
        return loc
    if t == FBLOCK_FINALLY_TRY:
        addop(c, op.POP_BLOCK, loc)
        if preserve_tos:
            c.push_fblock(loc, FBLOCK_POP_VALUE, NO_LABEL, NO_LABEL, None)
        visit_seq(c, info.datum)
        if preserve_tos:
            c.pop_fblock(FBLOCK_POP_VALUE, NO_LABEL)
        return NO_LOCATION
    if t == FBLOCK_FINALLY_END:
        if preserve_tos:
            addop_i(c, op.SWAP, 2, loc)
        addop(c, op.POP_TOP, loc)
        if preserve_tos:
            addop_i(c, op.SWAP, 2, loc)
        addop(c, op.POP_BLOCK, loc)
        addop(c, op.POP_EXCEPT, loc)
        return loc
    if t in (FBLOCK_WITH, FBLOCK_ASYNC_WITH):
        loc = info.loc
        addop(c, op.POP_BLOCK, loc)
        if preserve_tos:
            addop_i(c, op.SWAP, 3, loc)
            addop_i(c, op.SWAP, 2, loc)
        call_exit_with_nones(c, loc)
        if t == FBLOCK_ASYNC_WITH:
            await_result(c, loc, 2)
        addop(c, op.POP_TOP, loc)
        return NO_LOCATION
    if t == FBLOCK_HANDLER_CLEANUP:
        if info.datum:
            addop(c, op.POP_BLOCK, loc)
        if preserve_tos:
            addop_i(c, op.SWAP, 2, loc)
        addop(c, op.POP_BLOCK, loc)
        addop(c, op.POP_EXCEPT, loc)
        if info.datum:
            load_const(c, None, loc)
            nameop(c, loc, info.datum, ast.Store)
            nameop(c, loc, info.datum, ast.Del)
        return loc
    # FBLOCK_POP_VALUE
    if preserve_tos:
        addop_i(c, op.SWAP, 2, loc)
    addop(c, op.POP_TOP, loc)
    return loc


def unwind_fblock_stack(c: Compiler, loc: Location, preserve_tos: bool,
                        want_loop: bool) -> tuple[Location, FBlockInfo | None]:
    """codegen_unwind_fblock_stack: unwind every block (or up to the innermost loop, which
    is returned and not unwound)."""
    top = c.top_fblock()
    if top is None:
        return loc, None
    if top.type == FBLOCK_EXCEPTION_GROUP_HANDLER:
        c.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block")
    if want_loop and top.type in (FBLOCK_WHILE_LOOP, FBLOCK_FOR_LOOP):
        return loc, top
    c.u.fblocks.pop()
    loc = unwind_fblock(c, loc, top, preserve_tos)
    loc, loop = unwind_fblock_stack(c, loc, preserve_tos, want_loop)
    c.u.fblocks.append(top)
    return loc, loop


# -- scopes -----------------------------------------------------------------------------------

def enter_scope(c: Compiler, name: str, scope_type: int, key, lineno: int, private: str | None,
                umd: CodeUnitMetadata | None) -> None:
    """codegen_enter_scope: a new unit starting with RESUME."""
    c.enter_scope(name, scope_type, key, lineno, private, umd)
    if scope_type == SCOPE_MODULE:
        loc = Location(0, lineno, 0, 0)
        addop_i(c, op.RESUME, RESUME_AT_FUNC_START, loc)
        addop(c, op.ANNOTATIONS_PLACEHOLDER, loc)
    else:
        addop_i(c, op.RESUME, RESUME_AT_FUNC_START, Location(lineno, lineno, 0, 0))


def enter_anonymous_scope(c: Compiler, mod: ast.mod) -> None:
    """_PyCodegen_EnterAnonymousScope."""
    enter_scope(c, "<module>", SCOPE_MODULE, mod, 1, None, None)


def add_return_at_end(c: Compiler, add_none: bool) -> None:
    """_PyCodegen_AddReturnAtEnd."""
    if add_none:
        load_const(c, None, NO_LOCATION)
    addop(c, op.RETURN_VALUE, NO_LOCATION)


def setup_annotations_scope(c: Compiler, loc: Location, key, name: str) -> None:
    """codegen_setup_annotations_scope: `if format > VALUE_WITH_FAKE_GLOBALS: raise
    NotImplementedError` at the top of an __annotate__ function."""
    umd = CodeUnitMetadata(name, posonlyargcount=1)
    enter_scope(c, name, SCOPE_ANNOTATIONS, key, loc.lineno, None, umd)
    addop_i(c, op.LOAD_FAST, 0, loc)
    load_const(c, ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS, loc)
    addop_i(c, op.COMPARE_OP, _COMPARE_OPARG[ast.Gt], loc)
    body = new_label(c)
    addop_j(c, op.POP_JUMP_IF_FALSE, body, loc)
    addop_i(c, op.LOAD_COMMON_CONSTANT, CONSTANT["NotImplementedError"], loc)
    addop_i(c, op.RAISE_VARARGS, 1, loc)
    use_label(c, body)


def leave_annotations_scope(c: Compiler, loc: Location) -> None:
    """codegen_leave_annotations_scope: the parameter shows as `format`, not `.format`."""
    addop(c, op.RETURN_VALUE, loc)
    co = c.optimize_and_assemble(True)
    rename_first_local(co, "format")
    c.exit_scope()
    make_closure(c, loc, co, 0)


def rename_first_local(co, name: str) -> None:
    names = getattr(co, "co_localsplusnames", None)
    if names is not None:
        co.co_localsplusnames = (name,) + tuple(names[1:])


def deferred_annotations_body(c: Compiler, loc: Location, deferred: list, indices: list[int],
                              scope_type: int) -> None:
    """codegen_deferred_annotations_body: the dict __annotate__ returns."""
    addop_i(c, op.BUILD_MAP, 0, loc)
    for st, idx in zip(deferred, indices):
        mangled = c.mangle(st.target.id)
        not_set = new_label(c)
        sloc = LOC(st)
        if idx != -1:
            load_const(c, idx, sloc)
            if scope_type == SCOPE_CLASS:
                addop_name(c, op.LOAD_DEREF, "__conditional_annotations__", "freevars", sloc)
            else:
                addop_name(c, op.LOAD_GLOBAL, "__conditional_annotations__", "names", sloc)
            addop_i(c, op.CONTAINS_OP, 0, sloc)
            addop_j(c, op.POP_JUMP_IF_FALSE, not_set, sloc)
        visit_expr(c, st.annotation)
        addop_i(c, op.COPY, 2, sloc)
        load_const(c, mangled, sloc)
        addop(c, op.STORE_SUBSCR, loc)
        use_label(c, not_set)


def process_deferred_annotations(c: Compiler, loc: Location) -> None:
    """codegen_process_deferred_annotations: make and store __annotate__ (PEP 649)."""
    deferred = c.u.deferred_annotations
    if deferred is None:
        return
    indices = c.u.conditional_annotation_indices
    scope_type = c.u.scope_type
    need_separate_block = scope_type == SCOPE_MODULE
    if need_separate_block:
        c.start_annotation_setup()
    ste = c.u.ste
    setup_annotations_scope(c, loc, ste.annotation_block, ste.annotation_block.name)
    deferred_annotations_body(c, loc, deferred, indices, scope_type)
    leave_annotations_scope(c, loc)
    nameop(c, loc, "__annotate_func__" if ste.type == symtable_mod.ClassBlock else "__annotate__",
           ast.Store)
    if need_separate_block:
        c.end_annotation_setup()


def codegen_expression(c: Compiler, e) -> None:
    """_PyCodegen_Expression."""
    visit_expr(c, e)


def codegen_module(c: Compiler, loc: Location, stmts: list, is_interactive: bool) -> None:
    """_PyCodegen_Module."""
    if c.u.ste.has_conditional_annotations:
        addop_i(c, op.BUILD_SET, 0, loc)
        addop_n(c, op.STORE_NAME, "__conditional_annotations__", "names", loc)
    codegen_body(c, loc, stmts, is_interactive)


def codegen_body(c: Compiler, loc: Location, stmts: list, is_interactive: bool) -> None:
    """codegen_body: docstring, statements, then __annotate__ (or SETUP_ANNOTATIONS under
    `from __future__ import annotations`)."""
    ste = c.u.ste
    future_annotations = c.future.features & CO_FUTURE_ANNOTATIONS
    if future_annotations and ste.annotations_used:
        addop(c, op.SETUP_ANNOTATIONS, loc)
    if not stmts:
        return
    first = 0
    if not is_interactive and ste.has_docstring:
        first = 1
        docstring = clean_doc(get_docstring(stmts))
        load_const(c, docstring, LOC(stmts[0].value))
        nameop(c, NO_LOCATION, "__doc__", ast.Store)
    for s in stmts[first:]:
        visit_stmt(c, s)
    if not future_annotations:
        process_deferred_annotations(c, loc)


def clean_doc(doc: str) -> str:
    """_PyCompile_CleanDoc: inspect.cleandoc that keeps leading and trailing blank lines."""
    doc = doc.expandtabs()
    lines = doc.split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip(" ")
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    margin = margin or 0
    first = lines[0].lstrip(" ")
    if first == lines[0] and margin == 0:
        return doc
    return "\n".join([first] + [_strip_margin(line, margin) for line in lines[1:]])


def _strip_margin(line: str, margin: int) -> str:
    """Up to `margin` leading spaces off."""
    return line[min(margin, len(line) - len(line.lstrip(" "))):]


def make_closure(c: Compiler, loc: Location, co, flags: int) -> None:
    """codegen_make_closure: MAKE_FUNCTION and its attributes, closure cells first."""
    freevars = co.co_freevars
    if freevars:
        for name in freevars:
            addop_i(c, op.LOAD_CLOSURE, c.lookup_arg(name), loc)
        flags |= MAKE_FUNCTION_CLOSURE
        addop_i(c, op.BUILD_TUPLE, len(freevars), loc)
    load_const(c, co, loc)
    addop(c, op.MAKE_FUNCTION, loc)
    for flag in (MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_ANNOTATE,
                 MAKE_FUNCTION_KWDEFAULTS, MAKE_FUNCTION_DEFAULTS):
        if flags & flag:
            addop_i(c, op.SET_FUNCTION_ATTRIBUTE, flag, loc)


def apply_decorators(c: Compiler, decos: list) -> None:
    for d in reversed(decos):
        addop_i(c, op.CALL, 0, LOC(d))


def kwonlydefaults(c: Compiler, loc: Location, kwonlyargs: list, kw_defaults: list) -> bool:
    """codegen_kwonlydefaults: push a dict of keyword-only defaults; False if there are none."""
    count = 0
    for arg, default in zip(kwonlyargs, kw_defaults):
        if default is not None:
            count += 1
            load_const(c, c.maybe_mangle(arg.arg), loc)
            visit_expr(c, default)
    if count:
        addop_i(c, op.BUILD_MAP, count, loc)
    return bool(count)


def argannotation(c: Compiler, name: str, annotation, loc: Location) -> int:
    """codegen_argannotation: push name and value; the number of annotations pushed."""
    if annotation is None:
        return 0
    load_const(c, c.maybe_mangle(name), loc)
    if c.future.features & CO_FUTURE_ANNOTATIONS:
        load_const(c, expr_as_unicode(annotation), LOC(annotation))
    elif type(annotation) is ast.Starred:
        # *args: *Ts -- do [annotation_value] = [*Ts]
        visit_expr(c, annotation.value)
        addop_i(c, op.UNPACK_SEQUENCE, 1, loc)
    else:
        visit_expr(c, annotation)
    return 1


def annotations_in_scope(c: Compiler, loc: Location, args: ast.arguments, returns) -> int:
    n = 0
    for a in args.args:
        n += argannotation(c, a.arg, a.annotation, loc)
    for a in args.posonlyargs:
        n += argannotation(c, a.arg, a.annotation, loc)
    if args.vararg is not None and args.vararg.annotation is not None:
        n += argannotation(c, args.vararg.arg, args.vararg.annotation, loc)
    for a in args.kwonlyargs:
        n += argannotation(c, a.arg, a.annotation, loc)
    if args.kwarg is not None and args.kwarg.annotation is not None:
        n += argannotation(c, args.kwarg.arg, args.kwarg.annotation, loc)
    n += argannotation(c, "return", returns, loc)
    return n


def function_annotations(c: Compiler, loc: Location, args: ast.arguments, returns) -> int:
    """codegen_function_annotations: an __annotate__ function; the MAKE_FUNCTION flag."""
    ste = c.st.lookup(args)
    if ste.annotations_used:
        setup_annotations_scope(c, loc, args, ste.name)
        n = annotations_in_scope(c, loc, args, returns)
        addop_i(c, op.BUILD_MAP, n, loc)
        leave_annotations_scope(c, loc)
        return MAKE_FUNCTION_ANNOTATE
    return 0


def default_arguments(c: Compiler, loc: Location, args: ast.arguments) -> int:
    """codegen_default_arguments: push defaults; the MAKE_FUNCTION flags."""
    flags = 0
    if args.defaults:
        visit_exprs(c, args.defaults)
        addop_i(c, op.BUILD_TUPLE, len(args.defaults), loc)
        flags |= MAKE_FUNCTION_DEFAULTS
    if args.kwonlyargs and kwonlydefaults(c, loc, args.kwonlyargs, args.kw_defaults):
        flags |= MAKE_FUNCTION_KWDEFAULTS
    return flags


def wrap_in_stopiteration_handler(c: Compiler) -> None:
    """codegen_wrap_in_stopiteration_handler: StopIteration out of a generator becomes
    RuntimeError (PEP 479)."""
    handler = new_label(c)
    c.u.instr_sequence.insert_instruction(0, op.SETUP_CLEANUP, handler, NO_LOCATION)
    load_const(c, None, NO_LOCATION)
    addop(c, op.RETURN_VALUE, NO_LOCATION)
    use_label(c, handler)
    addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_STOPITERATION_ERROR"], NO_LOCATION)
    addop_i(c, op.RERAISE, 1, NO_LOCATION)


def type_param_bound_or_default(c: Compiler, e, name: str, key, allow_starred: bool) -> None:
    """codegen_type_param_bound_or_default: a lazily evaluated bound/default function."""
    loc = LOC(e)
    load_const(c, (1,), loc)
    setup_annotations_scope(c, loc, key, name)
    if allow_starred and type(e) is ast.Starred:
        visit_expr(c, e.value)
        addop_i(c, op.UNPACK_SEQUENCE, 1, loc)
    else:
        visit_expr(c, e)
    addop(c, op.RETURN_VALUE, loc)
    co = c.optimize_and_assemble(True)
    c.exit_scope()
    make_closure(c, loc, co, MAKE_FUNCTION_DEFAULTS)


_TYPE_PARAM_INTRINSIC = {ast.TypeVarTuple: "INTRINSIC_TYPEVARTUPLE",
                         ast.ParamSpec: "INTRINSIC_PARAMSPEC"}


def codegen_type_params(c: Compiler, type_params: list) -> None:
    """codegen_type_params: create the TypeVars etc., store each, build their tuple."""
    seen_default = False
    for tp in type_params:
        loc = LOC(tp)
        load_const(c, tp.name, loc)
        t = type(tp)
        if t is ast.TypeVar:
            if tp.bound is not None:
                type_param_bound_or_default(c, tp.bound, tp.name, tp, False)
                intrinsic = ("INTRINSIC_TYPEVAR_WITH_CONSTRAINTS" if type(tp.bound) is ast.Tuple
                             else "INTRINSIC_TYPEVAR_WITH_BOUND")
                addop_i(c, op.CALL_INTRINSIC_2, INTRINSIC2[intrinsic], loc)
            else:
                addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_TYPEVAR"], loc)
            default_key = (tp, 1)
        else:
            addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1[_TYPE_PARAM_INTRINSIC[t]], loc)
            default_key = tp
        if tp.default_value is not None:
            seen_default = True
            type_param_bound_or_default(c, tp.default_value, tp.name, default_key,
                                        t is ast.TypeVarTuple)
            addop_i(c, op.CALL_INTRINSIC_2, INTRINSIC2["INTRINSIC_SET_TYPEPARAM_DEFAULT"], loc)
        elif seen_default:
            c.error(loc, f"non-default type parameter '{tp.name}' follows default type parameter")
        addop_i(c, op.COPY, 1, loc)
        nameop(c, loc, tp.name, ast.Store)
    addop_i(c, op.BUILD_TUPLE, len(type_params), LOC(type_params[0]))


def function_body(c: Compiler, s, is_async: bool, funcflags: int, firstlineno: int) -> None:
    """codegen_function_body."""
    args = s.args
    umd = CodeUnitMetadata(s.name, argcount=len(args.args), posonlyargcount=len(args.posonlyargs),
                           kwonlyargcount=len(args.kwonlyargs))
    enter_scope(c, s.name, SCOPE_ASYNC_FUNCTION if is_async else SCOPE_FUNCTION, s, firstlineno,
                None, umd)
    ste = c.u.ste
    body = s.body
    first = 0
    if ste.has_docstring:
        first = 1
        c.add_const(clean_doc(get_docstring(body)))
    start = new_label(c)
    use_label(c, start)
    add_stopiteration_handler = ste.coroutine or ste.generator
    if add_stopiteration_handler:
        c.push_fblock(NO_LOCATION, FBLOCK_STOP_ITERATION, start, NO_LABEL, None)
    for st in body[first:]:
        visit_stmt(c, st)
    if add_stopiteration_handler:
        wrap_in_stopiteration_handler(c)
        c.pop_fblock(FBLOCK_STOP_ITERATION, start)
    co = c.optimize_and_assemble(True)
    c.exit_scope()
    make_closure(c, LOC(s), co, funcflags)


def codegen_function(c: Compiler, s, is_async: bool) -> None:
    """codegen_function: decorators, defaults, generic parameters, annotations, body."""
    args = s.args
    decos = s.decorator_list
    type_params = s.type_params
    visit_exprs(c, decos)
    firstlineno = decos[0].lineno if decos else s.lineno
    loc = LOC(s)
    is_generic = bool(type_params)
    funcflags = default_arguments(c, loc, args)
    num_typeparam_args = 0
    if is_generic:
        if funcflags & MAKE_FUNCTION_DEFAULTS:
            num_typeparam_args += 1
        if funcflags & MAKE_FUNCTION_KWDEFAULTS:
            num_typeparam_args += 1
        if num_typeparam_args == 2:
            addop_i(c, op.SWAP, 2, loc)
        name = f"<generic parameters of {s.name}>"
        enter_scope(c, name, SCOPE_ANNOTATIONS, type_params, firstlineno, None,
                    CodeUnitMetadata(name, argcount=num_typeparam_args))
        codegen_type_params(c, type_params)
        for i in range(num_typeparam_args):
            addop_i(c, op.LOAD_FAST, i, loc)
    funcflags |= function_annotations(c, loc, args, s.returns)
    function_body(c, s, is_async, funcflags, firstlineno)
    if is_generic:
        addop_i(c, op.SWAP, 2, loc)
        addop_i(c, op.CALL_INTRINSIC_2, INTRINSIC2["INTRINSIC_SET_FUNCTION_TYPE_PARAMS"], loc)
        co = c.optimize_and_assemble(False)
        c.exit_scope()
        make_closure(c, loc, co, 0)
        if num_typeparam_args > 0:
            addop_i(c, op.SWAP, num_typeparam_args + 1, loc)
            addop_i(c, op.CALL, num_typeparam_args - 1, loc)
        else:
            addop(c, op.PUSH_NULL, loc)
            addop_i(c, op.CALL, 0, loc)
    apply_decorators(c, decos)
    nameop(c, loc, s.name, ast.Store)


def class_body(c: Compiler, s: ast.ClassDef, firstlineno: int) -> None:
    """codegen_class_body: the class namespace function, then LOAD_BUILD_CLASS and the
    function and name arguments of __build_class__."""
    enter_scope(c, s.name, SCOPE_CLASS, s, firstlineno, s.name, None)
    loc = Location(firstlineno, firstlineno, 0, 0)
    nameop(c, loc, "__name__", ast.Load)
    nameop(c, loc, "__module__", ast.Store)
    load_const(c, c.u.metadata.qualname, loc)
    nameop(c, loc, "__qualname__", ast.Store)
    load_const(c, c.u.metadata.firstlineno, loc)
    nameop(c, loc, "__firstlineno__", ast.Store)
    if s.type_params:
        nameop(c, loc, ".type_params", ast.Load)
        nameop(c, loc, "__type_params__", ast.Store)
    ste = c.u.ste
    if ste.needs_classdict:
        addop(c, op.LOAD_LOCALS, loc)
        # a STORE_DEREF in a class namespace, which nameop never emits
        addop_n(c, op.STORE_DEREF, "__classdict__", "cellvars", loc)
    if ste.has_conditional_annotations:
        addop_i(c, op.BUILD_SET, 0, loc)
        addop_n(c, op.STORE_DEREF, "__conditional_annotations__", "cellvars", loc)
    codegen_body(c, loc, s.body, False)
    load_const(c, c.static_attributes_as_tuple(), NO_LOCATION)
    nameop(c, NO_LOCATION, "__static_attributes__", ast.Store)
    if ste.needs_classdict:
        addop_i(c, op.LOAD_CLOSURE, c.u.metadata.cellvars["__classdict__"], NO_LOCATION)
        nameop(c, NO_LOCATION, "__classdictcell__", ast.Store)
    if ste.needs_class_closure:
        addop_i(c, op.LOAD_CLOSURE, c.u.metadata.cellvars["__class__"], NO_LOCATION)
        addop_i(c, op.COPY, 1, NO_LOCATION)
        nameop(c, NO_LOCATION, "__classcell__", ast.Store)
    else:
        load_const(c, None, NO_LOCATION)
    addop(c, op.RETURN_VALUE, NO_LOCATION)
    co = c.optimize_and_assemble(True)
    c.exit_scope()
    loc = LOC(s)
    addop(c, op.LOAD_BUILD_CLASS, loc)
    addop(c, op.PUSH_NULL, loc)
    make_closure(c, loc, co, 0)
    load_const(c, s.name, loc)


def codegen_class(c: Compiler, s: ast.ClassDef) -> None:
    decos = s.decorator_list
    visit_exprs(c, decos)
    firstlineno = decos[0].lineno if decos else s.lineno
    loc = LOC(s)
    type_params = s.type_params
    if type_params:
        name = f"<generic parameters of {s.name}>"
        enter_scope(c, name, SCOPE_ANNOTATIONS, type_params, firstlineno, s.name, None)
        codegen_type_params(c, type_params)
        nameop(c, loc, ".type_params", ast.Store)
    class_body(c, s, firstlineno)
    if type_params:
        nameop(c, loc, ".type_params", ast.Load)
        addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_SUBSCRIPT_GENERIC"], loc)
        nameop(c, loc, ".generic_base", ast.Store)
        call_helper(c, loc, 2, s.bases, ".generic_base", s.keywords)
        co = c.optimize_and_assemble(False)
        c.exit_scope()
        make_closure(c, loc, co, 0)
        addop(c, op.PUSH_NULL, loc)
        addop_i(c, op.CALL, 0, loc)
    else:
        call_helper(c, loc, 2, s.bases, None, s.keywords)
    apply_decorators(c, decos)
    nameop(c, loc, s.name, ast.Store)


def typealias_body(c: Compiler, s: ast.TypeAlias) -> None:
    loc = LOC(s)
    name = s.name.id
    load_const(c, (1,), loc)
    setup_annotations_scope(c, loc, s, name)
    visit_expr(c, s.value)
    addop(c, op.RETURN_VALUE, loc)
    co = c.optimize_and_assemble(False)
    c.exit_scope()
    make_closure(c, loc, co, MAKE_FUNCTION_DEFAULTS)
    addop_i(c, op.BUILD_TUPLE, 3, loc)
    addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_TYPEALIAS"], loc)


def codegen_typealias(c: Compiler, s: ast.TypeAlias) -> None:
    loc = LOC(s)
    type_params = s.type_params
    name = s.name.id
    if type_params:
        scope_name = f"<generic parameters of {name}>"
        enter_scope(c, scope_name, SCOPE_ANNOTATIONS, type_params, loc.lineno, None, None)
        load_const(c, name, loc)
        codegen_type_params(c, type_params)
    else:
        load_const(c, name, loc)
        load_const(c, None, loc)
    typealias_body(c, s)
    if type_params:
        co = c.optimize_and_assemble(False)
        c.exit_scope()
        make_closure(c, loc, co, 0)
        addop(c, op.PUSH_NULL, loc)
        addop_i(c, op.CALL, 0, loc)
    nameop(c, loc, name, ast.Store)


# -- compile-time warnings --------------------------------------------------------------------

_TYPE_NAMES = {ast.Tuple: "tuple", ast.List: "list", ast.ListComp: "list", ast.Dict: "dict",
               ast.DictComp: "dict", ast.Set: "set", ast.SetComp: "set",
               ast.GeneratorExp: "generator", ast.Lambda: "function", ast.JoinedStr: "str",
               ast.TemplateStr: "str", ast.FormattedValue: "str", ast.Interpolation: "str"}
_CONST_TYPE_NAMES = {type(None): "NoneType", type(...): "ellipsis"}


def infer_type(e) -> str | None:
    """infer_type, as the type's name."""
    t = type(e)
    if t is ast.Constant:
        vt = type(e.value)
        return _CONST_TYPE_NAMES.get(vt, vt.__name__)
    return _TYPE_NAMES.get(t)


def _is_const_tuple(elts: list) -> bool:
    return all(type(e) is ast.Constant for e in elts)


def check_is_arg(e) -> bool:
    """check_is_arg: False for a literal other than None, True, False and Ellipsis."""
    t = type(e)
    if t is ast.Tuple:
        return not _is_const_tuple(e.elts)
    if t is not ast.Constant:
        return True
    v = e.value
    return v is None or v is False or v is True or v is Ellipsis


def check_compare(c: Compiler, e: ast.Compare) -> None:
    """codegen_check_compare: warn about `is` with a literal."""
    left_expr = e.left
    left = check_is_arg(left_expr)
    for cmpop, right_expr in zip(e.ops, e.comparators):
        right = check_is_arg(right_expr)
        t = type(cmpop)
        if (t is ast.Is or t is ast.IsNot) and not (left and right):
            literal = left_expr if not left else right_expr
            if t is ast.Is:
                msg = f"\"is\" with '{infer_type(literal)}' literal. Did you mean \"==\"?"
            else:
                msg = f"\"is not\" with '{infer_type(literal)}' literal. Did you mean \"!=\"?"
            c.warn(LOC(e), msg)
            return
        left = right
        left_expr = right_expr


_NOT_CALLABLE = (ast.Constant, ast.Tuple, ast.List, ast.ListComp, ast.Dict, ast.DictComp,
                 ast.Set, ast.SetComp, ast.GeneratorExp, ast.JoinedStr, ast.TemplateStr,
                 ast.FormattedValue, ast.Interpolation)


def check_caller(c: Compiler, e) -> None:
    if type(e) in _NOT_CALLABLE:
        c.warn(LOC(e), f"'{infer_type(e)}' object is not callable; perhaps you missed a comma?")


def check_subscripter(c: Compiler, e) -> None:
    t = type(e)
    if t is ast.Constant:
        v = e.value
        if not (v is None or v is Ellipsis or type(v) in (int, float, complex, bool, set, frozenset)):
            return
    elif t not in (ast.Set, ast.SetComp, ast.GeneratorExp, ast.Lambda):
        return
    c.warn(LOC(e), f"'{infer_type(e)}' object is not subscriptable; perhaps you missed a comma?")


def check_index(c: Compiler, e, s) -> None:
    index_type = infer_type(s)
    if index_type is None or index_type in ("int", "bool"):
        return
    t = type(e)
    if t is ast.Constant:
        if type(e.value) not in (str, bytes, tuple):
            return
    elif t not in (ast.Tuple, ast.List, ast.ListComp, ast.JoinedStr, ast.TemplateStr,
                   ast.FormattedValue, ast.Interpolation):
        return
    c.warn(LOC(e), f"{infer_type(e)} indices must be integers or slices, not {index_type}; "
                   "perhaps you missed a comma?")


# -- control flow -----------------------------------------------------------------------------

def jump_if(c: Compiler, loc: Location, e, next_: int, cond: bool) -> None:
    """codegen_jump_if: jump to `next_` if `e` is (cond) true, short-circuiting."""
    t = type(e)
    if t is ast.UnaryOp and type(e.op) is ast.Not:
        jump_if(c, loc, e.operand, next_, not cond)
        return
    if t is ast.BoolOp:
        values = e.values
        cond2 = type(e.op) is ast.Or
        next2 = next_
        if cond2 != cond:
            next2 = new_label(c)
        for v in values[:-1]:
            jump_if(c, loc, v, next2, cond2)
        jump_if(c, loc, values[-1], next_, cond)
        if next2 != next_:
            use_label(c, next2)
        return
    if t is ast.IfExp:
        end, next2 = new_label(c), new_label(c)
        jump_if(c, loc, e.test, next2, False)
        jump_if(c, loc, e.body, next_, cond)
        addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
        use_label(c, next2)
        jump_if(c, loc, e.orelse, next_, cond)
        use_label(c, end)
        return
    if t is ast.Compare and len(e.ops) > 1:
        check_compare(c, e)
        cleanup = new_label(c)
        eloc = LOC(e)
        visit_expr(c, e.left)
        n = len(e.ops) - 1
        for i in range(n):
            visit_expr(c, e.comparators[i])
            addop_i(c, op.SWAP, 2, eloc)
            addop_i(c, op.COPY, 2, eloc)
            addcompare(c, eloc, e.ops[i])
            addop(c, op.TO_BOOL, eloc)
            addop_j(c, op.POP_JUMP_IF_FALSE, cleanup, eloc)
        visit_expr(c, e.comparators[n])
        addcompare(c, eloc, e.ops[n])
        addop(c, op.TO_BOOL, eloc)
        addop_j(c, op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, next_, eloc)
        end = new_label(c)
        addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
        use_label(c, cleanup)
        addop(c, op.POP_TOP, eloc)
        if not cond:
            addop_j(c, op.JUMP_NO_INTERRUPT, next_, NO_LOCATION)
        use_label(c, end)
        return
    visit_expr(c, e)
    eloc = LOC(e)
    addop(c, op.TO_BOOL, eloc)
    addop_j(c, op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, next_, eloc)


def codegen_ifexp(c: Compiler, e: ast.IfExp) -> None:
    end, next_ = new_label(c), new_label(c)
    jump_if(c, LOC(e), e.test, next_, False)
    visit_expr(c, e.body)
    addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
    use_label(c, next_)
    visit_expr(c, e.orelse)
    use_label(c, end)


def codegen_lambda(c: Compiler, e: ast.Lambda) -> None:
    args = e.args
    loc = LOC(e)
    funcflags = default_arguments(c, loc, args)
    umd = CodeUnitMetadata("<lambda>", argcount=len(args.args),
                           posonlyargcount=len(args.posonlyargs),
                           kwonlyargcount=len(args.kwonlyargs))
    enter_scope(c, "<lambda>", SCOPE_LAMBDA, e, e.lineno, None, umd)
    visit_expr(c, e.body)
    if c.u.ste.generator:
        co = c.optimize_and_assemble(False)
    else:
        addop(c, op.RETURN_VALUE, LOC(e.body))
        co = c.optimize_and_assemble(True)
    c.exit_scope()
    make_closure(c, loc, co, funcflags)


def codegen_if(c: Compiler, s: ast.If) -> None:
    end = new_label(c)
    next_ = new_label(c) if s.orelse else end
    jump_if(c, LOC(s), s.test, next_, False)
    visit_seq(c, s.body)
    if s.orelse:
        addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
        use_label(c, next_)
        visit_seq(c, s.orelse)
    use_label(c, end)


def codegen_for(c: Compiler, s: ast.For) -> None:
    loc = LOC(s)
    start, body, cleanup, end = new_label(c), new_label(c), new_label(c), new_label(c)
    c.push_fblock(loc, FBLOCK_FOR_LOOP, start, end, None)
    visit_expr(c, s.iter)
    loc = LOC(s.iter)
    addop(c, op.GET_ITER, loc)
    use_label(c, start)
    addop_j(c, op.FOR_ITER, cleanup, loc)
    # a NOP for line tracing of multi-line for statements (removed if redundant)
    addop(c, op.NOP, LOC(s.target))
    use_label(c, body)
    visit_expr(c, s.target)
    visit_seq(c, s.body)
    addop_j(c, op.JUMP, start, NO_LOCATION)
    use_label(c, cleanup)
    # END_FOR first: iteration over a generator jumps to it, others past it
    addop(c, op.END_FOR, NO_LOCATION)
    addop(c, op.POP_ITER, NO_LOCATION)
    c.pop_fblock(FBLOCK_FOR_LOOP, start)
    visit_seq(c, s.orelse)
    use_label(c, end)


def await_next_item(c: Compiler, except_: int, send: int, loc: Location) -> None:
    """`await anext(it)` under a handler for StopAsyncIteration: the step codegen_async_for and
    codegen_async_comprehension_generator share."""
    addop_j(c, op.SETUP_FINALLY, except_, loc)
    addop(c, op.GET_ANEXT, loc)
    load_const(c, None, loc)
    use_label(c, send)
    add_yield_from(c, loc, True)
    addop(c, op.POP_BLOCK, loc)


def codegen_async_for(c: Compiler, s: ast.AsyncFor) -> None:
    loc = LOC(s)
    start, send, except_, end = new_label(c), new_label(c), new_label(c), new_label(c)
    visit_expr(c, s.iter)
    addop(c, op.GET_AITER, LOC(s.iter))
    use_label(c, start)
    c.push_fblock(loc, FBLOCK_FOR_LOOP, start, end, None)
    await_next_item(c, except_, send, loc)
    addop(c, op.NOT_TAKEN, loc)
    visit_expr(c, s.target)
    visit_seq(c, s.body)
    addop_j(c, op.JUMP, start, NO_LOCATION)
    c.pop_fblock(FBLOCK_FOR_LOOP, start)
    use_label(c, except_)
    # the iterator's line: END_ASYNC_FOR follows the `for`, not the body
    addop_j(c, op.END_ASYNC_FOR, send, LOC(s.iter))
    visit_seq(c, s.orelse)
    use_label(c, end)


def codegen_while(c: Compiler, s: ast.While) -> None:
    loop, end, anchor = new_label(c), new_label(c), new_label(c)
    use_label(c, loop)
    c.push_fblock(LOC(s), FBLOCK_WHILE_LOOP, loop, end, None)
    jump_if(c, LOC(s), s.test, anchor, False)
    visit_seq(c, s.body)
    addop_j(c, op.JUMP, loop, NO_LOCATION)
    c.pop_fblock(FBLOCK_WHILE_LOOP, loop)
    use_label(c, anchor)
    visit_seq(c, s.orelse)
    use_label(c, end)


def codegen_return(c: Compiler, s: ast.Return) -> None:
    loc = LOC(s)
    value = s.value
    preserve_tos = value is not None and type(value) is not ast.Constant
    ste = c.u.ste
    if not symtable_mod.is_function_like(ste):
        c.error(loc, "'return' outside function")
    if value is not None and ste.coroutine and ste.generator:
        c.error(loc, "'return' with value in async generator")
    if preserve_tos:
        visit_expr(c, value)
    elif value is not None:
        loc = LOC(value)
        addop(c, op.NOP, loc)
    if value is None or value.lineno != s.lineno:
        loc = LOC(s)
        addop(c, op.NOP, loc)
    loc, _ = unwind_fblock_stack(c, loc, preserve_tos, False)
    if value is None:
        load_const(c, None, loc)
    elif not preserve_tos:
        load_const(c, value.value, loc)
    addop(c, op.RETURN_VALUE, loc)


def codegen_break(c: Compiler, loc: Location) -> None:
    origin = loc
    addop(c, op.NOP, loc)
    loc, loop = unwind_fblock_stack(c, loc, False, True)
    if loop is None:
        c.error(origin, "'break' outside loop")
    loc = unwind_fblock(c, loc, loop, False)
    addop_j(c, op.JUMP, loop.exit, loc)


def codegen_continue(c: Compiler, loc: Location) -> None:
    origin = loc
    addop(c, op.NOP, loc)
    loc, loop = unwind_fblock_stack(c, loc, False, True)
    if loop is None:
        c.error(origin, "'continue' not properly in loop")
    addop_j(c, op.JUMP, loop.block, loc)


def _try_finally(c: Compiler, s, handlers_codegen) -> None:
    """codegen_try_finally / codegen_try_star_finally."""
    loc = LOC(s)
    body, end, exit, cleanup = new_label(c), new_label(c), new_label(c), new_label(c)
    addop_j(c, op.SETUP_FINALLY, end, loc)
    use_label(c, body)
    c.push_fblock(loc, FBLOCK_FINALLY_TRY, body, end, s.finalbody)
    if s.handlers:
        handlers_codegen(c, s)
    else:
        visit_seq(c, s.body)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    c.pop_fblock(FBLOCK_FINALLY_TRY, body)
    visit_seq(c, s.finalbody)
    addop_j(c, op.JUMP_NO_INTERRUPT, exit, NO_LOCATION)
    use_label(c, end)
    addop_j(c, op.SETUP_CLEANUP, cleanup, NO_LOCATION)
    addop(c, op.PUSH_EXC_INFO, NO_LOCATION)
    c.push_fblock(NO_LOCATION, FBLOCK_FINALLY_END, end, NO_LABEL, None)
    visit_seq(c, s.finalbody)
    c.pop_fblock(FBLOCK_FINALLY_END, end)
    addop_i(c, op.RERAISE, 0, NO_LOCATION)
    use_label(c, cleanup)
    pop_except_and_reraise(c, NO_LOCATION)
    use_label(c, exit)


def _store_none_and_delete(c: Compiler, name: str) -> None:
    """`name = None; del name`, artificial: the end of an `except ... as name` body."""
    load_const(c, None, NO_LOCATION)
    nameop(c, NO_LOCATION, name, ast.Store)
    nameop(c, NO_LOCATION, name, ast.Del)


def codegen_try_except(c: Compiler, s) -> None:
    loc = LOC(s)
    body, except_, end, cleanup = new_label(c), new_label(c), new_label(c), new_label(c)
    addop_j(c, op.SETUP_FINALLY, except_, loc)
    use_label(c, body)
    c.push_fblock(loc, FBLOCK_TRY_EXCEPT, body, NO_LABEL, None)
    visit_seq(c, s.body)
    c.pop_fblock(FBLOCK_TRY_EXCEPT, body)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    visit_seq(c, s.orelse)
    addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
    n = len(s.handlers)
    use_label(c, except_)
    addop_j(c, op.SETUP_CLEANUP, cleanup, NO_LOCATION)
    addop(c, op.PUSH_EXC_INFO, NO_LOCATION)
    # the runtime pushes a block here
    c.push_fblock(loc, FBLOCK_EXCEPTION_HANDLER, NO_LABEL, NO_LABEL, None)
    for i, handler in enumerate(s.handlers):
        hloc = LOC(handler)
        if handler.type is None and i < n - 1:
            c.error(hloc, "default 'except:' must be last")
        except_ = new_label(c)
        if handler.type is not None:
            visit_expr(c, handler.type)
            addop(c, op.CHECK_EXC_MATCH, hloc)
            addop_j(c, op.POP_JUMP_IF_FALSE, except_, hloc)
        if handler.name:
            cleanup_end, cleanup_body = new_label(c), new_label(c)
            nameop(c, hloc, handler.name, ast.Store)
            # try: body finally: name = None; del name
            addop_j(c, op.SETUP_CLEANUP, cleanup_end, hloc)
            use_label(c, cleanup_body)
            c.push_fblock(hloc, FBLOCK_HANDLER_CLEANUP, cleanup_body, NO_LABEL, handler.name)
            visit_seq(c, handler.body)
            c.pop_fblock(FBLOCK_HANDLER_CLEANUP, cleanup_body)
            addop(c, op.POP_BLOCK, NO_LOCATION)
            addop(c, op.POP_BLOCK, NO_LOCATION)
            addop(c, op.POP_EXCEPT, NO_LOCATION)
            _store_none_and_delete(c, handler.name)
            addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
            use_label(c, cleanup_end)
            _store_none_and_delete(c, handler.name)
            addop_i(c, op.RERAISE, 1, NO_LOCATION)
        else:
            cleanup_body = new_label(c)
            addop(c, op.POP_TOP, hloc)
            use_label(c, cleanup_body)
            c.push_fblock(hloc, FBLOCK_HANDLER_CLEANUP, cleanup_body, NO_LABEL, None)
            visit_seq(c, handler.body)
            c.pop_fblock(FBLOCK_HANDLER_CLEANUP, cleanup_body)
            addop(c, op.POP_BLOCK, NO_LOCATION)
            addop(c, op.POP_EXCEPT, NO_LOCATION)
            addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
        use_label(c, except_)
    c.pop_fblock(FBLOCK_EXCEPTION_HANDLER, NO_LABEL)
    addop_i(c, op.RERAISE, 0, NO_LOCATION)
    use_label(c, cleanup)
    pop_except_and_reraise(c, NO_LOCATION)
    use_label(c, end)


def codegen_try_star_except(c: Compiler, s) -> None:
    loc = LOC(s)
    body, except_, orelse, end = new_label(c), new_label(c), new_label(c), new_label(c)
    cleanup, reraise_star = new_label(c), new_label(c)
    addop_j(c, op.SETUP_FINALLY, except_, loc)
    use_label(c, body)
    c.push_fblock(loc, FBLOCK_TRY_EXCEPT, body, NO_LABEL, None)
    visit_seq(c, s.body)
    c.pop_fblock(FBLOCK_TRY_EXCEPT, body)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    addop_j(c, op.JUMP_NO_INTERRUPT, orelse, NO_LOCATION)
    n = len(s.handlers)
    use_label(c, except_)
    addop_j(c, op.SETUP_CLEANUP, cleanup, NO_LOCATION)
    addop(c, op.PUSH_EXC_INFO, NO_LOCATION)
    c.push_fblock(loc, FBLOCK_EXCEPTION_GROUP_HANDLER, NO_LABEL, NO_LABEL, "except handler")
    for i, handler in enumerate(s.handlers):
        hloc = LOC(handler)
        except_ = new_label(c)
        except_with_error, no_match = new_label(c), new_label(c)
        if i == 0:
            # [orig] -> [orig, []] -> [orig, [], exc]: the list collects raised exceptions
            addop_i(c, op.BUILD_LIST, 0, hloc)
            addop_i(c, op.COPY, 2, hloc)
        if handler.type is not None:
            visit_expr(c, handler.type)
            addop(c, op.CHECK_EG_MATCH, hloc)
            addop_i(c, op.COPY, 1, hloc)
            addop_j(c, op.POP_JUMP_IF_NONE, no_match, hloc)
        cleanup_end, cleanup_body = new_label(c), new_label(c)
        if handler.name:
            nameop(c, hloc, handler.name, ast.Store)
        else:
            addop(c, op.POP_TOP, hloc)
        addop_j(c, op.SETUP_CLEANUP, cleanup_end, hloc)
        use_label(c, cleanup_body)
        c.push_fblock(hloc, FBLOCK_HANDLER_CLEANUP, cleanup_body, NO_LABEL, handler.name)
        visit_seq(c, handler.body)
        c.pop_fblock(FBLOCK_HANDLER_CLEANUP, cleanup_body)
        addop(c, op.POP_BLOCK, NO_LOCATION)
        if handler.name:
            _store_none_and_delete(c, handler.name)
        addop_j(c, op.JUMP_NO_INTERRUPT, except_, NO_LOCATION)
        use_label(c, cleanup_end)
        if handler.name:
            _store_none_and_delete(c, handler.name)
        addop_i(c, op.LIST_APPEND, 3, NO_LOCATION)
        addop(c, op.POP_TOP, NO_LOCATION)
        addop_j(c, op.JUMP_NO_INTERRUPT, except_with_error, NO_LOCATION)
        use_label(c, except_)
        addop(c, op.NOP, NO_LOCATION)
        addop_j(c, op.JUMP_NO_INTERRUPT, except_with_error, NO_LOCATION)
        use_label(c, no_match)
        addop(c, op.POP_TOP, hloc)
        use_label(c, except_with_error)
        if i == n - 1:
            addop_i(c, op.LIST_APPEND, 1, NO_LOCATION)
            addop_j(c, op.JUMP_NO_INTERRUPT, reraise_star, NO_LOCATION)
    c.pop_fblock(FBLOCK_EXCEPTION_GROUP_HANDLER, NO_LABEL)
    reraise = new_label(c)
    use_label(c, reraise_star)
    addop_i(c, op.CALL_INTRINSIC_2, INTRINSIC2["INTRINSIC_PREP_RERAISE_STAR"], NO_LOCATION)
    addop_i(c, op.COPY, 1, NO_LOCATION)
    addop_j(c, op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION)
    addop(c, op.POP_TOP, NO_LOCATION)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    addop(c, op.POP_EXCEPT, NO_LOCATION)
    addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
    use_label(c, reraise)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    addop_i(c, op.SWAP, 2, NO_LOCATION)
    addop(c, op.POP_EXCEPT, NO_LOCATION)
    addop_i(c, op.RERAISE, 0, NO_LOCATION)
    use_label(c, cleanup)
    pop_except_and_reraise(c, NO_LOCATION)
    use_label(c, orelse)
    visit_seq(c, s.orelse)
    use_label(c, end)


def codegen_try(c: Compiler, s: ast.Try) -> None:
    if s.finalbody:
        _try_finally(c, s, codegen_try_except)
    else:
        codegen_try_except(c, s)


def codegen_try_star(c: Compiler, s: ast.TryStar) -> None:
    if s.finalbody:
        _try_finally(c, s, codegen_try_star_except)
    else:
        codegen_try_star_except(c, s)


# -- imports, assert, expression statements ---------------------------------------------------

def import_as(c: Compiler, loc: Location, name: str, asname: str) -> None:
    """codegen_import_as: `import a.b.c as d` binds d to a.b.c via IMPORT_FROM."""
    parts = name.split(".")
    if len(parts) > 1:
        for i, attr in enumerate(parts[1:]):
            addop_n(c, op.IMPORT_FROM, attr, "names", loc)
            if i < len(parts) - 2:
                addop_i(c, op.SWAP, 2, loc)
                addop(c, op.POP_TOP, loc)
        nameop(c, loc, asname, ast.Store)
        addop(c, op.POP_TOP, loc)
        return
    nameop(c, loc, asname, ast.Store)


def codegen_import(c: Compiler, s: ast.Import) -> None:
    loc = LOC(s)
    for alias in s.names:
        load_const(c, 0, loc)
        load_const(c, None, loc)
        addop_name(c, op.IMPORT_NAME, alias.name, "names", loc)
        if alias.asname:
            import_as(c, loc, alias.name, alias.asname)
        else:
            nameop(c, loc, alias.name.split(".", 1)[0], ast.Store)


def codegen_from_import(c: Compiler, s: ast.ImportFrom) -> None:
    loc = LOC(s)
    load_const(c, s.level, loc)
    load_const(c, tuple(alias.name for alias in s.names), loc)
    addop_name(c, op.IMPORT_NAME, s.module or "", "names", loc)
    for i, alias in enumerate(s.names):
        if i == 0 and alias.name.startswith("*"):
            addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_IMPORT_STAR"], loc)
            addop(c, op.POP_TOP, NO_LOCATION)
            return
        addop_name(c, op.IMPORT_FROM, alias.name, "names", loc)
        nameop(c, loc, alias.asname or alias.name, ast.Store)
    addop(c, op.POP_TOP, loc)


def codegen_assert(c: Compiler, s: ast.Assert) -> None:
    test = s.test
    if (type(test) is ast.Tuple and test.elts) or (
            type(test) is ast.Constant and type(test.value) is tuple and test.value):
        c.warn(LOC(s), "assertion is always true, perhaps remove parentheses?")
    if c.optimize:
        return
    end = new_label(c)
    jump_if(c, LOC(s), test, end, True)
    addop_i(c, op.LOAD_COMMON_CONSTANT, CONSTANT["AssertionError"], LOC(s))
    if s.msg is not None:
        visit_expr(c, s.msg)
        addop_i(c, op.CALL, 0, LOC(s))
    addop_i(c, op.RAISE_VARARGS, 1, LOC(test))
    use_label(c, end)


def codegen_stmt_expr(c: Compiler, loc: Location, value) -> None:
    if c.is_interactive_top_level():
        visit_expr(c, value)
        addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_PRINT"], loc)
        addop(c, op.POP_TOP, NO_LOCATION)
        return
    if type(value) is ast.Constant:
        addop(c, op.NOP, loc)
        return
    visit_expr(c, value)
    addop(c, op.POP_TOP, NO_LOCATION)


# -- statements dispatch ----------------------------------------------------------------------

def _conditional(func):
    """CODEGEN_COND_BLOCK: annotations inside the statement are conditional."""
    def run(c: Compiler, s) -> None:
        c.enter_conditional_block()
        try:
            func(c, s)
        finally:
            c.leave_conditional_block()
    return run


def _assign(c: Compiler, s: ast.Assign) -> None:
    visit_expr(c, s.value)
    n = len(s.targets)
    for i, target in enumerate(s.targets):
        if i < n - 1:
            addop_i(c, op.COPY, 1, LOC(s))
        visit_expr(c, target)


def _raise(c: Compiler, s: ast.Raise) -> None:
    n = 0
    if s.exc is not None:
        visit_expr(c, s.exc)
        n += 1
        if s.cause is not None:
            visit_expr(c, s.cause)
            n += 1
    addop_i(c, op.RAISE_VARARGS, n, LOC(s))


def _match(c: Compiler, s) -> None:
    from .codegen_patterns import codegen_match
    codegen_match(c, s)


def _nothing(c: Compiler, s) -> None:
    pass


_STMT = {
    ast.FunctionDef: lambda c, s: codegen_function(c, s, False),
    ast.AsyncFunctionDef: lambda c, s: codegen_function(c, s, True),
    ast.ClassDef: codegen_class,
    ast.TypeAlias: codegen_typealias,
    ast.Return: codegen_return,
    ast.Delete: lambda c, s: visit_exprs(c, s.targets),
    ast.Assign: _assign,
    ast.AugAssign: lambda c, s: codegen_augassign(c, s),
    ast.AnnAssign: lambda c, s: codegen_annassign(c, s),
    ast.For: _conditional(codegen_for),
    ast.While: _conditional(codegen_while),
    ast.If: _conditional(codegen_if),
    ast.Match: _conditional(_match),
    ast.Raise: _raise,
    ast.Try: _conditional(codegen_try),
    ast.TryStar: _conditional(codegen_try_star),
    ast.Assert: codegen_assert,
    ast.Import: codegen_import,
    ast.ImportFrom: codegen_from_import,
    ast.Global: _nothing,
    ast.Nonlocal: _nothing,
    ast.Expr: lambda c, s: codegen_stmt_expr(c, LOC(s), s.value),
    ast.Pass: lambda c, s: addop(c, op.NOP, LOC(s)),
    ast.Break: lambda c, s: codegen_break(c, LOC(s)),
    ast.Continue: lambda c, s: codegen_continue(c, LOC(s)),
    ast.With: _conditional(lambda c, s: codegen_with(c, s, 0, False)),
    ast.AsyncWith: _conditional(lambda c, s: codegen_with(c, s, 0, True)),
    ast.AsyncFor: _conditional(codegen_async_for),
}


def visit_stmt(c: Compiler, s) -> None:
    """codegen_visit_stmt."""
    _STMT[type(s)](c, s)


# -- names ------------------------------------------------------------------------------------

def load_classdict_freevar(c: Compiler, loc: Location) -> None:
    addop_n(c, op.LOAD_DEREF, "__classdict__", "freevars", loc)


_FAST_OPS = {ast.Load: op.LOAD_FAST, ast.Store: op.STORE_FAST, ast.Del: op.DELETE_FAST}
_DEREF_OPS = {ast.Store: op.STORE_DEREF, ast.Del: op.DELETE_DEREF}
_GLOBAL_OPS = {ast.Store: op.STORE_GLOBAL, ast.Del: op.DELETE_GLOBAL}
_NAME_OPS = {ast.Store: op.STORE_NAME, ast.Del: op.DELETE_NAME}


def nameop(c: Compiler, loc: Location, name: str, ctx) -> None:
    """codegen_nameop: load/store/delete a name as its scope requires. `ctx` is the
    expression context class (ast.Load, ast.Store or ast.Del)."""
    mangled = c.maybe_mangle(name)
    ste = c.u.ste
    scope = symtable_mod.get_scope(ste, mangled)
    optype, arg = c.resolve_nameop(mangled, scope)
    if optype == OP_FAST:
        addop_i(c, _FAST_OPS[ctx], dict_add(c.u.metadata.varnames, mangled), loc)
        return
    if optype == OP_DEREF:
        if ctx is ast.Load:
            if ste.type == symtable_mod.ClassBlock and not c.u.in_inlined_comp:
                opcode = op.LOAD_FROM_DICT_OR_DEREF
                addop(c, op.LOAD_LOCALS, loc)
            elif ste.can_see_class_scope:
                opcode = op.LOAD_FROM_DICT_OR_DEREF
                load_classdict_freevar(c, loc)
            else:
                opcode = op.LOAD_DEREF
        else:
            opcode = _DEREF_OPS[ctx]
    elif optype == OP_GLOBAL:
        if ctx is ast.Load:
            if ste.can_see_class_scope and scope == symtable_mod.GLOBAL_IMPLICIT:
                opcode = op.LOAD_FROM_DICT_OR_GLOBALS
                load_classdict_freevar(c, loc)
            else:
                opcode = op.LOAD_GLOBAL
        else:
            opcode = _GLOBAL_OPS[ctx]
    else:
        if ctx is ast.Load:
            opcode = (op.LOAD_GLOBAL if ste.type == symtable_mod.ClassBlock
                      and c.u.in_inlined_comp else op.LOAD_NAME)
        else:
            opcode = _NAME_OPS[ctx]
    if opcode == op.LOAD_GLOBAL:
        arg <<= 1
    addop_i(c, opcode, arg, loc)


# -- expressions ------------------------------------------------------------------------------

def codegen_boolop(c: Compiler, e: ast.BoolOp) -> None:
    loc = LOC(e)
    jumpi = op.JUMP_IF_FALSE if type(e.op) is ast.And else op.JUMP_IF_TRUE
    end = new_label(c)
    for v in e.values[:-1]:
        visit_expr(c, v)
        addop_j(c, jumpi, end, loc)
        addop(c, op.POP_TOP, loc)
    visit_expr(c, e.values[-1])
    use_label(c, end)


def starunpack_helper(c: Compiler, loc: Location, elts: list, injected_arg: str | None,
                      pushed: int, build: int, add: int, extend: int, tuple_: bool) -> None:
    """starunpack_helper_impl: build a list/set/tuple from elements, some starred."""
    n = len(elts)
    big = n + pushed + (1 if injected_arg else 0) > STACK_USE_GUIDELINE
    seen_star = any(type(elt) is ast.Starred for elt in elts)
    if not seen_star and not big:
        visit_exprs(c, elts)
        if injected_arg:
            nameop(c, loc, injected_arg, ast.Load)
            n += 1
        addop_i(c, op.BUILD_TUPLE if tuple_ else build, n + pushed, loc)
        return
    sequence_built = False
    if big:
        addop_i(c, build, pushed, loc)
        sequence_built = True
    for i, elt in enumerate(elts):
        if type(elt) is ast.Starred:
            if not sequence_built:
                addop_i(c, build, i + pushed, loc)
                sequence_built = True
            visit_expr(c, elt.value)
            addop_i(c, extend, 1, loc)
        else:
            visit_expr(c, elt)
            if sequence_built:
                addop_i(c, add, 1, loc)
    if injected_arg:
        nameop(c, loc, injected_arg, ast.Load)
        addop_i(c, add, 1, loc)
    if tuple_:
        addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_LIST_TO_TUPLE"], loc)


def unpack_helper(c: Compiler, loc: Location, elts: list) -> None:
    n = len(elts)
    seen_star = False
    for i, elt in enumerate(elts):
        if type(elt) is ast.Starred:
            if seen_star:
                c.error(loc, "multiple starred expressions in assignment")
            if i >= (1 << 8) or n - i - 1 >= (0x7FFFFFFF >> 8):
                c.error(loc, "too many expressions in star-unpacking assignment")
            addop_i(c, op.UNPACK_EX, i + ((n - i - 1) << 8), loc)
            seen_star = True
    if not seen_star:
        addop_i(c, op.UNPACK_SEQUENCE, n, loc)


def assignment_helper(c: Compiler, loc: Location, elts: list) -> None:
    unpack_helper(c, loc, elts)
    for elt in elts:
        visit_expr(c, elt.value if type(elt) is ast.Starred else elt)


def codegen_sequence(c: Compiler, e: ast.List | ast.Tuple) -> None:
    """codegen_list and codegen_tuple, which differ only in the tuple conversion at the end."""
    ctx = type(e.ctx)
    if ctx is ast.Store:
        assignment_helper(c, LOC(e), e.elts)
    elif ctx is ast.Load:
        starunpack_helper(c, LOC(e), e.elts, None, 0, op.BUILD_LIST, op.LIST_APPEND,
                          op.LIST_EXTEND, type(e) is ast.Tuple)
    else:
        visit_exprs(c, e.elts)


def codegen_set(c: Compiler, e: ast.Set) -> None:
    starunpack_helper(c, LOC(e), e.elts, None, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, False)


def subdict(c: Compiler, e: ast.Dict, begin: int, end: int) -> None:
    n = end - begin
    big = n * 2 > STACK_USE_GUIDELINE
    loc = LOC(e)
    if big:
        addop_i(c, op.BUILD_MAP, 0, loc)
    for i in range(begin, end):
        visit_expr(c, e.keys[i])
        visit_expr(c, e.values[i])
        if big:
            addop_i(c, op.MAP_ADD, 1, loc)
    if not big:
        addop_i(c, op.BUILD_MAP, n, loc)


def codegen_dict(c: Compiler, e: ast.Dict) -> None:
    loc = LOC(e)
    n = len(e.values)
    have_dict = False
    elements = 0
    for i in range(n):
        if e.keys[i] is None:
            if elements:
                subdict(c, e, i - elements, i)
                if have_dict:
                    addop_i(c, op.DICT_UPDATE, 1, loc)
                have_dict = True
                elements = 0
            if not have_dict:
                addop_i(c, op.BUILD_MAP, 0, loc)
                have_dict = True
            visit_expr(c, e.values[i])
            addop_i(c, op.DICT_UPDATE, 1, loc)
        elif elements * 2 > STACK_USE_GUIDELINE:
            subdict(c, e, i - elements, i + 1)
            if have_dict:
                addop_i(c, op.DICT_UPDATE, 1, loc)
            have_dict = True
            elements = 0
        else:
            elements += 1
    if elements:
        subdict(c, e, n - elements, n)
        if have_dict:
            addop_i(c, op.DICT_UPDATE, 1, loc)
        have_dict = True
    if not have_dict:
        addop_i(c, op.BUILD_MAP, 0, loc)


def codegen_compare(c: Compiler, e: ast.Compare) -> None:
    loc = LOC(e)
    check_compare(c, e)
    visit_expr(c, e.left)
    n = len(e.ops) - 1
    if n == 0:
        visit_expr(c, e.comparators[0])
        addcompare(c, loc, e.ops[0])
        return
    cleanup = new_label(c)
    for i in range(n):
        visit_expr(c, e.comparators[i])
        addop_i(c, op.SWAP, 2, loc)
        addop_i(c, op.COPY, 2, loc)
        addcompare(c, loc, e.ops[i])
        addop_i(c, op.COPY, 1, loc)
        addop(c, op.TO_BOOL, loc)
        addop_j(c, op.POP_JUMP_IF_FALSE, cleanup, loc)
        addop(c, op.POP_TOP, loc)
    visit_expr(c, e.comparators[n])
    addcompare(c, loc, e.ops[n])
    end = new_label(c)
    addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
    use_label(c, cleanup)
    addop_i(c, op.SWAP, 2, loc)
    addop(c, op.POP_TOP, loc)
    use_label(c, end)


def is_import_originated(c: Compiler, e) -> bool:
    """Whether `e` is a name the module imports (checked in the module scope only)."""
    if type(e) is not ast.Name:
        return False
    return bool(symtable_mod.get_symbol(c.st.top, e.id) & symtable_mod.DEF_IMPORT)


def can_optimize_super_call(c: Compiler, attr: ast.Attribute) -> bool:
    """Whether super().attr / super(A, b).attr can use LOAD_SUPER_ATTR."""
    e = attr.value
    if type(e) is not ast.Call or type(e.func) is not ast.Name or e.func.id != "super" \
            or attr.attr == "__class__" or e.keywords:
        return False
    num_args = len(e.args)
    # statically visible shadowing of 'super'
    if symtable_mod.get_scope(c.u.ste, "super") != symtable_mod.GLOBAL_IMPLICIT:
        return False
    if symtable_mod.get_scope(c.st.top, "super") != 0:
        return False
    if num_args == 2:
        return not any(type(a) is ast.Starred for a in e.args)
    if num_args != 0:
        return False
    md = c.u.metadata
    if md.argcount == 0 and md.posonlyargcount == 0:
        return False
    return c.get_ref_type("__class__") == symtable_mod.FREE


def load_args_for_super(c: Compiler, e: ast.Call) -> None:
    loc = LOC(e)
    nameop(c, LOC(e.func), e.func.id, ast.Load)
    if len(e.args) == 2:
        visit_expr(c, e.args[0])
        visit_expr(c, e.args[1])
        return
    nameop(c, loc, "__class__", ast.Load)
    nameop(c, loc, next(iter(c.u.metadata.varnames)), ast.Load)


def update_start_location_to_match_attr(c: Compiler, loc: Location, attr: ast.Attribute) -> Location:
    """A multi-line attribute access starts at the attribute name."""
    if loc.lineno == attr.end_lineno:
        return loc
    lineno, end_lineno = attr.end_lineno, loc.end_lineno
    col, end_col = loc.col_offset, loc.end_col_offset
    n = len(attr.attr)
    if n <= attr.end_col_offset:
        col = attr.end_col_offset - n
    else:
        col = end_col = -1
    end_lineno = max(lineno, end_lineno)
    if lineno == end_lineno:
        end_col = max(col, end_col)
    return Location(lineno, end_lineno, col, end_col)


_BUILTIN_REDUCERS = {"all": ("all", True, op.POP_JUMP_IF_TRUE),
                     "any": ("any", False, op.POP_JUMP_IF_FALSE),
                     "tuple": ("tuple", None, None)}


def maybe_optimize_function_call(c: Compiler, e: ast.Call, end: int) -> bool:
    """all(genexp), any(genexp) and tuple(genexp) run inline when the builtin is the real one."""
    args, func = e.args, e.func
    if not (type(func) is ast.Name and len(args) == 1 and not e.keywords
            and type(args[0]) is ast.GeneratorExp):
        return False
    if c.st.lookup(args[0]).coroutine:
        # an asynchronous generator expression cannot be iterated inline
        return False
    loc = LOC(func)
    skip_optimization = new_label(c)
    spec = _BUILTIN_REDUCERS.get(func.id)
    optimized = False
    if spec is not None:
        const_name, initial_res, continue_jump = spec
        is_tuple = const_name == "tuple"
        addop_i(c, op.COPY, 1, loc)
        addop_i(c, op.LOAD_COMMON_CONSTANT, CONSTANT[const_name], loc)
        addcompare(c, loc, ast.Is())
        addop_j(c, op.POP_JUMP_IF_FALSE, skip_optimization, loc)
        addop(c, op.POP_TOP, loc)
        if is_tuple:
            addop_i(c, op.BUILD_LIST, 0, loc)
        visit_expr(c, args[0])
        loop, cleanup = new_label(c), new_label(c)
        use_label(c, loop)
        addop_j(c, op.FOR_ITER, cleanup, loc)
        if is_tuple:
            addop_i(c, op.LIST_APPEND, 2, loc)
            addop_j(c, op.JUMP, loop, loc)
        else:
            addop(c, op.TO_BOOL, loc)
            addop_j(c, continue_jump, loop, loc)
        addop(c, op.POP_ITER, NO_LOCATION)
        if not is_tuple:
            load_const(c, not initial_res, loc)
        addop_j(c, op.JUMP, end, loc)
        use_label(c, cleanup)
        addop(c, op.END_FOR, NO_LOCATION)
        addop(c, op.POP_ITER, NO_LOCATION)
        if is_tuple:
            addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_LIST_TO_TUPLE"], loc)
        else:
            load_const(c, initial_res, loc)
        optimized = True
        addop_j(c, op.JUMP, end, loc)
    use_label(c, skip_optimization)
    return optimized


def maybe_optimize_method_call(c: Compiler, e: ast.Call) -> bool:
    """obj.meth(args) as LOAD_ATTR with the method flag and CALL."""
    meth = e.func
    args, kwds = e.args, e.keywords
    if type(meth) is not ast.Attribute or type(meth.ctx) is not ast.Load:
        return False
    if is_import_originated(c, meth.value):
        return False
    argsl, kwdsl = len(args), len(kwds)
    if argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE:
        return False
    if any(type(a) is ast.Starred for a in args) or any(k.arg is None for k in kwds):
        return False
    loc = LOC(meth)
    if can_optimize_super_call(c, meth):
        load_args_for_super(c, meth.value)
        opcode = LOAD_SUPER_METHOD if meth.value.args else LOAD_ZERO_SUPER_METHOD
        addop_name(c, opcode, meth.attr, "names", loc)
        loc = update_start_location_to_match_attr(c, loc, meth)
        addop(c, op.NOP, loc)
    else:
        visit_expr(c, meth.value)
        loc = update_start_location_to_match_attr(c, loc, meth)
        addop_name(c, LOAD_METHOD, meth.attr, "names", loc)
    visit_exprs(c, args)
    if kwdsl:
        for k in kwds:
            visit_expr(c, k.value)
        load_const(c, tuple(k.arg for k in kwds), loc)
        loc = update_start_location_to_match_attr(c, LOC(e), meth)
        addop_i(c, op.CALL_KW, argsl + kwdsl, loc)
    else:
        loc = update_start_location_to_match_attr(c, LOC(e), meth)
        addop_i(c, op.CALL, argsl, loc)
    return True


def validate_keywords(c: Compiler, keywords: list) -> None:
    for i, key in enumerate(keywords):
        if key.arg is None:
            continue
        for other in keywords[i + 1:]:
            if other.arg == key.arg:
                c.error(LOC(other), f"keyword argument repeated: {key.arg}")


def codegen_call(c: Compiler, e: ast.Call) -> None:
    validate_keywords(c, e.keywords)
    if maybe_optimize_method_call(c, e):
        return
    skip_normal_call = new_label(c)
    check_caller(c, e.func)
    visit_expr(c, e.func)
    maybe_optimize_function_call(c, e, skip_normal_call)
    addop(c, op.PUSH_NULL, LOC(e.func))
    call_helper(c, LOC(e), 0, e.args, None, e.keywords)
    use_label(c, skip_normal_call)


def codegen_template_str(c: Compiler, e: ast.TemplateStr) -> None:
    loc = LOC(e)
    values = e.values
    last_was_interpolation = True
    stringslen = 0
    i = 0
    while i < len(values):
        value = values[i]
        if type(value) is ast.Interpolation:
            if last_was_interpolation:
                load_const(c, "", loc)
                stringslen += 1
            last_was_interpolation = True
            i += 1
        else:
            visit_expr(c, value)
            j = i + 1
            while j < len(values) and type(values[j]) is not ast.Interpolation:
                visit_expr(c, values[j])
                addop_binary(c, loc, ast.Add(), True)
                j += 1
            i = j
            stringslen += 1
            last_was_interpolation = False
    if last_was_interpolation:
        load_const(c, "", loc)
        stringslen += 1
    addop_i(c, op.BUILD_TUPLE, stringslen, loc)
    interpolations = [v for v in values if type(v) is ast.Interpolation]
    visit_exprs(c, interpolations)
    addop_i(c, op.BUILD_TUPLE, len(interpolations), loc)
    addop(c, op.BUILD_TEMPLATE, loc)


def codegen_joined_str(c: Compiler, e: ast.JoinedStr) -> None:
    loc = LOC(e)
    values = e.values
    if len(values) > STACK_USE_GUIDELINE:
        load_const(c, "", loc)
        addop_name(c, LOAD_METHOD, "join", "names", loc)
        addop_i(c, op.BUILD_LIST, 0, loc)
        for v in values:
            visit_expr(c, v)
            addop_i(c, op.LIST_APPEND, 1, loc)
        addop_i(c, op.CALL, 1, loc)
        return
    visit_exprs(c, values)
    if len(values) > 1:
        addop_i(c, op.BUILD_STRING, len(values), loc)
    elif not values:
        load_const(c, "", loc)


_CONVERSIONS = {ord("s"): FVC_STR, ord("r"): FVC_REPR, ord("a"): FVC_ASCII}


def codegen_interpolation(c: Compiler, e: ast.Interpolation) -> None:
    loc = LOC(e)
    visit_expr(c, e.value)
    load_const(c, e.str, loc)
    oparg = 2
    if e.format_spec is not None:
        oparg += 1
        visit_expr(c, e.format_spec)
    if e.conversion != -1:
        oparg |= _CONVERSIONS[e.conversion] << 2
    addop_i(c, op.BUILD_INTERPOLATION, oparg, loc)


def codegen_formatted_value(c: Compiler, e: ast.FormattedValue) -> None:
    visit_expr(c, e.value)
    loc = LOC(e)
    if e.conversion != -1:
        addop_i(c, op.CONVERT_VALUE, _CONVERSIONS[e.conversion], loc)
    if e.format_spec is not None:
        visit_expr(c, e.format_spec)
        addop(c, op.FORMAT_WITH_SPEC, loc)
    else:
        addop(c, op.FORMAT_SIMPLE, loc)


def subkwargs(c: Compiler, loc: Location, keywords: list, begin: int, end: int) -> None:
    n = end - begin
    big = n * 2 > STACK_USE_GUIDELINE
    if big:
        addop_i(c, op.BUILD_MAP, 0, NO_LOCATION)
    for kw in keywords[begin:end]:
        load_const(c, kw.arg, loc)
        visit_expr(c, kw.value)
        if big:
            addop_i(c, op.MAP_ADD, 1, NO_LOCATION)
    if not big:
        addop_i(c, op.BUILD_MAP, n, loc)


def call_helper(c: Compiler, loc: Location, n: int, args: list, injected_arg: str | None,
                keywords: list) -> None:
    """codegen_call_helper_impl: arguments and CALL / CALL_KW / CALL_FUNCTION_EX; `n`
    arguments are already on the stack."""
    validate_keywords(c, keywords)
    nelts, nkwelts = len(args), len(keywords)
    simple = (nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
              and not any(type(a) is ast.Starred for a in args)
              and not any(k.arg is None for k in keywords))
    if simple:
        visit_exprs(c, args)
        if injected_arg:
            nameop(c, loc, injected_arg, ast.Load)
            nelts += 1
        if nkwelts:
            for k in keywords:
                visit_expr(c, k.value)
            load_const(c, tuple(k.arg for k in keywords), loc)
            addop_i(c, op.CALL_KW, n + nelts + nkwelts, loc)
        else:
            addop_i(c, op.CALL, n + nelts, loc)
        return
    if n == 0 and nelts == 1 and type(args[0]) is ast.Starred:
        visit_expr(c, args[0].value)
    else:
        starunpack_helper(c, loc, args, injected_arg, n, op.BUILD_LIST, op.LIST_APPEND,
                          op.LIST_EXTEND, True)
    if nkwelts:
        have_dict = False
        nseen = 0
        for i, kw in enumerate(keywords):
            if kw.arg is None:
                if nseen:
                    subkwargs(c, loc, keywords, i - nseen, i)
                    if have_dict:
                        addop_i(c, op.DICT_MERGE, 1, loc)
                    have_dict = True
                    nseen = 0
                if not have_dict:
                    addop_i(c, op.BUILD_MAP, 0, loc)
                    have_dict = True
                visit_expr(c, kw.value)
                addop_i(c, op.DICT_MERGE, 1, loc)
            else:
                nseen += 1
        if nseen:
            subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts)
            if have_dict:
                addop_i(c, op.DICT_MERGE, 1, loc)
    else:
        addop(c, op.PUSH_NULL, loc)
    addop(c, op.CALL_FUNCTION_EX, loc)


# -- comprehensions ---------------------------------------------------------------------------

def comprehension_generator(c: Compiler, loc: Location, generators: list, gen_index: int,
                            depth: int, elt, val, type_: int, iter_on_stack: bool) -> None:
    if generators[gen_index].is_async:
        async_comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type_,
                                      iter_on_stack)
    else:
        sync_comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type_,
                                     iter_on_stack)


def _comprehension_element(c: Compiler, elt, val, type_: int, depth: int) -> Location:
    """The innermost code of a comprehension: yield or append the element."""
    elt_loc = LOC(elt)
    if type_ == COMP_GENEXP:
        visit_expr(c, elt)
        addop_yield(c, elt_loc)
        addop(c, op.POP_TOP, elt_loc)
    elif type_ == COMP_LISTCOMP:
        visit_expr(c, elt)
        addop_i(c, op.LIST_APPEND, depth + 1, elt_loc)
    elif type_ == COMP_SETCOMP:
        visit_expr(c, elt)
        addop_i(c, op.SET_ADD, depth + 1, elt_loc)
    else:
        # {k: v}: k is evaluated before v
        visit_expr(c, elt)
        visit_expr(c, val)
        elt_loc = Location(elt.lineno, val.end_lineno, elt.col_offset, val.end_col_offset)
        addop_i(c, op.MAP_ADD, depth + 1, elt_loc)
    return elt_loc


def sync_comprehension_generator(c: Compiler, loc: Location, generators: list, gen_index: int,
                                 depth: int, elt, val, type_: int, iter_on_stack: bool) -> None:
    start, if_cleanup, anchor = new_label(c), new_label(c), new_label(c)
    gen = generators[gen_index]
    if not iter_on_stack:
        if gen_index == 0:
            addop_i(c, op.LOAD_FAST, 0, loc)
        else:
            # the temporary variable idiom `for y in [f(x)]` needs no loop
            it = gen.iter
            elts = it.elts if type(it) in (ast.List, ast.Tuple) else None
            if elts is not None and len(elts) == 1 and type(elts[0]) is not ast.Starred:
                visit_expr(c, elts[0])
                start = NO_LABEL
            if start != NO_LABEL:
                visit_expr(c, it)
                addop(c, op.GET_ITER, LOC(it))
    if start != NO_LABEL:
        depth += 1
        use_label(c, start)
        addop_j(c, op.FOR_ITER, anchor, LOC(gen.iter))
    visit_expr(c, gen.target)
    for e in gen.ifs:
        jump_if(c, loc, e, if_cleanup, False)
    gen_index += 1
    if gen_index < len(generators):
        comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type_, False)
    elt_loc = LOC(elt)
    if gen_index >= len(generators):
        elt_loc = _comprehension_element(c, elt, val, type_, depth)
    use_label(c, if_cleanup)
    if start != NO_LABEL:
        addop_j(c, op.JUMP, start, elt_loc)
        use_label(c, anchor)
        addop(c, op.END_FOR, NO_LOCATION)
        addop(c, op.POP_ITER, NO_LOCATION)


def async_comprehension_generator(c: Compiler, loc: Location, generators: list, gen_index: int,
                                  depth: int, elt, val, type_: int, iter_on_stack: bool) -> None:
    start, send, except_, if_cleanup = new_label(c), new_label(c), new_label(c), new_label(c)
    gen = generators[gen_index]
    if not iter_on_stack:
        if gen_index == 0:
            addop_i(c, op.LOAD_FAST, 0, loc)
        else:
            visit_expr(c, gen.iter)
            addop(c, op.GET_AITER, LOC(gen.iter))
    use_label(c, start)
    c.push_fblock(loc, FBLOCK_ASYNC_COMPREHENSION_GENERATOR, start, NO_LABEL, None)
    await_next_item(c, except_, send, loc)
    visit_expr(c, gen.target)
    for e in gen.ifs:
        jump_if(c, loc, e, if_cleanup, False)
    depth += 1
    gen_index += 1
    if gen_index < len(generators):
        comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type_, False)
    elt_loc = LOC(elt)
    if gen_index >= len(generators):
        elt_loc = _comprehension_element(c, elt, val, type_, depth)
    use_label(c, if_cleanup)
    addop_j(c, op.JUMP, start, elt_loc)
    c.pop_fblock(FBLOCK_ASYNC_COMPREHENSION_GENERATOR, start)
    use_label(c, except_)
    addop_j(c, op.END_ASYNC_FOR, send, loc)


def push_inlined_comprehension_locals(c: Compiler, loc: Location, comp,
                                      state: InlinedComprehensionState) -> None:
    """codegen_push_inlined_comprehension_locals: save the outer values of the names the
    comprehension binds (PEP 709) and guard their restoration."""
    outer = c.u.ste
    # as in CPython this runs after the scope tweak has entered the comprehension, so it is
    # never true here
    in_class_block = outer.type == symtable_mod.ClassBlock and not c.u.in_inlined_comp
    for k, symbol in comp.symbols.items():
        scope = (symbol >> symtable_mod.SCOPE_OFFSET) & symtable_mod.SCOPE_MASK
        outsymbol = symtable_mod.get_symbol(outer, k)
        outsc = (outsymbol >> symtable_mod.SCOPE_OFFSET) & symtable_mod.SCOPE_MASK
        if (symbol & symtable_mod.DEF_LOCAL and not symbol & symtable_mod.DEF_NONLOCAL) \
                or in_class_block:
            if state.pushed_locals is None:
                state.pushed_locals = []
            # for a cell this pushes the cell itself; a new one is made for the comprehension
            addop_name(c, op.LOAD_FAST_AND_CLEAR, k, "varnames", loc)
            if scope == symtable_mod.CELL:
                addop_name(c, op.MAKE_CELL, k,
                           "freevars" if outsc == symtable_mod.FREE else "cellvars", loc)
            state.pushed_locals.append(k)
    if state.pushed_locals:
        # the outermost iterable goes back on top
        addop_i(c, op.SWAP, len(state.pushed_locals) + 1, loc)
        state.cleanup = new_label(c)
        addop_j(c, op.SETUP_FINALLY, state.cleanup, loc)


def restore_inlined_comprehension_locals(c: Compiler, loc: Location,
                                         state: InlinedComprehensionState) -> None:
    npops = len(state.pushed_locals)
    addop_i(c, op.SWAP, npops + 1, loc)
    for k in reversed(state.pushed_locals):
        addop_name(c, op.STORE_FAST_MAYBE_NULL, k, "varnames", loc)


def pop_inlined_comprehension_locals(c: Compiler, loc: Location,
                                     state: InlinedComprehensionState) -> None:
    if state.pushed_locals:
        addop(c, op.POP_BLOCK, NO_LOCATION)
        end = new_label(c)
        addop_j(c, op.JUMP_NO_INTERRUPT, end, NO_LOCATION)
        # an exception inside: drop the partial result (beneath the exception)
        use_label(c, state.cleanup)
        addop_i(c, op.SWAP, 2, NO_LOCATION)
        addop(c, op.POP_TOP, NO_LOCATION)
        restore_inlined_comprehension_locals(c, loc, state)
        addop_i(c, op.RERAISE, 0, NO_LOCATION)
        use_label(c, end)
        restore_inlined_comprehension_locals(c, loc, state)
        state.pushed_locals = None


def comprehension_iter(c: Compiler, comp: ast.comprehension) -> None:
    """codegen_comprehension_iter: the outermost iterable, as an iterator."""
    visit_expr(c, comp.iter)
    addop(c, op.GET_AITER if comp.is_async else op.GET_ITER, LOC(comp.iter))


_COMP_BUILD = {COMP_LISTCOMP: op.BUILD_LIST, COMP_SETCOMP: op.BUILD_SET,
               COMP_DICTCOMP: op.BUILD_MAP}


def codegen_comprehension(c: Compiler, e, type_: int, name: str, generators: list, elt,
                          val) -> None:
    entry = c.st.lookup(e)
    is_inlined = entry.comp_inlined
    is_async_comprehension = entry.coroutine
    loc = LOC(e)
    outermost = generators[0]
    state = InlinedComprehensionState()
    if is_inlined:
        comprehension_iter(c, outermost)
        c.tweak_inlined_comprehension_scopes(entry, state)
        push_inlined_comprehension_locals(c, loc, entry, state)
    else:
        enter_scope(c, name, SCOPE_COMPREHENSION, e, e.lineno, None,
                    CodeUnitMetadata(name, argcount=1))
    if type_ != COMP_GENEXP:
        addop_i(c, _COMP_BUILD[type_], 0, loc)
        if is_inlined:
            addop_i(c, op.SWAP, 2, loc)
    comprehension_generator(c, loc, generators, 0, 0, elt, val, type_, is_inlined)
    if is_inlined:
        pop_inlined_comprehension_locals(c, loc, state)
        c.revert_inlined_comprehension_scopes(state)
        return
    if type_ != COMP_GENEXP:
        addop(c, op.RETURN_VALUE, LOC(e))
    else:
        wrap_in_stopiteration_handler(c)
    co = c.optimize_and_assemble(True)
    c.exit_scope()
    make_closure(c, loc, co, 0)
    comprehension_iter(c, outermost)
    addop_i(c, op.CALL, 0, loc)
    if is_async_comprehension and type_ != COMP_GENEXP:
        await_result(c, loc, 0)


# -- with -------------------------------------------------------------------------------------

def with_except_finish(c: Compiler, cleanup: int) -> None:
    suppress = new_label(c)
    addop(c, op.TO_BOOL, NO_LOCATION)
    addop_j(c, op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION)
    addop_i(c, op.RERAISE, 2, NO_LOCATION)
    use_label(c, suppress)
    addop(c, op.POP_TOP, NO_LOCATION)
    addop(c, op.POP_BLOCK, NO_LOCATION)
    addop(c, op.POP_EXCEPT, NO_LOCATION)
    addop(c, op.POP_TOP, NO_LOCATION)
    addop(c, op.POP_TOP, NO_LOCATION)
    addop(c, op.POP_TOP, NO_LOCATION)
    exit = new_label(c)
    addop_j(c, op.JUMP_NO_INTERRUPT, exit, NO_LOCATION)
    use_label(c, cleanup)
    pop_except_and_reraise(c, NO_LOCATION)
    use_label(c, exit)


def codegen_with(c: Compiler, s: ast.With | ast.AsyncWith, pos: int, is_async: bool) -> None:
    """codegen_with and codegen_async_with: the async form awaits __aenter__'s and __aexit__'s
    results and places its POP_BLOCK after leaving the fblock, at the item's location."""
    item = s.items[pos]
    block, final, exit, cleanup = new_label(c), new_label(c), new_label(c), new_label(c)
    visit_expr(c, item.context_expr)
    loc = LOC(item.context_expr)
    addop_i(c, op.COPY, 1, loc)
    addop_i(c, op.LOAD_SPECIAL, SPECIAL["__aexit__" if is_async else "__exit__"], loc)
    addop_i(c, op.SWAP, 2, loc)
    addop_i(c, op.SWAP, 3, loc)
    addop_i(c, op.LOAD_SPECIAL, SPECIAL["__aenter__" if is_async else "__enter__"], loc)
    addop_i(c, op.CALL, 0, loc)
    if is_async:
        await_result(c, loc, 1)
    addop_j(c, op.SETUP_WITH, final, loc)
    use_label(c, block)
    fblock_type = FBLOCK_ASYNC_WITH if is_async else FBLOCK_WITH
    c.push_fblock(loc, fblock_type, block, final, s)
    if item.optional_vars is not None:
        visit_expr(c, item.optional_vars)
    else:
        addop(c, op.POP_TOP, loc)
    pos += 1
    if pos == len(s.items):
        visit_seq(c, s.body)
    else:
        codegen_with(c, s, pos, is_async)
    if is_async:
        c.pop_fblock(fblock_type, block)
        addop(c, op.POP_BLOCK, loc)
    else:
        addop(c, op.POP_BLOCK, NO_LOCATION)
        c.pop_fblock(fblock_type, block)
    call_exit_with_nones(c, loc)
    if is_async:
        await_result(c, loc, 2)
    addop(c, op.POP_TOP, loc)
    addop_j(c, op.JUMP, exit, loc)
    use_label(c, final)
    addop_j(c, op.SETUP_CLEANUP, cleanup, loc)
    addop(c, op.PUSH_EXC_INFO, loc)
    addop(c, op.WITH_EXCEPT_START, loc)
    if is_async:
        await_result(c, loc, 2)
    with_except_finish(c, cleanup)
    use_label(c, exit)


def await_result(c: Compiler, loc: Location, where: int) -> None:
    """GET_AWAITABLE (its oparg says where the awaitable comes from), then the yield-from
    loop that awaits it."""
    addop_i(c, op.GET_AWAITABLE, where, loc)
    load_const(c, None, loc)
    add_yield_from(c, loc, True)


# -- expressions dispatch ---------------------------------------------------------------------

def _named_expr(c: Compiler, e: ast.NamedExpr) -> None:
    visit_expr(c, e.value)
    addop_i(c, op.COPY, 1, LOC(e))
    visit_expr(c, e.target)


def _binop(c: Compiler, e: ast.BinOp) -> None:
    visit_expr(c, e.left)
    visit_expr(c, e.right)
    addop_binary(c, LOC(e), e.op, False)


def _unaryop(c: Compiler, e: ast.UnaryOp) -> None:
    visit_expr(c, e.operand)
    loc = LOC(e)
    t = type(e.op)
    if t is ast.UAdd:
        addop_i(c, op.CALL_INTRINSIC_1, INTRINSIC1["INTRINSIC_UNARY_POSITIVE"], loc)
    elif t is ast.Not:
        addop(c, op.TO_BOOL, loc)
        addop(c, op.UNARY_NOT, loc)
    elif t is ast.Invert:
        addop(c, op.UNARY_INVERT, loc)
    else:
        addop(c, op.UNARY_NEGATIVE, loc)


def _yield(c: Compiler, e: ast.Yield) -> None:
    loc = LOC(e)
    if not symtable_mod.is_function_like(c.u.ste):
        c.error(loc, "'yield' outside function")
    if e.value is not None:
        visit_expr(c, e.value)
    else:
        load_const(c, None, loc)
    addop_yield(c, loc)


def _yield_from(c: Compiler, e: ast.YieldFrom) -> None:
    loc = LOC(e)
    if not symtable_mod.is_function_like(c.u.ste):
        c.error(loc, "'yield from' outside function")
    if c.u.scope_type == SCOPE_ASYNC_FUNCTION:
        c.error(loc, "'yield from' inside async function")
    visit_expr(c, e.value)
    addop(c, op.GET_YIELD_FROM_ITER, loc)
    load_const(c, None, loc)
    add_yield_from(c, loc, False)


def _await(c: Compiler, e: ast.Await) -> None:
    loc = LOC(e)
    visit_expr(c, e.value)
    await_result(c, loc, 0)


def _attribute(c: Compiler, e: ast.Attribute) -> None:
    loc = LOC(e)
    ctx = type(e.ctx)
    if ctx is ast.Load and can_optimize_super_call(c, e):
        load_args_for_super(c, e.value)
        opcode = op.LOAD_SUPER_ATTR if e.value.args else LOAD_ZERO_SUPER_ATTR
        addop_name(c, opcode, e.attr, "names", loc)
        addop(c, op.NOP, update_start_location_to_match_attr(c, loc, e))
        return
    c.maybe_add_static_attribute_to_class(e)
    visit_expr(c, e.value)
    loc = update_start_location_to_match_attr(c, loc, e)
    opcode = op.LOAD_ATTR if ctx is ast.Load else op.STORE_ATTR if ctx is ast.Store \
        else op.DELETE_ATTR
    addop_name(c, opcode, e.attr, "names", loc)


def _starred(c: Compiler, e: ast.Starred) -> None:
    if type(e.ctx) is ast.Store:
        # legitimate starred targets were consumed by codegen_sequence
        c.error(LOC(e), "starred assignment target must be in a list or tuple")
    c.error(LOC(e), "can't use starred expression here")


_EXPR = {
    ast.NamedExpr: _named_expr,
    ast.BoolOp: codegen_boolop,
    ast.BinOp: _binop,
    ast.UnaryOp: _unaryop,
    ast.Lambda: codegen_lambda,
    ast.IfExp: codegen_ifexp,
    ast.Dict: codegen_dict,
    ast.Set: codegen_set,
    ast.GeneratorExp: lambda c, e: codegen_comprehension(c, e, COMP_GENEXP, "<genexpr>",
                                                         e.generators, e.elt, None),
    ast.ListComp: lambda c, e: codegen_comprehension(c, e, COMP_LISTCOMP, "<listcomp>",
                                                     e.generators, e.elt, None),
    ast.SetComp: lambda c, e: codegen_comprehension(c, e, COMP_SETCOMP, "<setcomp>",
                                                    e.generators, e.elt, None),
    ast.DictComp: lambda c, e: codegen_comprehension(c, e, COMP_DICTCOMP, "<dictcomp>",
                                                     e.generators, e.key, e.value),
    ast.Yield: _yield,
    ast.YieldFrom: _yield_from,
    ast.Await: _await,
    ast.Compare: codegen_compare,
    ast.Call: codegen_call,
    ast.Constant: lambda c, e: load_const(c, e.value, LOC(e)),
    ast.JoinedStr: codegen_joined_str,
    ast.TemplateStr: codegen_template_str,
    ast.FormattedValue: codegen_formatted_value,
    ast.Interpolation: codegen_interpolation,
    ast.Attribute: _attribute,
    ast.Subscript: lambda c, e: codegen_subscript(c, e),
    ast.Starred: _starred,
    ast.Slice: lambda c, e: codegen_slice(c, e),
    ast.Name: lambda c, e: nameop(c, LOC(e), e.id, type(e.ctx)),
    ast.List: codegen_sequence,
    ast.Tuple: codegen_sequence,
}


def visit_expr(c: Compiler, e) -> None:
    """codegen_visit_expr."""
    _EXPR[type(e)](c, e)


# -- assignments and subscripts ---------------------------------------------------------------

def is_constant_slice(s) -> bool:
    return type(s) is ast.Slice and all(
        part is None or type(part) is ast.Constant for part in (s.lower, s.upper, s.step))


def should_apply_two_element_slice_optimization(s) -> bool:
    return not is_constant_slice(s) and type(s) is ast.Slice and s.step is None


def codegen_augassign(c: Compiler, s: ast.AugAssign) -> None:
    e = s.target
    loc = LOC(e)
    t = type(e)
    if t is ast.Attribute:
        visit_expr(c, e.value)
        addop_i(c, op.COPY, 1, loc)
        loc = update_start_location_to_match_attr(c, loc, e)
        addop_name(c, op.LOAD_ATTR, e.attr, "names", loc)
    elif t is ast.Subscript:
        visit_expr(c, e.value)
        if should_apply_two_element_slice_optimization(e.slice):
            slice_two_parts(c, e.slice)
            addop_i(c, op.COPY, 3, loc)
            addop_i(c, op.COPY, 3, loc)
            addop_i(c, op.COPY, 3, loc)
            addop(c, op.BINARY_SLICE, loc)
        else:
            visit_expr(c, e.slice)
            addop_i(c, op.COPY, 2, loc)
            addop_i(c, op.COPY, 2, loc)
            addop_i(c, op.BINARY_OP, NB["NB_SUBSCR"], loc)
    elif t is ast.Name:
        nameop(c, loc, e.id, ast.Load)
    else:
        raise SystemError(f"invalid node type ({t.__name__}) for augmented assignment")
    visit_expr(c, s.value)
    addop_binary(c, LOC(s), s.op, True)
    loc = LOC(e)
    if t is ast.Attribute:
        loc = update_start_location_to_match_attr(c, loc, e)
        addop_i(c, op.SWAP, 2, loc)
        addop_name(c, op.STORE_ATTR, e.attr, "names", loc)
    elif t is ast.Subscript:
        if should_apply_two_element_slice_optimization(e.slice):
            addop_i(c, op.SWAP, 4, loc)
            addop_i(c, op.SWAP, 3, loc)
            addop_i(c, op.SWAP, 2, loc)
            addop(c, op.STORE_SLICE, loc)
        else:
            addop_i(c, op.SWAP, 3, loc)
            addop_i(c, op.SWAP, 2, loc)
            addop(c, op.STORE_SUBSCR, loc)
    else:
        nameop(c, loc, e.id, ast.Store)


def check_ann_expr(c: Compiler, e) -> None:
    visit_expr(c, e)
    addop(c, op.POP_TOP, LOC(e))


def check_annotation(c: Compiler, s: ast.AnnAssign) -> None:
    """Annotations of complex targets are evaluated in modules and classes only."""
    if c.future.features & CO_FUTURE_ANNOTATIONS:
        return
    if c.u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
        check_ann_expr(c, s.annotation)


def check_ann_subscr(c: Compiler, e) -> None:
    t = type(e)
    if t is ast.Slice:
        for part in (e.lower, e.upper, e.step):
            if part is not None:
                check_ann_expr(c, part)
    elif t is ast.Tuple:
        for elt in e.elts:
            check_ann_subscr(c, elt)
    else:
        check_ann_expr(c, e)


def codegen_annassign(c: Compiler, s: ast.AnnAssign) -> None:
    loc = LOC(s)
    targ = s.target
    future_annotations = c.future.features & CO_FUTURE_ANNOTATIONS
    if s.value is not None:
        visit_expr(c, s.value)
        visit_expr(c, targ)
    t = type(targ)
    if t is ast.Name:
        if s.simple and c.u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
            if future_annotations:
                load_const(c, expr_as_unicode(s.annotation), LOC(s.annotation))
                addop_name(c, op.LOAD_NAME, "__annotations__", "names", loc)
                load_const(c, c.maybe_mangle(targ.id), loc)
                addop(c, op.STORE_SUBSCR, loc)
            else:
                index = c.add_deferred_annotation(s)
                if index is not None:
                    if c.u.scope_type == SCOPE_CLASS:
                        addop_name(c, op.LOAD_DEREF, "__conditional_annotations__", "cellvars", loc)
                    else:
                        addop_name(c, op.LOAD_NAME, "__conditional_annotations__", "names", loc)
                    load_const(c, index, loc)
                    addop_i(c, op.SET_ADD, 1, loc)
                    addop(c, op.POP_TOP, loc)
    elif t is ast.Attribute:
        if s.value is None:
            check_ann_expr(c, targ.value)
    elif t is ast.Subscript:
        if s.value is None:
            check_ann_expr(c, targ.value)
            check_ann_subscr(c, targ.slice)
    else:
        raise SystemError(f"invalid node type ({t.__name__}) for annotated assignment")
    if future_annotations and not s.simple:
        check_annotation(c, s)


def codegen_subscript(c: Compiler, e: ast.Subscript) -> None:
    loc = LOC(e)
    ctx = type(e.ctx)
    if ctx is ast.Load:
        check_subscripter(c, e.value)
        check_index(c, e.value, e.slice)
    visit_expr(c, e.value)
    if should_apply_two_element_slice_optimization(e.slice) and ctx is not ast.Del:
        slice_two_parts(c, e.slice)
        addop(c, op.BINARY_SLICE if ctx is ast.Load else op.STORE_SLICE, loc)
        return
    visit_expr(c, e.slice)
    if ctx is ast.Load:
        addop_i(c, op.BINARY_OP, NB["NB_SUBSCR"], loc)
    elif ctx is ast.Store:
        addop(c, op.STORE_SUBSCR, loc)
    else:
        addop(c, op.DELETE_SUBSCR, loc)


def slice_two_parts(c: Compiler, s: ast.Slice) -> None:
    for part in (s.lower, s.upper):
        if part is not None:
            visit_expr(c, part)
        else:
            load_const(c, None, LOC(s))


def codegen_slice(c: Compiler, s: ast.Slice) -> None:
    if is_constant_slice(s):
        parts = [None if p is None else p.value for p in (s.lower, s.upper, s.step)]
        load_const(c, slice(*parts), LOC(s))
        return
    slice_two_parts(c, s)
    n = 2
    if s.step is not None:
        n += 1
        visit_expr(c, s.step)
    addop_i(c, op.BUILD_SLICE, n, LOC(s))
