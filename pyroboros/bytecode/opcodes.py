"""CPython 3.14's instructions: one record per opcode, read from the generated table.

Mirrors Include/internal/pycore_opcode_metadata.h and Lib/opcode.py's data: numbers,
names, inline cache sizes, flags, stack effects, deoptimised base opcodes and the targets
of pseudo-instructions. This is the single description of each opcode that the compiler,
the VM's dispatch and the docs all read; `opcode_data.py` is generated from the reference
by tools/gen_opcode_table.py. Every opcode name is also a module constant (LOAD_FAST, ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import opcode_data
from .opcode_data import (CACHE_FORMAT, CMP_OP, COMMON_CONSTANTS, HAVE_ARGUMENT, INTRINSIC_1,
                          INTRINSIC_2, MAGIC_NUMBER, MIN_INSTRUMENTED_OPCODE, NB_OPS,
                          SPECIAL_METHOD_NAMES, SPECIALIZATIONS)

__all__ = ["Opcode", "BY_NAME", "BY_NUMBER", "MAGIC_NUMBER", "HAVE_ARGUMENT",
           "MIN_INSTRUMENTED_OPCODE", "CMP_OP", "NB_OPS", "INTRINSIC_1", "INTRINSIC_2",
           "SPECIAL_METHOD_NAMES", "COMMON_CONSTANTS", "CACHE_FORMAT", "SPECIALIZATIONS"]


@dataclass(frozen=True)
class Opcode:
    """One instruction of the 3.14 instruction set (real, specialized or pseudo)."""

    name: str
    number: int
    cache_entries: int
    flags: frozenset[str]
    popped: Callable[[int], int]
    pushed: Callable[[int], int]
    deopt: str
    pseudo_targets: tuple[str, ...]

    @property
    def is_pseudo(self) -> bool:
        return self.number >= 256

    @property
    def has_arg(self) -> bool:
        return "ARG" in self.flags

    @property
    def has_jump(self) -> bool:
        return "JUMP" in self.flags

    def stack_effect(self, oparg: int) -> int:
        return self.pushed(oparg) - self.popped(oparg)


def _effect(expression: str) -> Callable[[int], int]:
    return eval(f"lambda oparg: {expression}")  # the generated table's C expressions are Python


BY_NAME: dict[str, Opcode] = {
    name: Opcode(name, row["number"], row["cache"], frozenset(row["flags"]),
                 _effect(row["popped"]), _effect(row["pushed"]), row["deopt"],
                 tuple(row["pseudo_targets"]))
    for name, row in opcode_data.OPCODES.items()
}
BY_NUMBER: dict[int, Opcode] = {op.number: op for op in BY_NAME.values()}

globals().update({name: op.number for name, op in BY_NAME.items()})
