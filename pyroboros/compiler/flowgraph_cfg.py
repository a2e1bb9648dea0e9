"""The control flow graph: basic blocks of instructions, and the builder that makes them.

Mirrors the data structures and block helpers at the top of Python/flowgraph.c
(cfg_instr, basicblock, cfg_builder, basicblock_* helpers; flowgraph.py's
cfg_from_instruction_sequence does _PyCfgBuilder_Addop/UseLabel's work inline)
and the opcode classes of Include/internal/pycore_opcode_utils.h. Blocks are chained by
`next` in layout order; `all_blocks` keeps every block ever made (CPython's b_list), which
the passes never need in order. Left out: the debugging dumps and CPython's memory
management (a block's instructions are a plain list).
"""
from __future__ import annotations

import functools

from ..bytecode import opcodes as op
from ..bytecode.opcodes import BY_NUMBER
from .instruction_sequence import HAS_TARGET, NO_LOCATION, Location

NO_LABEL = -1

JUMPS = frozenset(o.number for o in BY_NUMBER.values() if o.has_jump)
_HAS_CONST = frozenset(o.number for o in BY_NUMBER.values() if "CONST" in o.flags)
_EVAL_BREAK = frozenset(o.number for o in BY_NUMBER.values() if "EVAL_BREAK" in o.flags)
BLOCK_PUSH = frozenset((op.SETUP_FINALLY, op.SETUP_WITH, op.SETUP_CLEANUP))
SCOPE_EXIT = frozenset((op.RETURN_VALUE, op.RAISE_VARARGS, op.RERAISE))
UNCONDITIONAL_JUMP = frozenset((op.JUMP, op.JUMP_NO_INTERRUPT, op.JUMP_FORWARD, op.JUMP_BACKWARD,
                                op.JUMP_BACKWARD_NO_INTERRUPT))
CONDITIONAL_JUMP = frozenset((op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.POP_JUMP_IF_NONE,
                              op.POP_JUMP_IF_NOT_NONE))
TERMINATOR = JUMPS | SCOPE_EXIT
NO_FALLTHROUGH = SCOPE_EXIT | UNCONDITIONAL_JUMP


def is_jump(opcode: int) -> bool:
    return opcode in JUMPS


@functools.lru_cache(maxsize=None)
def popped_pushed(opcode: int, oparg: int) -> tuple[int, int]:
    """_PyOpcode_num_popped and _PyOpcode_num_pushed."""
    info = BY_NUMBER[opcode]
    return info.popped(oparg), info.pushed(oparg)


def has_const(opcode: int) -> bool:
    return opcode in _HAS_CONST


class Instr:
    """cfg_instr: an instruction whose jump target and exception handler are blocks."""

    __slots__ = ("opcode", "oparg", "loc", "target", "except_")

    def __init__(self, opcode: int, oparg: int, loc: Location, target: Block | None = None,
                 except_: Block | None = None) -> None:
        self.opcode = opcode
        self.oparg = oparg
        self.loc = loc
        self.target = target
        self.except_ = except_

    def copy(self) -> Instr:
        return Instr(self.opcode, self.oparg, self.loc, self.target, self.except_)

    def set_op0(self, opcode: int) -> None:
        """INSTR_SET_OP0."""
        self.opcode = opcode
        self.oparg = 0

    def set_op1(self, opcode: int, oparg: int) -> None:
        """INSTR_SET_OP1."""
        self.opcode = opcode
        self.oparg = oparg

    def __repr__(self) -> str:
        return f"Instr({BY_NUMBER[self.opcode].name}, {self.oparg}, line {self.loc.lineno})"


class Block:
    """basicblock."""

    __slots__ = ("label", "instrs", "next", "exceptstack", "unsafe_locals_mask", "predecessors",
                 "startdepth", "preserve_lasti", "visited", "except_handler", "cold", "warm",
                 "slot_excepts")

    def __init__(self) -> None:
        self.label = NO_LABEL
        self.instrs: list[Instr] = []
        self.next: Block | None = None
        self.exceptstack: list | None = None
        self.unsafe_locals_mask = 0
        self.predecessors = 0
        self.startdepth = 0
        self.preserve_lasti = False
        self.visited = False
        self.except_handler = False
        self.cold = False
        self.warm = False
        # CPython's b_instr array keeps stale entries past b_iused, and basicblock_addop does
        # not reset i_except: an instruction appended to a block that once was longer inherits
        # the handler of the instruction that last held its slot. slot_excepts[k] is that
        # handler for each slot k at or past the current end.
        self.slot_excepts: list[Block | None] = []

    def set_instrs(self, instrs: list[Instr]) -> None:
        """Shrink the block to `instrs` (b_iused decreasing), remembering the stale slots."""
        old = self.instrs
        slots = self.slot_excepts
        if len(slots) < len(old):
            slots.extend([None] * (len(old) - len(slots)))
        for k in range(len(instrs), len(old)):
            slots[k] = old[k].except_
        self.instrs = instrs

    def last(self) -> Instr | None:
        """basicblock_last_instr."""
        return self.instrs[-1] if self.instrs else None

    def exits_scope(self) -> bool:
        return bool(self.instrs) and self.instrs[-1].opcode in SCOPE_EXIT

    def has_fallthrough(self) -> bool:
        """BB_HAS_FALLTHROUGH."""
        return not self.instrs or self.instrs[-1].opcode not in NO_FALLTHROUGH

    def has_eval_break(self) -> bool:
        return any(instr.opcode in _EVAL_BREAK for instr in self.instrs)

    def has_no_lineno(self) -> bool:
        return all(instr.loc.lineno < 0 for instr in self.instrs)

    def addop(self, opcode: int, oparg: int, loc: Location, target: Block | None = None) -> Instr:
        """basicblock_addop (and basicblock_add_jump when `target` is given)."""
        slot = len(self.instrs)
        stale = self.slot_excepts[slot] if slot < len(self.slot_excepts) else None
        instr = Instr(opcode, oparg, loc, target, stale)
        self.instrs.append(instr)
        return instr

    def append_copies(self, source: Block) -> None:
        """basicblock_append_instructions."""
        self.instrs.extend(instr.copy() for instr in source.instrs)

    def __repr__(self) -> str:
        return f"<Block {self.label} {self.instrs}>"


def next_nonempty_block(b: Block | None) -> Block | None:
    while b is not None and not b.instrs:
        b = b.next
    return b


class CFGBuilder:
    """cfg_builder: the blocks of one code unit."""

    __slots__ = ("entryblock", "all_blocks")

    def __init__(self) -> None:
        self.all_blocks: list[Block] = []
        self.entryblock = self.new_block()

    def new_block(self) -> Block:
        """cfg_builder_new_block."""
        block = Block()
        self.all_blocks.append(block)
        return block

    def blocks(self) -> list[Block]:
        """The blocks in layout order (following `next` from the entry block), as a snapshot:
        the passes that insert blocks while walking follow `next` themselves."""
        out = []
        b = self.entryblock
        while b is not None:
            out.append(b)
            b = b.next
        return out

    def max_label(self) -> int:
        """get_max_label."""
        return max((b.label for b in self.blocks()), default=NO_LABEL)


__all__ = ["NO_LABEL", "JUMPS", "NO_LOCATION", "Instr", "Block", "CFGBuilder", "next_nonempty_block",
           "is_jump", "has_const", "popped_pushed", "BLOCK_PUSH", "SCOPE_EXIT", "UNCONDITIONAL_JUMP",
           "CONDITIONAL_JUMP", "HAS_TARGET", "TERMINATOR", "NO_FALLTHROUGH"]
