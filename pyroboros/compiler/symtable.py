"""The symbol table: which names each namespace binds, and where every name lives.

Mirrors Python/symtable.c (_PySymtable_Build) and Include/internal/pycore_symtable.h. The first
pass (symtable_builder.py) walks the AST and opens one block per namespace: the module,
functions and lambdas, classes, comprehensions, the annotation scopes of PEP 649 (`__annotate__`)
and the type-parameter, type-alias and TypeVar-bound scopes of PEP 695. The second pass
(symtable_analysis.py) decides each name's scope (local, global explicit or implicit, free,
cell), inlines comprehensions (PEP 709) and finds the implicit `__class__`, `__classdict__` and
`__conditional_annotations__` cells. Errors are CPython's, raised as
`pyroboros.errors.CompileError("SyntaxError", ...)` with its exact location fields. Left out:
the `_symtable` module's entry type (symtable_dump.py prints `python -m symtable`'s report)
and the C recursion guard (the host's recursion limit is raised instead).

The API the code generator uses (names as in C, minus the `ste_`/`st_`/`ff_` prefixes):

- `symtable_from_source(source, filename, mode="exec", flags=0) -> SymTable`
  (_Py_SymtableStringObjectFlags, behind the `_symtable` module): parse, future, build.
- `build_symtable(mod, filename, future_features) -> SymTable` (_PySymtable_Build);
  `future_features` is future.py's FutureFeatures (_PyFutureFeatures: `features` holds the
  CO_FUTURE_* flags and any compile flags such as PyCF_ALLOW_TOP_LEVEL_AWAIT; `location` is
  the last leading `from __future__` import's Location).
- `SymTable.lookup(key_node, offset=0) -> SymTableEntry` (_PySymtable_Lookup, KeyError
  "unknown symbol table entry") and `SymTable.lookup_optional(...)` (None if absent). Keys are
  C's: the Module/Expression/Interactive node; the FunctionDef/AsyncFunctionDef, ClassDef,
  Lambda, ListComp/SetComp/DictComp/GeneratorExp and TypeAlias nodes; a function's `arguments`
  node for its annotation scope; the `type_params` list for a generic's type-parameter scope;
  the TypeVar/ParamSpec/TypeVarTuple node for its bound (or its default, TypeVar default:
  offset 1); C's `ste_id + 1` (the annotations of a module or class body) is
  `lookup(module_or_class_node, 1)`. `SymTable.top` is the module's entry.
- `SymTableEntry` fields: id, name, type (BlockType), symbols (name -> flags, in C's order),
  varnames, children, directives, mangled_names, scope_info, nested, generator, coroutine,
  annotations_used, comprehension (ComprehensionType), varargs, varkeywords, returns_value,
  needs_class_closure, needs_classdict, comp_inlined, comp_iter_target, can_see_class_scope,
  has_docstring, method, has_conditional_annotations, in_conditional_block,
  in_unevaluated_annotation, comp_iter_expr, loc (lineno, col_offset, end_lineno and
  end_col_offset also as properties), annotation_block, table.
- Flags DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE_CLASS, DEF_IMPORT,
  DEF_ANNOT, DEF_COMP_ITER, DEF_TYPE_PARAM, DEF_COMP_CELL, DEF_BOUND; SCOPE_OFFSET, SCOPE_MASK;
  scopes LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL.
- `get_symbol(ste, name)` (_PyST_GetSymbol), `get_scope(ste, name)` (_PyST_GetScope),
  `is_function_like(ste)` (_PyST_IsFunctionLike), `mangle(privateobj, ident)` (_Py_Mangle),
  `maybe_mangle(privateobj, ste, name)` (_Py_MaybeMangle).
"""
from __future__ import annotations

import sys

from ..parser import ast_nodes as ast
from ..parser import parse
from .future import FutureFeatures, future_from_ast
from .symtable_analysis import symtable_analyze
from .symtable_builder import SymtableBuilder
from .symtable_entry import (  # noqa: F401 - the public API, re-exported
    CELL, DEF_ANNOT, DEF_BOUND, DEF_COMP_CELL, DEF_COMP_ITER, DEF_FREE_CLASS,
    DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, FREE, GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET, USE, AnnotationBlock, BlockType, ClassBlock,
    ComprehensionType, DictComprehension, FunctionBlock, GeneratorExpression,
    ListComprehension, ModuleBlock, NoComprehension, PyCF_ALLOW_TOP_LEVEL_AWAIT, SetComprehension,
    SymTable, SymTableEntry, TypeAliasBlock, TypeParametersBlock, TypeVariableBlock, block_key,
    get_scope, get_symbol, is_function_like, mangle, maybe_mangle)


# Both passes recurse once or twice per AST level (but along a chain of binary operators);
# CPython's C stack takes trees thousands of levels deep, so the host's limit must too.
_RECURSION_LIMIT = 200_000


def build_symtable(mod: ast.mod, filename: str, future_features: FutureFeatures) -> SymTable:
    """_PySymtable_Build: the symbol table of a module, or CompileError("SyntaxError")."""
    st = SymTable(filename, future_features)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        SymtableBuilder(st).visit_module(mod)
        symtable_analyze(st)
    finally:
        sys.setrecursionlimit(limit)
    return st


def symtable_from_source(source: bytes | str, filename: str, mode: str = "exec", flags: int = 0) -> SymTable:
    """_Py_SymtableStringObjectFlags (what the `_symtable` module runs): parse `source`, take
    its future features plus the compile `flags`, build the table."""
    mod = parse(source, filename, mode)
    future = future_from_ast(mod, filename)
    future.features |= flags
    return build_symtable(mod, filename, future)
