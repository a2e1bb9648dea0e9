"""Symbol table entries, the def-use flags and name mangling.

Mirrors Include/internal/pycore_symtable.h (the flags, _Py_block_ty, _Py_comprehension_ty,
PySTEntryObject, struct symtable) and the small accessors of Python/symtable.c: _PyST_GetSymbol,
_PyST_GetScope, _PyST_IsFunctionLike, _Py_Mangle and _Py_MaybeMangle. The two passes that fill
the table live in symtable_builder.py and symtable_analysis.py. Left out: the Python-visible
`symtable entry` type of Modules/symtablemodule.c (symtable_dump.py reads these objects
directly) and the reference counting.
"""
from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from .instruction_sequence import Location

if TYPE_CHECKING:
    from .future import FutureFeatures

# Flags for def-use information (pycore_symtable.h).
DEF_GLOBAL = 1                  # global statement
DEF_LOCAL = 2                   # assignment in code block
DEF_PARAM = 2 << 1              # formal parameter
DEF_NONLOCAL = 2 << 2           # nonlocal statement
USE = 2 << 3                    # name is used
DEF_FREE_CLASS = 2 << 5         # free variable from class's method
DEF_IMPORT = 2 << 6             # assignment occurred via import
DEF_ANNOT = 2 << 7              # this name is annotated
DEF_COMP_ITER = 2 << 8          # this name is a comprehension iteration variable
DEF_TYPE_PARAM = 2 << 9         # this name is a type parameter
DEF_COMP_CELL = 2 << 10         # this name is a cell in an inlined comprehension
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# The scope of a name, stored in its flags at bits SCOPE_OFFSET and up after the analysis.
SCOPE_OFFSET = 12
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# compile() flag that lets a module block await (Include/cpython/compile.h), which reaches the
# symbol table among the future features.
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class BlockType(IntEnum):
    """_Py_block_ty."""

    FunctionBlock = 0
    ClassBlock = 1
    ModuleBlock = 2
    AnnotationBlock = 3
    TypeAliasBlock = 4
    TypeParametersBlock = 5
    TypeVariableBlock = 6


class ComprehensionType(IntEnum):
    """_Py_comprehension_ty."""

    NoComprehension = 0
    ListComprehension = 1
    DictComprehension = 2
    SetComprehension = 3
    GeneratorExpression = 4


FunctionBlock, ClassBlock, ModuleBlock, AnnotationBlock, TypeAliasBlock, TypeParametersBlock, \
    TypeVariableBlock = BlockType
NoComprehension, ListComprehension, DictComprehension, SetComprehension, GeneratorExpression = \
    ComprehensionType

_FUNCTION_LIKE = frozenset((FunctionBlock, AnnotationBlock, TypeVariableBlock, TypeAliasBlock,
                            TypeParametersBlock))


def block_key(node: object, offset: int = 0) -> object:
    """The key of the block that `node` opens (C: the node's address, plus `offset`).

    C keys a few blocks by `address + 1` so that two blocks opened by one node differ (the
    annotations of a class or module body, a TypeVar's default); here that is (id, offset).
    """
    return id(node) if not offset else (id(node), offset)


class SymTableEntry:
    """PySTEntryObject: one namespace (block) and what the symbol table knows of its names."""

    __slots__ = ("id", "symbols", "name", "varnames", "children", "directives", "mangled_names",
                 "type", "scope_info", "nested", "generator", "coroutine", "annotations_used",
                 "comprehension", "varargs", "varkeywords", "returns_value", "needs_class_closure",
                 "needs_classdict", "comp_inlined", "comp_iter_target", "can_see_class_scope",
                 "has_docstring", "method", "has_conditional_annotations", "in_conditional_block",
                 "in_unevaluated_annotation", "comp_iter_expr", "loc", "annotation_block", "table",
                 "key_node")

    def __init__(self, table: SymTable, name: str, block: BlockType, key_node: object, offset: int,
                 loc: Location) -> None:
        """Mirrors symtable.c: ste_new (registration in st_blocks included)."""
        self.table = table
        self.key_node = key_node        # keeps the key's object, hence its id, alive
        self.id = block_key(key_node, offset)
        self.name = name
        self.symbols: dict[str, int] = {}
        self.varnames: list[str] = []
        self.children: list[SymTableEntry] = []
        self.directives: list[tuple[str, int, int, int, int]] | None = None
        self.mangled_names: set[str] | None = None
        self.type = block
        self.scope_info: str | None = None
        self.loc = loc
        cur = table.cur
        self.nested = cur is not None and (cur.nested or cur.type in _FUNCTION_LIKE)
        self.generator = False
        self.coroutine = False
        self.annotations_used = False
        self.comprehension = NoComprehension
        self.varargs = False
        self.varkeywords = False
        self.returns_value = False
        self.needs_class_closure = False
        self.needs_classdict = False
        self.comp_inlined = False
        self.comp_iter_target = False
        self.can_see_class_scope = False
        self.comp_iter_expr = 0
        self.has_conditional_annotations = False
        self.in_conditional_block = False
        self.in_unevaluated_annotation = False
        self.annotation_block: SymTableEntry | None = None
        self.has_docstring = False
        self.method = cur is not None and cur.type == ClassBlock and block == FunctionBlock
        table.blocks[self.id] = self

    @property
    def lineno(self) -> int:
        return self.loc.lineno

    @property
    def col_offset(self) -> int:
        return self.loc.col_offset

    @property
    def end_lineno(self) -> int:
        return self.loc.end_lineno

    @property
    def end_col_offset(self) -> int:
        return self.loc.end_col_offset

    def __repr__(self) -> str:
        return f"<symtable entry {self.name}({self.id}), line {self.loc.lineno}>"


class SymTable:
    """struct symtable: every block of one module, keyed as _PySymtable_Lookup keys them."""

    __slots__ = ("filename", "cur", "top", "blocks", "stack", "global_", "private", "future")

    def __init__(self, filename: str, future: FutureFeatures) -> None:
        self.filename = filename
        self.cur: SymTableEntry | None = None
        self.top: SymTableEntry | None = None
        self.blocks: dict[object, SymTableEntry] = {}
        self.stack: list[SymTableEntry] = []
        self.global_: dict[str, int] | None = None     # st_global: the module's symbols
        self.private: str | None = None
        self.future = future

    def lookup(self, key_node: object, offset: int = 0) -> SymTableEntry:
        """_PySymtable_Lookup: the entry of the block `key_node` opens (see block_key)."""
        try:
            return self.blocks[block_key(key_node, offset)]
        except KeyError:
            raise KeyError("unknown symbol table entry") from None

    def lookup_optional(self, key_node: object, offset: int = 0) -> SymTableEntry | None:
        """_PySymtable_LookupOptional: the entry, or None where `key_node` opens no block."""
        return self.blocks.get(block_key(key_node, offset))


def get_symbol(ste: SymTableEntry, name: str) -> int:
    """_PyST_GetSymbol: the flags of `name` in `ste` (0 where it is not there)."""
    return ste.symbols.get(name, 0)


def get_scope(ste: SymTableEntry, name: str) -> int:
    """_PyST_GetScope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0."""
    return (ste.symbols.get(name, 0) >> SCOPE_OFFSET) & SCOPE_MASK


def is_function_like(ste: SymTableEntry) -> bool:
    """_PyST_IsFunctionLike: blocks compiled to their own function (all but class and module)."""
    return ste.type in _FUNCTION_LIKE


def mangle(privateobj: str | None, ident: str) -> str:
    """_Py_Mangle: `__spam` in class `_Ham` becomes `_Ham__spam` (not `__spam__`, not dotted)."""
    if privateobj is None or not ident.startswith("__"):
        return ident
    if ident.endswith("__") or "." in ident:
        return ident
    stripped = privateobj.lstrip("_")
    if not stripped:
        return ident
    return f"_{stripped}{ident}"


def maybe_mangle(privateobj: str | None, ste: SymTableEntry, name: str) -> str:
    """_Py_MaybeMangle: in the type-parameter block of a generic class only the type
    parameters themselves are mangled."""
    if ste.mangled_names is not None and name not in ste.mangled_names:
        return name
    return mangle(privateobj, name)
