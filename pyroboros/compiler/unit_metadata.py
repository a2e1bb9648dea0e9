"""What a code unit knows besides its instructions: names, constants, argument counts.

Mirrors _PyCompile_CodeUnitMetadata (Include/internal/pycore_compile.h). compile.py fills it
while codegen runs; the flow graph and the assembler read it to build the code object. The
dicts map each object to its index in the matching co_* tuple (insertion order = index).
"""
from __future__ import annotations

from dataclasses import dataclass, field


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
