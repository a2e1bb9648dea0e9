"""The symbol table's second pass: decide the scope of every name in every block.

Mirrors Python/symtable.c: symtable_analyze, analyze_block, analyze_child_block, analyze_name,
analyze_cells, drop_class_free, inline_comprehension (PEP 709), update_symbols and
error_at_directive. Each block sees the names bound in its enclosing function scopes (`bound`),
the explicit globals (`global_`) and the type parameters; the names its children leave free
flow back up (`free`), turning locals into cells on the way. Where C keeps a set whose
iteration order reaches the table (the free names added to a block's symbols), this keeps a
dict, so the order is deterministic (insertion order) where CPython's follows string hashes.
"""
from __future__ import annotations

from .instruction_sequence import Location
from .symtable_builder import syntax_error
from .symtable_entry import (
    CELL, DEF_BOUND, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM,
    DEF_TYPE_PARAM, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET, USE,
    ClassBlock, SymTable, SymTableEntry, get_scope, get_symbol, is_function_like)

_FLAGS_ONLY = (1 << SCOPE_OFFSET) - 1
_CLASS_IMPLICIT_CELLS = ("__class__", "__classdict__", "__conditional_annotations__")


def error_at_directive(ste: SymTableEntry, name: str, msg: str) -> Exception:
    """error_at_directive: the error located at the global/nonlocal statement naming `name`."""
    for directive_name, lineno, col_offset, end_lineno, end_col_offset in ste.directives or ():
        if directive_name == name:
            return syntax_error(ste.table.filename, msg,
                                Location(lineno, end_lineno, col_offset, end_col_offset))
    return RuntimeError("BUG: internal directive bookkeeping broken")


def analyze_name(ste: SymTableEntry, scopes: dict[str, int], name: str, flags: int,
                 bound: set[str] | None, local: set[str], free: dict[str, None], global_: set[str],
                 type_params: set[str], class_entry: SymTableEntry | None) -> None:
    """analyze_name: the scope of one name of `ste`, from its flags and what encloses it."""
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            raise error_at_directive(ste, name, f"name '{name}' is nonlocal and global")
        scopes[name] = GLOBAL_EXPLICIT
        global_.add(name)
        if bound is not None:
            bound.discard(name)
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            raise error_at_directive(ste, name, "nonlocal declaration not allowed at module level")
        if name not in bound:
            raise error_at_directive(ste, name, f"no binding for nonlocal '{name}' found")
        if name in type_params:
            raise error_at_directive(ste, name, f"nonlocal binding not allowed for type parameter '{name}'")
        scopes[name] = FREE
        free[name] = None
        return
    if flags & DEF_BOUND:
        scopes[name] = LOCAL
        local.add(name)
        global_.discard(name)
        if flags & DEF_TYPE_PARAM:
            type_params.add(name)
        else:
            type_params.discard(name)
        return
    # A block that sees its class's namespace (an annotation or type-parameter scope in a
    # class) resolves a name the class binds through the class dict and the globals only,
    # even where an enclosing function binds it too.
    if class_entry is not None:
        class_flags = get_symbol(class_entry, name)
        if class_flags & DEF_GLOBAL:
            scopes[name] = GLOBAL_EXPLICIT
            return
        if class_flags & DEF_BOUND and not class_flags & DEF_NONLOCAL:
            scopes[name] = GLOBAL_IMPLICIT
            return
    if bound is not None and name in bound:
        scopes[name] = FREE
        free[name] = None
        return
    scopes[name] = GLOBAL_IMPLICIT


def is_free_in_any_child(entry: SymTableEntry, name: str) -> bool:
    return any(get_scope(child, name) == FREE for child in entry.children)


def inline_comprehension(ste: SymTableEntry, comp: SymTableEntry, scopes: dict[str, int],
                         comp_free: dict[str, None], inlined_cells: set[str]) -> None:
    """inline_comprehension: merge an inlined comprehension's names into its parent block."""
    removed = []
    symbols = ste.symbols
    in_class = ste.type == ClassBlock
    for name, comp_flags in comp.symbols.items():
        if comp_flags & DEF_PARAM:          # the comprehension's `.0` argument
            continue
        scope = (comp_flags >> SCOPE_OFFSET) & SCOPE_MASK
        only_flags = comp_flags & _FLAGS_ONLY
        if scope == CELL or only_flags & DEF_COMP_CELL:
            inlined_cells.add(name)
        existing = symbols.get(name)
        # The class's implicit cells are never free through a class scope (see
        # drop_class_free), unless the comprehension's children need them.
        if scope == FREE and in_class and name in _CLASS_IMPLICIT_CELLS:
            scope = GLOBAL_IMPLICIT
            if not is_free_in_any_child(comp, name):
                comp_free.pop(name, None)
            removed.append(name)
        if existing is None:
            symbols[name] = only_flags
            scopes[name] = scope
        elif not in_class:
            # A name the comprehension uses from outside is used by the function now.
            if scope == FREE and only_flags & USE:
                symbols[name] = existing | USE
            # A free name of the comprehension that the function binds is simply local now,
            # unless the comprehension's own children need it as a cell.
            if existing & DEF_BOUND and not is_free_in_any_child(comp, name):
                comp_free.pop(name, None)
    for name in removed:
        del comp.symbols[name]


def analyze_cells(scopes: dict[str, int], free: dict[str, None], inlined_cells: set[str]) -> None:
    """analyze_cells: a local that a child leaves free is a cell here, and free no more."""
    for name, scope in scopes.items():
        if scope == LOCAL and (name in free or name in inlined_cells):
            scopes[name] = CELL
            free.pop(name, None)


def drop_class_free(ste: SymTableEntry, free: dict[str, None]) -> None:
    """drop_class_free: the class's implicit cells that its children use."""
    if "__class__" in free:
        del free["__class__"]
        ste.needs_class_closure = True
    if "__classdict__" in free:
        del free["__classdict__"]
        ste.needs_classdict = True
    if "__conditional_annotations__" in free:
        del free["__conditional_annotations__"]
        ste.has_conditional_annotations = True


def update_symbols(symbols: dict[str, int], scopes: dict[str, int], bound: set[str] | None,
                   free: dict[str, None], inlined_cells: set[str], classflag: bool) -> None:
    """update_symbols: store each scope in the flags; add the free names passing through."""
    for name, flags in symbols.items():
        if name in inlined_cells:
            flags |= DEF_COMP_CELL
        symbols[name] = flags | (scopes[name] << SCOPE_OFFSET)
    for name in free:
        flags = symbols.get(name)
        if flags is not None:
            # A method's free name that the class also binds or declares global.
            if classflag:
                symbols[name] = flags | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue                    # a global
        symbols[name] = FREE << SCOPE_OFFSET


def analyze_block(ste: SymTableEntry, bound: set[str] | None, free: dict[str, None], global_: set[str],
                  type_params: set[str], class_entry: SymTableEntry | None) -> None:
    """analyze_block: decide `ste`'s names, then its children's, then record the result."""
    local: set[str] = set()
    scopes: dict[str, int] = {}
    newglobal: set[str] = set()
    newfree: dict[str, None] = {}
    newbound: set[str] = set()
    inlined_cells: set[str] = set()
    is_class = ste.type == ClassBlock
    # A class's own names are invisible to the blocks nested in it.
    if is_class:
        newglobal |= global_
        if bound is not None:
            newbound |= bound
    for name, flags in ste.symbols.items():
        analyze_name(ste, scopes, name, flags, bound, local, free, global_, type_params, class_entry)
    if not is_class:
        if is_function_like(ste):
            newbound |= local
        if bound is not None:
            newbound |= bound
        newglobal |= global_
    else:
        newbound.update(_CLASS_IMPLICIT_CELLS)
    for entry in ste.children:
        new_class_entry = None
        if entry.can_see_class_scope:
            new_class_entry = ste if is_class else class_entry
        # Every comprehension but a generator expression is inlined, except in an annotation
        # scope nested in a class.
        inline_comp = entry.comprehension and not entry.generator and not ste.can_see_class_scope
        child_free = analyze_child_block(entry, newbound, newfree, newglobal, type_params,
                                         new_class_entry)
        if inline_comp:
            inline_comprehension(ste, entry, scopes, child_free, inlined_cells)
            entry.comp_inlined = True
        newfree.update(child_free)
    children = ste.children
    for i in range(len(children) - 1, -1, -1):
        if children[i].comp_inlined:
            children[i:i + 1] = children[i].children
    if is_function_like(ste):
        analyze_cells(scopes, newfree, inlined_cells)
    elif is_class:
        drop_class_free(ste, newfree)
    update_symbols(ste.symbols, scopes, bound, newfree, inlined_cells, is_class or ste.can_see_class_scope)
    free.update(newfree)


def analyze_child_block(entry: SymTableEntry, bound: set[str], free: dict[str, None], global_: set[str],
                        type_params: set[str], class_entry: SymTableEntry | None) -> dict[str, None]:
    """analyze_child_block: analyze `entry` on copies, so its bindings stay its own; returns
    the free names (those of earlier siblings included, as in C)."""
    child_free = dict(free)
    analyze_block(entry, set(bound), child_free, set(global_), set(type_params), class_entry)
    return child_free


def symtable_analyze(st: SymTable) -> None:
    """symtable_analyze: the second pass, from the module block down."""
    analyze_block(st.top, None, {}, set(), set(), None)
