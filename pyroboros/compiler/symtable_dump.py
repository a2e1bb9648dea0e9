"""`pyroboros-dump symtable FILE`: the report `python3.14 -m symtable FILE` prints.

Mirrors Lib/symtable.py's main() and the Symbol/SymbolTable properties it prints (the table's
type and nesting, each name's scope and flags), reading our SymTableEntry objects directly as
Modules/symtablemodule.c exposes C's; the table comes from symtable_from_source
(_Py_SymtableStringObjectFlags). Left out: the traceback lines CPython
prints above a SyntaxError (only the error itself is printed, exit status 1).
"""
from __future__ import annotations

from typing import TextIO

from ..errors import CompileError, format_compile_error
from .symtable import (
    CELL, DEF_ANNOT, DEF_BOUND, DEF_COMP_CELL, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL, DEF_IMPORT,
    DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
    USE, BlockType, SymTableEntry, get_scope, symtable_from_source)

# Lib/symtable.py's _flags, in its order (USE, then the DEF_* names as _symtable exports them).
_FLAGS = (("use", USE), ("def_global", DEF_GLOBAL), ("def_nonlocal", DEF_NONLOCAL),
          ("def_local", DEF_LOCAL), ("def_param", DEF_PARAM), ("def_type_param", DEF_TYPE_PARAM),
          ("def_free_class", DEF_FREE_CLASS), ("def_import", DEF_IMPORT), ("def_bound", DEF_BOUND),
          ("def_annot", DEF_ANNOT), ("def_comp_iter", DEF_COMP_ITER), ("def_comp_cell", DEF_COMP_CELL))
_SCOPES = {FREE: "free", LOCAL: "local", GLOBAL_IMPLICIT: "global_implicit",
           GLOBAL_EXPLICIT: "global_explicit", CELL: "cell"}
# SymbolTableType's values.
_TABLE_TYPES = {
    BlockType.ModuleBlock: "module",
    BlockType.FunctionBlock: "function",
    BlockType.ClassBlock: "class",
    BlockType.AnnotationBlock: "annotation",
    BlockType.TypeAliasBlock: "type alias",
    BlockType.TypeParametersBlock: "type parameters",
    BlockType.TypeVariableBlock: "type variable",
}


def format_symtable(top: SymTableEntry, filename: str) -> str:
    """Lib/symtable.py: main's print_symbols, from the module's entry down."""
    lines: list[str] = []

    def print_symbols(ste: SymTableEntry, level: int) -> None:
        indent = "    " * level
        nested = "nested " if ste.nested else ""
        kind = _TABLE_TYPES[ste.type]
        what = f"from file {filename!r}" if kind == "module" else repr(ste.name)
        lines.append(f"{indent}symbol table for {nested}{kind} {what}:\n")
        for name, flags in ste.symbols.items():
            scope = get_scope(ste, name)
            names = ", ".join(flag_name for flag_name, value in _FLAGS if flags & value == value)
            lines.append(f"    {indent}{_SCOPES.get(scope, str(scope))} symbol {name!r}: {names}\n")
        lines.append("\n")
        for child in ste.children:
            print_symbols(child, level + 1)

    print_symbols(top, 0)
    return "".join(lines)


def dump_symtable(path: str, out: TextIO, err: TextIO, output: str | None = None) -> int:
    """Print what `python3.14 -m symtable path` prints; 1 after a SyntaxError."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        st = symtable_from_source(source, path)
    except CompileError as exc:
        err.write(format_compile_error(exc))
        return 1
    out.write(format_symtable(st.top, path))
    return 0
