"""What a code unit knows besides its instructions: names, constants, argument counts.

Mirrors _PyCompile_CodeUnitMetadata (Include/internal/pycore_compile.h). compile.py fills it
while codegen runs; the flow graph and the assembler read it to build the code object. The
dicts map each object to its index in the matching co_* tuple (insertion order = index).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .instruction_sequence import InstructionSequence


@dataclass
class CodeUnitMetadata:
    name: str
    qualname: str | None = None
    consts: dict = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    varnames: dict[str, int] = field(default_factory=dict)
    cellvars: dict[str, int] = field(default_factory=dict)
    freevars: dict[str, int] = field(default_factory=dict)
    fasthidden: dict[str, bool] = field(default_factory=dict)
    argcount: int = 0
    posonlyargcount: int = 0
    kwonlyargcount: int = 0
    firstlineno: int = 0


class NestedCodeStub:
    """What codegen_only makes of a nested unit instead of a code object: the parts of a code
    object that the enclosing unit's codegen reads (its free variables and its name)."""

    __slots__ = ("co_name", "co_qualname", "co_freevars", "contents")

    def __init__(self, umd: CodeUnitMetadata, seq: InstructionSequence) -> None:
        self.co_name = umd.name
        self.co_qualname = umd.qualname
        self.co_freevars = tuple(sorted(umd.freevars, key=umd.freevars.__getitem__))
        self.contents = (umd.name, tuple(seq.get_instructions()), tuple(umd.consts))

    def __repr__(self) -> str:
        return f"<code object {self.co_name}>"
