"""The compiler's state: code units, frame blocks, names, constants; and the entry points.

Mirrors Python/compile.c: the compiler (c_*) and its stack of compiler units (u_*), entering
and leaving scopes, qualified names, frame blocks, constants keyed by _PyCode_ConstantKey,
name resolution for codegen, the inlined-comprehension scope tweaks, deferred annotations,
errors and SyntaxWarnings, code flags and optimize_and_assemble_code_unit, which hands each
unit to the flow graph and the assembler. `compile_source` is Py_CompileStringObject's
pipeline (parse, future, preprocess, symtable, codegen, assemble); `codegen_only` mirrors
_PyCompile_CodeGen (_testinternalcapi.compiler_codegen). Left out: the recursion limit
(CPython's symbol table rejects too-deep nesting before codegen runs).
"""
from __future__ import annotations

import contextlib
import sys
import warnings
from dataclasses import dataclass
from typing import Callable

from ..errors import CompileError
from ..objects.code import (CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FUTURE_ABSOLUTE_IMPORT,
                            CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL,
                            CO_FUTURE_DIVISION, CO_FUTURE_GENERATOR_STOP,
                            CO_FUTURE_PRINT_FUNCTION, CO_FUTURE_UNICODE_LITERALS,
                            CO_FUTURE_WITH_STATEMENT, CO_GENERATOR, CO_HAS_DOCSTRING, CO_METHOD,
                            CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS)
from ..parser import ast_nodes as ast
from . import symtable as symtable_mod
from .ast_preprocess import preprocess
from .const_cache import merge_keyed
from .future import FutureFeatures, future_from_ast
from .instruction_sequence import NO_LABEL, InstructionSequence, Location
from .source_text import program_text
from .unit_metadata import CodeUnitMetadata, NestedCodeStub

PyCF_MASK = (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
             | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
             | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS)
CO_MAXBLOCKS = 21

# compile scopes (pycore_compile.h)
SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA, \
    SCOPE_COMPREHENSION, SCOPE_ANNOTATIONS = range(7)

# frame block types (_PyCompile_FBlockType)
(FBLOCK_WHILE_LOOP, FBLOCK_FOR_LOOP, FBLOCK_TRY_EXCEPT, FBLOCK_FINALLY_TRY, FBLOCK_FINALLY_END,
 FBLOCK_WITH, FBLOCK_ASYNC_WITH, FBLOCK_HANDLER_CLEANUP, FBLOCK_POP_VALUE,
 FBLOCK_EXCEPTION_HANDLER, FBLOCK_EXCEPTION_GROUP_HANDLER,
 FBLOCK_ASYNC_COMPREHENSION_GENERATOR, FBLOCK_INLINED_COMPREHENSION,
 FBLOCK_STOP_ITERATION) = range(14)

# name operation kinds (_PyCompile_optype)
OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME = range(4)

_MODE_KINDS = {"exec": ast.Module, "single": ast.Interactive, "eval": ast.Expression}


@dataclass(slots=True)
class FBlockInfo:
    """_PyCompile_FBlockInfo."""

    type: int
    block: int
    loc: Location
    exit: int
    datum: object


class CompilerUnit:
    """struct compiler_unit: the state of one code object being generated."""

    __slots__ = ("ste", "scope_type", "private", "static_attributes", "deferred_annotations",
                 "conditional_annotation_indices", "next_conditional_annotation_index",
                 "instr_sequence", "stashed_instr_sequence", "fblocks", "in_inlined_comp",
                 "in_conditional_block", "metadata")

    def __init__(self, ste, scope_type: int, metadata: CodeUnitMetadata) -> None:
        self.ste = ste
        self.scope_type = scope_type
        self.private: str | None = None
        self.static_attributes: set[str] | None = set() if scope_type == SCOPE_CLASS else None
        self.deferred_annotations: list | None = None
        self.conditional_annotation_indices: list[int] | None = None
        self.next_conditional_annotation_index = 0
        self.instr_sequence = InstructionSequence()
        self.stashed_instr_sequence: InstructionSequence | None = None
        self.fblocks: list[FBlockInfo] = []
        self.in_inlined_comp = 0
        self.in_conditional_block = 0
        self.metadata = metadata


class InlinedComprehensionState:
    """_PyCompile_InlinedComprehensionState."""

    __slots__ = ("pushed_locals", "temp_symbols", "fast_hidden", "cleanup")

    def __init__(self) -> None:
        self.pushed_locals: list[str] | None = None
        self.temp_symbols: dict[str, int] | None = None
        self.fast_hidden: set[str] | None = None
        self.cleanup = NO_LABEL


def symbol_to_scope(flags: int) -> int:
    """SYMBOL_TO_SCOPE."""
    return (flags >> symtable_mod.SCOPE_OFFSET) & symtable_mod.SCOPE_MASK


def _dict_by_type(symbols: dict[str, int], scope_type: int, flag: int, offset: int) -> dict[str, int]:
    """dictbytype: the names with scope `scope_type` or flag `flag`, sorted, numbered from offset."""
    dest: dict[str, int] = {}
    for name in sorted(symbols):
        flags = symbols[name]
        if symbol_to_scope(flags) == scope_type or flags & flag:
            dest[name] = offset
            offset += 1
    return dest


def dict_add(d: dict, o: object) -> int:
    """_PyCompile_DictAddObj: the index of `o` in `d`, adding it at the end if new."""
    index = d.get(o)
    if index is None:
        index = d[o] = len(d)
    return index


class Compiler:
    """struct _PyCompiler."""

    def __init__(self, mod: ast.mod, filename: str, flags: int, optimize: int) -> None:
        self.filename = filename
        self.const_cache: dict = {}
        self.stack: list[CompilerUnit] = []
        self.u: CompilerUnit | None = None
        self.interactive = False
        self.save_nested_seqs = False
        self.future: FutureFeatures = future_from_ast(mod, filename)
        # every compile flag joins the features (PyCF_ALLOW_TOP_LEVEL_AWAIT reaches the
        # symbol table this way); only the PyCF_MASK part becomes code flags
        self.future.features |= flags
        self.flags = self.future.features
        self.optimize = 0 if optimize == -1 else optimize
        preprocess(mod, filename, self.optimize, self.future.features)
        self.st = symtable_mod.build_symtable(mod, filename, self.future)

    # -- scopes -----------------------------------------------------------------------------

    def enter_scope(self, name: str, scope_type: int, key, lineno: int, private: str | None,
                    umd: CodeUnitMetadata | None) -> None:
        """_PyCompile_EnterScope. `key` is what opened the scope's block: a node (or list), a
        (node, offset) pair for C's `address + 1` keys, or the entry itself."""
        if isinstance(key, symtable_mod.SymTableEntry):
            ste = key
        elif type(key) is tuple:
            ste = self.st.lookup(*key)
        else:
            ste = self.st.lookup(key)
        md = CodeUnitMetadata(name)
        if umd is not None:
            md.argcount, md.posonlyargcount, md.kwonlyargcount = \
                umd.argcount, umd.posonlyargcount, umd.kwonlyargcount
        md.varnames = {v: i for i, v in enumerate(ste.varnames)}
        md.cellvars = _dict_by_type(ste.symbols, symtable_mod.CELL, symtable_mod.DEF_COMP_CELL, 0)
        if ste.needs_class_closure:
            dict_add(md.cellvars, "__class__")
        if ste.needs_classdict:
            dict_add(md.cellvars, "__classdict__")
        if ste.has_conditional_annotations:
            dict_add(md.cellvars, "__conditional_annotations__")
        md.freevars = _dict_by_type(ste.symbols, symtable_mod.FREE, symtable_mod.DEF_FREE_CLASS,
                                    len(md.cellvars))
        md.firstlineno = lineno
        u = CompilerUnit(ste, scope_type, md)
        if self.u is not None:
            self.stack.append(self.u)
            if private is None:
                private = self.u.private
        u.private = private
        self.u = u
        if scope_type != SCOPE_MODULE:
            self._set_qualname()

    def exit_scope(self) -> None:
        """_PyCompile_ExitScope."""
        nested = self.u.instr_sequence if self.save_nested_seqs else None
        self.u = self.stack.pop() if self.stack else None
        if nested is not None and self.u is not None:
            self.u.instr_sequence.add_nested(nested)

    def _set_qualname(self) -> None:
        """compiler_set_qualname."""
        u = self.u
        md = u.metadata
        base = None
        if self.stack:
            parent = self.stack[-1]
            if parent.scope_type == SCOPE_ANNOTATIONS:
                if len(self.stack) == 1:
                    md.qualname = md.name
                    return
                parent = self.stack[-2]
            force_global = False
            if u.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_CLASS):
                mangled = symtable_mod.mangle(parent.private, md.name)
                if symtable_mod.get_scope(parent.ste, mangled) == symtable_mod.GLOBAL_EXPLICIT:
                    force_global = True
            if not force_global:
                if parent.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA):
                    base = parent.metadata.qualname + ".<locals>"
                else:
                    base = parent.metadata.qualname
        md.qualname = f"{base}.{md.name}" if base is not None else md.name

    # -- frame blocks -------------------------------------------------------------------------

    def push_fblock(self, loc: Location, t: int, block: int, exit: int, datum: object) -> None:
        """_PyCompile_PushFBlock."""
        if len(self.u.fblocks) >= CO_MAXBLOCKS:
            self.error(loc, "too many statically nested blocks")
        self.u.fblocks.append(FBlockInfo(t, block, loc, exit, datum))

    def pop_fblock(self, t: int, block: int) -> None:
        """_PyCompile_PopFBlock."""
        self.u.fblocks.pop()

    def top_fblock(self) -> FBlockInfo | None:
        return self.u.fblocks[-1] if self.u.fblocks else None

    # -- instructions -------------------------------------------------------------------------

    def add_const(self, o: object) -> int:
        """_PyCompile_AddConst: the constant's index in the unit, merged via the const cache."""
        return dict_add(self.u.metadata.consts, merge_keyed(self.const_cache, o)[1])

    # -- names --------------------------------------------------------------------------------

    def mangle(self, name: str) -> str:
        return symtable_mod.mangle(self.u.private, name)

    def maybe_mangle(self, name: str) -> str:
        return symtable_mod.maybe_mangle(self.u.private, self.u.ste, name)

    def get_ref_type(self, name: str) -> int:
        """_PyCompile_GetRefType."""
        if self.u.scope_type == SCOPE_CLASS and name in (
                "__class__", "__classdict__", "__conditional_annotations__"):
            return symtable_mod.CELL
        scope = symtable_mod.get_scope(self.u.ste, name)
        if scope == 0:
            raise SystemError(f"_PyST_GetScope(name={name!r}) failed: unknown scope in unit "
                              f"{self.u.metadata.name}")
        return scope

    def lookup_arg(self, name: str) -> int:
        """_PyCompile_LookupArg: a free variable of a nested code's index here."""
        md = self.u.metadata
        if self.get_ref_type(name) == symtable_mod.CELL:
            return md.cellvars[name]
        return md.freevars[name]

    def resolve_nameop(self, mangled: str, scope: int) -> tuple[int, int]:
        """_PyCompile_ResolveNameop: (optype, oparg); oparg is unset (0) for OP_FAST."""
        md = self.u.metadata
        table = md.names
        optype = OP_NAME
        if scope == symtable_mod.FREE:
            table, optype = md.freevars, OP_DEREF
        elif scope == symtable_mod.CELL:
            table, optype = md.cellvars, OP_DEREF
        elif scope == symtable_mod.LOCAL:
            if symtable_mod.is_function_like(self.u.ste) or md.fasthidden.get(mangled) is True:
                optype = OP_FAST
        elif scope == symtable_mod.GLOBAL_IMPLICIT:
            if symtable_mod.is_function_like(self.u.ste):
                optype = OP_GLOBAL
        elif scope == symtable_mod.GLOBAL_EXPLICIT:
            optype = OP_GLOBAL
        if optype == OP_FAST:
            return optype, 0
        return optype, dict_add(table, mangled)

    def maybe_add_static_attribute_to_class(self, e: ast.Attribute) -> None:
        """_PyCompile_MaybeAddStaticAttributeToClass: `self.X = ...` inside a class's methods."""
        value = e.value
        if type(value) is not ast.Name or type(e.ctx) is not ast.Store or value.id != "self":
            return
        for u in reversed(self.stack):
            if u.scope_type == SCOPE_CLASS:
                u.static_attributes.add(e.attr)
                break

    # -- inlined comprehensions -------------------------------------------------------------

    def tweak_inlined_comprehension_scopes(self, entry, state: InlinedComprehensionState) -> None:
        """_PyCompile_TweakInlinedComprehensionScopes."""
        u = self.u
        in_class_block = u.ste.type == symtable_mod.ClassBlock and not u.in_inlined_comp
        u.in_inlined_comp += 1
        FREE, CELL = symtable_mod.FREE, symtable_mod.CELL
        function_like = symtable_mod.is_function_like(u.ste)
        for k, symbol in entry.symbols.items():
            scope = symbol_to_scope(symbol)
            outsymbol = symtable_mod.get_symbol(u.ste, k)
            outsc = symbol_to_scope(outsymbol)
            if (scope != outsc and scope != FREE and not (scope == CELL and outsc == FREE)) \
                    or in_class_block:
                if state.temp_symbols is None:
                    state.temp_symbols = {}
                u.ste.symbols[k] = symbol
                state.temp_symbols[k] = outsymbol
            if (symbol & symtable_mod.DEF_LOCAL and not symbol & symtable_mod.DEF_NONLOCAL) \
                    or in_class_block:
                if not function_like and u.metadata.fasthidden.get(k) is not True:
                    u.metadata.fasthidden[k] = True
                    if state.fast_hidden is None:
                        state.fast_hidden = set()
                    state.fast_hidden.add(k)

    def revert_inlined_comprehension_scopes(self, state: InlinedComprehensionState) -> None:
        """_PyCompile_RevertInlinedComprehensionScopes."""
        u = self.u
        u.in_inlined_comp -= 1
        if state.temp_symbols:
            u.ste.symbols.update(state.temp_symbols)
            state.temp_symbols = None
        if state.fast_hidden:
            for k in state.fast_hidden:
                # False (not absent) marks it as once hidden: the slot gets CO_FAST_HIDDEN
                u.metadata.fasthidden[k] = False
            state.fast_hidden = None

    # -- annotations --------------------------------------------------------------------------

    def enter_conditional_block(self) -> None:
        self.u.in_conditional_block += 1

    def leave_conditional_block(self) -> None:
        self.u.in_conditional_block -= 1

    def add_deferred_annotation(self, s: ast.AnnAssign) -> int | None:
        """_PyCompile_AddDeferredAnnotation: the conditional index, or None if unconditional."""
        u = self.u
        if u.deferred_annotations is None:
            u.deferred_annotations = []
        if u.conditional_annotation_indices is None:
            u.conditional_annotation_indices = []
        u.deferred_annotations.append(s)
        index = None
        if u.scope_type == SCOPE_MODULE or u.in_conditional_block:
            index = u.next_conditional_annotation_index
            u.next_conditional_annotation_index += 1
        u.conditional_annotation_indices.append(-1 if index is None else index)
        return index

    def start_annotation_setup(self) -> None:
        """_PyCompile_StartAnnotationSetup: emit into a separate sequence for __annotate__."""
        self.u.stashed_instr_sequence = self.u.instr_sequence
        self.u.instr_sequence = InstructionSequence()

    def end_annotation_setup(self) -> None:
        """_PyCompile_EndAnnotationSetup."""
        parent = self.u.stashed_instr_sequence
        annotations = self.u.instr_sequence
        self.u.stashed_instr_sequence = None
        self.u.instr_sequence = parent
        parent.set_annotations_code(annotations)

    # -- state queries ------------------------------------------------------------------------

    def is_interactive_top_level(self) -> bool:
        return self.interactive and not self.stack

    def static_attributes_as_tuple(self) -> tuple[str, ...]:
        return tuple(sorted(self.u.static_attributes))

    # -- diagnostics --------------------------------------------------------------------------

    def error(self, loc: Location, msg: str):
        """_PyCompile_Error: raise the SyntaxError (offsets are 1-based)."""
        raise CompileError("SyntaxError", msg, self.filename, loc.lineno, loc.col_offset + 1,
                           program_text(self.filename, loc.lineno), loc.end_lineno,
                           loc.end_col_offset + 1)

    def warn(self, loc: Location, msg: str) -> None:
        """_PyCompile_Warn: a SyntaxWarning; one turned into an error becomes a SyntaxError."""
        emit_syntax_warning(msg, self.filename, loc)

    # -- assembly -----------------------------------------------------------------------------

    def compute_code_flags(self) -> int:
        """compute_code_flags."""
        ste = self.u.ste
        flags = 0
        if symtable_mod.is_function_like(ste):
            flags |= CO_NEWLOCALS | CO_OPTIMIZED
            if ste.nested:
                flags |= CO_NESTED
            if ste.generator and not ste.coroutine:
                flags |= CO_GENERATOR
            if ste.generator and ste.coroutine:
                flags |= CO_ASYNC_GENERATOR
            if ste.varargs:
                flags |= CO_VARARGS
            if ste.varkeywords:
                flags |= CO_VARKEYWORDS
            if ste.has_docstring:
                flags |= CO_HAS_DOCSTRING
            if ste.method:
                flags |= CO_METHOD
        if ste.coroutine and not ste.generator:
            flags |= CO_COROUTINE
        return flags | (self.flags & PyCF_MASK)

    def optimize_and_assemble(self, add_none: bool):
        """_PyCompile_OptimizeAndAssemble: finish the current unit and make its code object."""
        code_flags = self.compute_code_flags()
        from .codegen import add_return_at_end
        add_return_at_end(self, add_none)
        u = self.u
        if self.save_nested_seqs:
            u.instr_sequence.apply_label_map()
            return NestedCodeStub(u.metadata, u.instr_sequence)
        return optimize_and_assemble_code_unit(u, self.const_cache, code_flags, self.filename)


def _host_syntax_warning(msg: str, filename: str, lineno: int) -> bool:
    """A SyntaxWarning through the host's warnings machinery; whether it became an error."""
    try:
        warnings.warn_explicit(msg, SyntaxWarning, filename, lineno)
    except SyntaxWarning:
        return True
    return False


# PyErr_WarnExplicitObject(SyntaxWarning, ...), answering whether the warning became an
# error: the host's machinery for tools and tests, the guest's (its filters, its sys.stderr)
# while a guest program runs (`syntax_warnings_to`).
_SYNTAX_WARNINGS: list[Callable[[str, str, int], bool]] = [_host_syntax_warning]


@contextlib.contextmanager
def syntax_warnings_to(warn: Callable[[str, str, int], bool]):
    """Send the SyntaxWarnings of the compiles in this block to `warn`."""
    _SYNTAX_WARNINGS.append(warn)
    try:
        yield
    finally:
        _SYNTAX_WARNINGS.pop()


def emit_syntax_warning(msg: str, filename: str, loc: Location) -> None:
    """_PyErr_EmitSyntaxWarning: a SyntaxWarning turned into an error is a SyntaxError."""
    if _SYNTAX_WARNINGS[-1](msg, filename, loc.lineno):
        raise CompileError("SyntaxError", msg, filename, loc.lineno, loc.col_offset + 1,
                           program_text(filename, loc.lineno), loc.end_lineno,
                           loc.end_col_offset + 1)


def consts_in_order(consts: dict, const_cache: dict) -> list:
    """consts_dict_keys_inorder: the constants of a unit (keyed as in the const cache), by
    index."""
    return [const_cache[key] for key in consts]


def optimize_and_assemble_code_unit(u: CompilerUnit, const_cache: dict, code_flags: int,
                                    filename: str):
    """optimize_and_assemble_code_unit: flow graph, optimizations, assembly."""
    from .assemble import make_code_object
    from .flowgraph import (cfg_from_instruction_sequence, optimize_code_unit,
                            optimized_cfg_to_instruction_sequence)
    consts = consts_in_order(u.metadata.consts, const_cache)
    g = cfg_from_instruction_sequence(u.instr_sequence)
    nlocals = len(u.metadata.varnames)
    nparams = len(u.ste.varnames)
    optimize_code_unit(g, consts, const_cache, nlocals, nparams, u.metadata.firstlineno)
    stackdepth, nlocalsplus, instrs = optimized_cfg_to_instruction_sequence(g, u.metadata,
                                                                            code_flags)
    return make_code_object(u.metadata, const_cache, consts, stackdepth, instrs, nlocalsplus,
                            code_flags, filename)


def _parse(source: bytes | str, filename: str, mode: str, flags: int) -> ast.mod:
    """The AST, with the SyntaxWarnings the tokenizer and the parser met (invalid escapes,
    number literals followed by a keyword, ...) emitted first, as CPython's parse does."""
    from ..parser.parser import parse_with_warnings
    try:
        tree, warnings_met = parse_with_warnings(source, filename, mode)
    except CompileError as failed:
        # CPython warns as it parses: the warnings met before a syntax error come before it
        emit_parse_warnings(failed.warnings, source, filename)
        raise
    emit_parse_warnings(warnings_met, source, filename)
    return tree


def emit_parse_warnings(warnings_met: list[tuple[int, str]], source: bytes | str, filename: str) -> None:
    """Emit the SyntaxWarnings (line, message) the tokenizer and the parser met, in order; one
    that the filters turn into an error raises that SyntaxError."""
    from ..parser.warning_errors import is_tokenizer_warning
    error = None
    for lineno, message in warnings_met:
        # A parser warning turned error stops the parse; the tokenizer still reads the rest of
        # the source for an error of its own, which wins (_PyPegen_tokenize_full_source_...).
        tokenizer = is_tokenizer_warning(message)
        if error is not None and not tokenizer:
            continue
        if _SYNTAX_WARNINGS[-1](message, filename, lineno):
            error = _warning_error(message, lineno, source, filename)
            if tokenizer:
                break
    if error is not None:
        raise error


def _warning_error(message: str, lineno: int, source: bytes | str, filename: str) -> CompileError:
    """The SyntaxError a tokenizer's or parser's SyntaxWarning becomes (helpers.c,
    action_helpers.c: the SyntaxWarning exception replaced by a SyntaxError)."""
    from ..parser.source_decoding import decode_source
    from ..parser.warning_errors import warning_error
    text = source if isinstance(source, str) else decode_source(source, filename)
    msg, lineno, offset, end_offset = warning_error(message, lineno, text)
    return CompileError("SyntaxError", msg, filename, lineno, offset,
                        program_text(filename, lineno), lineno, end_offset)


def _start_location(stmts: list) -> Location:
    """start_location: the first statement's location (SETUP_ANNOTATIONS's line)."""
    if stmts:
        s = stmts[0]
        return Location(s.lineno, s.end_lineno, s.col_offset, s.end_col_offset)
    return Location(1, 1, 0, 0)


def _compiler_codegen(c: Compiler, mod: ast.mod) -> None:
    """compiler_codegen."""
    from . import codegen
    codegen.enter_anonymous_scope(c, mod)
    if type(mod) is ast.Module:
        codegen.codegen_module(c, _start_location(mod.body), mod.body, False)
    elif type(mod) is ast.Interactive:
        c.interactive = True
        codegen.codegen_module(c, _start_location(mod.body), mod.body, True)
    elif type(mod) is ast.Expression:
        codegen.codegen_expression(c, mod.body)
    else:
        raise SystemError(f"module kind {type(mod).__name__} should not be possible")


# The compiler recurses once or twice per nesting level of the tree, where CPython's C
# recursion allows tens of thousands (`a + a + ... + a` with 10,000 terms compiles); the
# host's default limit of 1,000 would stop at a few hundred.
COMPILE_RECURSION_LIMIT = 50_000


@contextlib.contextmanager
def deep_recursion():
    """Let the compiler recurse as deeply as CPython's does."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, COMPILE_RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def compile_ast(mod: ast.mod, filename: str, optimize: int = -1, flags: int = 0):
    """_PyAST_Compile: the code object of a module, expression or interactive AST."""
    with deep_recursion():
        c = Compiler(mod, filename, flags, optimize)
        _compiler_codegen(c, mod)
        try:
            return c.optimize_and_assemble(type(mod) is not ast.Expression)
        finally:
            c.exit_scope()


def compile_source(source: bytes | str, filename: str, mode: str = "exec", optimize: int = -1,
                   flags: int = 0):
    """compile(source, filename, mode, flags, optimize=optimize) for source code."""
    if mode == "func_type":
        raise ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
    if mode not in _MODE_KINDS:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    with deep_recursion():
        return compile_ast(_parse(source, filename, mode, flags), filename, optimize, flags)


def codegen_only(tree: ast.mod, filename: str, optimize: int, mode: str | int = "exec",
                 flags: int = 0) -> tuple[InstructionSequence, dict]:
    """_PyCompile_CodeGen (_testinternalcapi.compiler_codegen): the module's instruction
    sequence straight from codegen (labels resolved, nested units in `.nested`), and its
    metadata: argcount, posonlyargcount, kwonlyargcount and consts. `mode` must match the
    tree's kind, as PyAST_obj2mod checks."""
    expected = _MODE_KINDS[mode] if isinstance(mode, str) else list(_MODE_KINDS.values())[mode]
    if type(tree) is not expected:
        raise TypeError(f"expected {expected.__name__} node, got {type(tree).__name__}")
    with deep_recursion():
        c = Compiler(tree, filename, flags, optimize)
        c.save_nested_seqs = True
        _compiler_codegen(c, tree)
    umd = c.u.metadata
    metadata = {"argcount": umd.argcount, "posonlyargcount": umd.posonlyargcount,
                "kwonlyargcount": umd.kwonlyargcount}
    from .codegen import add_return_at_end
    add_return_at_end(c, type(tree) is not ast.Expression)
    metadata["consts"] = consts_in_order(umd.consts, c.const_cache)
    seq = c.u.instr_sequence
    seq.apply_label_map()
    c.exit_scope()
    return seq, metadata
