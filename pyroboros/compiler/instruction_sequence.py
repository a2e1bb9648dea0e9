"""The instruction sequence: what codegen emits and the flow graph and assembler consume.

Mirrors Python/instruction_sequence.c and Include/internal/pycore_instruction_sequence.h.
Labels are small integers handed out by `new_label`; `use_label` places one before the next
instruction; `apply_label_map` turns jump opargs (and handler labels) that name labels into
instruction indices. Left out: the Python-visible InstructionSequence type of
_testinternalcapi (`get_instructions` gives the same tuples, for differential tests).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..bytecode.opcodes import BY_NUMBER


class Location(NamedTuple):
    """_Py_SourceLocation: 1-based lines, 0-based UTF-8 byte columns; -1 where unknown. A
    named tuple because codegen makes one per node and tuples are the cheapest to build."""

    lineno: int
    end_lineno: int
    col_offset: int
    end_col_offset: int


NO_LOCATION = Location(-1, -1, -1, -1)
NO_LABEL = -1


@dataclass(slots=True)
class ExceptHandlerInfo:
    """_PyExceptHandlerInfo: the handler an instruction's exceptions go to."""

    label: int = NO_LABEL
    startdepth: int = -1
    preserve_lasti: int = 0


# the handler of instructions that have none: shared, and never mutated (apply_label_map only
# rewrites handlers whose label is set)
NO_EXCEPT_HANDLER = ExceptHandlerInfo()


class Instruction:
    """_PyInstruction. `target` and `offset` are scratch fields of the later passes."""

    __slots__ = ("opcode", "oparg", "loc", "except_handler_info", "target", "offset")

    def __init__(self, opcode: int, oparg: int, loc: Location,
                 except_handler_info: ExceptHandlerInfo = NO_EXCEPT_HANDLER) -> None:
        self.opcode = opcode
        self.oparg = oparg
        self.loc = loc
        self.except_handler_info = except_handler_info
        self.target = 0
        self.offset = 0


# HAS_TARGET (pycore_opcode_utils.h): jumps and the SETUP_* block pseudo-instructions
HAS_TARGET = frozenset(number for number, op in BY_NUMBER.items()
                       if op.has_jump or op.name in ("SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH"))


class InstructionSequence:
    """_PyInstructionSequence."""

    __slots__ = ("instrs", "next_free_label", "labelmap", "nested", "annotations_code")

    def __init__(self) -> None:
        self.instrs: list[Instruction] = []
        self.next_free_label = 0
        self.labelmap: dict[int, int] | None = {}
        self.nested: list[InstructionSequence] = []
        self.annotations_code: InstructionSequence | None = None

    def new_label(self) -> int:
        """_PyInstructionSequence_NewLabel."""
        self.next_free_label += 1
        return self.next_free_label

    def use_label(self, label: int) -> None:
        """_PyInstructionSequence_UseLabel: the label refers to the next instruction."""
        self.labelmap[label] = len(self.instrs)

    def addop(self, opcode: int, oparg: int, loc: Location) -> None:
        """_PyInstructionSequence_Addop."""
        self.instrs.append(Instruction(opcode, oparg, loc))

    def insert_instruction(self, pos: int, opcode: int, oparg: int, loc: Location) -> None:
        """_PyInstructionSequence_InsertInstruction: labels at or after `pos` move down one."""
        self.instrs.insert(pos, Instruction(opcode, oparg, loc))
        for label, index in self.labelmap.items():
            if index >= pos:
                self.labelmap[label] = index + 1

    def apply_label_map(self) -> None:
        """_PyInstructionSequence_ApplyLabelMap: replace labels by instruction indices."""
        if self.labelmap is None:
            return
        for instr in self.instrs:
            if instr.opcode in HAS_TARGET:
                instr.oparg = self.labelmap[instr.oparg]
            handler = instr.except_handler_info
            if handler.label >= 0:
                handler.label = self.labelmap[handler.label]
        self.labelmap = None

    def add_nested(self, nested: InstructionSequence) -> None:
        """_PyInstructionSequence_AddNested."""
        self.nested.append(nested)

    def set_annotations_code(self, annotations: InstructionSequence) -> None:
        """_PyInstructionSequence_SetAnnotationsCode."""
        self.annotations_code = annotations

    def get_instructions(self) -> list[tuple]:
        """The (opcode, oparg or None, lineno, end_lineno, col, end_col) tuples that
        _testinternalcapi's InstructionSequence.get_instructions returns."""
        self.apply_label_map()
        return [(i.opcode, i.oparg if BY_NUMBER[i.opcode].has_arg else None, i.loc.lineno,
                 i.loc.end_lineno, i.loc.col_offset, i.loc.end_col_offset) for i in self.instrs]
