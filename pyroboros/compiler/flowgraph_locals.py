"""The flow graph passes about local variables: LOAD_FAST_CHECK, superinstructions,
LOAD_FAST_BORROW, and the locals-plus layout (cells, free variables, generator prefix).

Mirrors Python/flowgraph.c: add_checks_for_loads_of_uninitialized_variables (with
scan_block_for_locals and fast_scan_many_locals), insert_superinstructions,
optimize_load_fast (the abstract interpretation that proves a borrowed reference
safe), and prepare_localsplus (build_cellfixedoffsets, insert_prefix_instructions,
fix_cell_offsets). Left out: nothing of these passes; the abstract stack is a plain list of
(instruction index, local) pairs instead of CPython's ref_stack.
"""
from __future__ import annotations

from ..bytecode import opcodes as op
from ..objects.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR
from .flowgraph_cfg import (BLOCK_PUSH, HAS_TARGET, NO_FALLTHROUGH, NO_LOCATION, Block, Instr,
                            is_jump, popped_pushed)
from .instruction_sequence import Location
from .unit_metadata import CodeUnitMetadata

_CLEARS_LOCAL = (op.DELETE_FAST, op.LOAD_FAST_AND_CLEAR, op.STORE_FAST_MAYBE_NULL)
_MASK64 = (1 << 64) - 1


def _maybe_push(b: Block, unsafe_mask: int, stack: list[Block]) -> None:
    both = b.unsafe_locals_mask | unsafe_mask
    if b.unsafe_locals_mask != both:
        b.unsafe_locals_mask = both
        if not b.visited:
            stack.append(b)
            b.visited = True


def _scan_block_for_locals(b: Block, stack: list[Block]) -> None:
    unsafe_mask = b.unsafe_locals_mask
    for instr in b.instrs:
        if instr.except_ is not None:
            _maybe_push(instr.except_, unsafe_mask, stack)
        if instr.oparg >= 64:
            continue
        bit = 1 << instr.oparg
        opcode = instr.opcode
        if opcode in _CLEARS_LOCAL:
            unsafe_mask |= bit
        elif opcode == op.STORE_FAST or opcode == op.LOAD_FAST_CHECK:
            unsafe_mask &= ~bit
        elif opcode == op.LOAD_FAST:
            if unsafe_mask & bit:
                instr.opcode = op.LOAD_FAST_CHECK
            unsafe_mask &= ~bit
    if b.next is not None and b.has_fallthrough():
        _maybe_push(b.next, unsafe_mask, stack)
    last = b.last()
    if last is not None and is_jump(last.opcode):
        _maybe_push(last.target, unsafe_mask, stack)


def _fast_scan_many_locals(blocks: list[Block], nlocals: int) -> None:
    """fast_scan_many_locals: locals past the 64th are only tracked within a block."""
    states = [0] * (nlocals - 64)
    blocknum = 0
    for b in blocks:
        blocknum += 1
        for instr in b.instrs:
            arg = instr.oparg
            if arg < 64:
                continue
            opcode = instr.opcode
            if opcode in _CLEARS_LOCAL:
                states[arg - 64] = blocknum - 1
            elif opcode == op.STORE_FAST:
                states[arg - 64] = blocknum
            elif opcode == op.LOAD_FAST:
                if states[arg - 64] != blocknum:
                    instr.opcode = op.LOAD_FAST_CHECK
                states[arg - 64] = blocknum


def add_checks_for_loads_of_uninitialized_variables(blocks: list[Block], nlocals: int,
                                                    nparams: int) -> None:
    """add_checks_for_loads_of_uninitialized_variables: LOAD_FAST_CHECK wherever a local may
    be unbound."""
    if nlocals == 0:
        return
    if nlocals > 64:
        _fast_scan_many_locals(blocks, nlocals)
        nlocals = 64
    for b in blocks:
        b.visited = False
    stack: list[Block] = []
    start_mask = 0
    for i in range(nparams, nlocals):
        start_mask |= 1 << i
    _maybe_push(blocks[0], start_mask, stack)
    for b in blocks:
        _scan_block_for_locals(b, stack)
    while stack:
        b = stack.pop()
        b.visited = False
        _scan_block_for_locals(b, stack)


def _make_super_instruction(inst1: Instr, inst2: Instr, super_op: int) -> None:
    line1 = inst1.loc.lineno
    line2 = inst2.loc.lineno
    if line1 >= 0 and line2 >= 0 and line1 != line2:
        return
    if inst1.oparg >= 16 or inst2.oparg >= 16:
        return
    inst1.set_op1(super_op, (inst1.oparg << 4) | inst2.oparg)
    inst2.set_op0(op.NOP)


def insert_superinstructions(blocks: list[Block]) -> None:
    """insert_superinstructions (the caller removes the NOPs left behind)."""
    for b in blocks:
        instrs = b.instrs
        for i in range(len(instrs) - 1):
            inst = instrs[i]
            nextop = instrs[i + 1].opcode
            if inst.opcode == op.LOAD_FAST:
                if nextop == op.LOAD_FAST:
                    _make_super_instruction(inst, instrs[i + 1], op.LOAD_FAST_LOAD_FAST)
            elif inst.opcode == op.STORE_FAST:
                if nextop == op.LOAD_FAST:
                    _make_super_instruction(inst, instrs[i + 1], op.STORE_FAST_LOAD_FAST)
                elif nextop == op.STORE_FAST:
                    _make_super_instruction(inst, instrs[i + 1], op.STORE_FAST_STORE_FAST)


# optimize_load_fast: an abstract stack of (producing instruction index, local) references
NOT_LOCAL = -1
DUMMY_INSTR = -1
SUPPORT_KILLED = 1   # the local was overwritten while the reference was on the stack
STORED_AS_LOCAL = 2  # the reference was stored into a local
REF_UNCONSUMED = 4   # the reference is still on the stack at the end of the block

_PUSHES_WITHOUT_CONSUMING = frozenset((op.GET_ANEXT, op.GET_LEN, op.IMPORT_FROM, op.MATCH_KEYS,
                                       op.MATCH_MAPPING, op.MATCH_SEQUENCE,
                                       op.WITH_EXCEPT_START))
_CONSUMES_WITHOUT_PUSHING = frozenset((op.DICT_MERGE, op.DICT_UPDATE, op.LIST_APPEND,
                                       op.LIST_EXTEND, op.MAP_ADD, op.RERAISE, op.SET_ADD,
                                       op.SET_UPDATE))


def _kill_local(flags: list[int], refs: list[tuple[int, int]], local: int) -> None:
    for instr, ref_local in refs:
        if ref_local == local:
            flags[instr] |= SUPPORT_KILLED


def _store_local(flags: list[int], refs: list[tuple[int, int]], local: int,
                 ref: tuple[int, int]) -> None:
    _kill_local(flags, refs, local)
    if ref[0] != DUMMY_INSTR:
        flags[ref[0]] |= STORED_AS_LOCAL


def optimize_load_fast(blocks: list[Block]) -> None:
    """optimize_load_fast: LOAD_FAST{_LOAD_FAST} -> LOAD_FAST_BORROW{_LOAD_FAST_BORROW} where
    the frame's reference provably outlives the borrowed one (see flowgraph.c)."""
    for b in blocks:
        b.visited = False
    entry = blocks[0]
    entry.startdepth = 0
    entry.visited = True
    worklist = [entry]

    def push_block(target: Block) -> None:
        if not target.visited:
            target.visited = True
            worklist.append(target)

    while worklist:
        block = worklist.pop()
        instrs = block.instrs
        flags = [0] * len(instrs)
        refs: list[tuple[int, int]] = [(DUMMY_INSTR, NOT_LOCAL)] * max(block.startdepth, 0)
        for i, instr in enumerate(instrs):
            opcode = instr.opcode
            oparg = instr.oparg
            if opcode == op.LOAD_FAST:
                refs.append((i, oparg))
            elif opcode == op.LOAD_FAST_AND_CLEAR:
                _kill_local(flags, refs, oparg)
                refs.append((i, oparg))
            elif opcode == op.DELETE_FAST:
                _kill_local(flags, refs, oparg)
            elif opcode == op.LOAD_FAST_LOAD_FAST:
                refs.append((i, oparg >> 4))
                refs.append((i, oparg & 15))
            elif opcode == op.STORE_FAST:
                _store_local(flags, refs, oparg, refs.pop())
            elif opcode == op.STORE_FAST_LOAD_FAST:
                _store_local(flags, refs, oparg >> 4, refs.pop())
                refs.append((i, oparg & 15))
            elif opcode == op.STORE_FAST_STORE_FAST:
                _store_local(flags, refs, oparg >> 4, refs.pop())
                _store_local(flags, refs, oparg & 15, refs.pop())
            elif opcode == op.COPY:
                refs.append(refs[len(refs) - oparg])
            elif opcode == op.SWAP:
                refs[-1], refs[-oparg] = refs[-oparg], refs[-1]
            elif opcode in _PUSHES_WITHOUT_CONSUMING:
                popped, pushed = popped_pushed(opcode, oparg)
                # CPython pushes the loop counter here, not the instruction index
                for k in range(pushed - popped):
                    refs.append((k, NOT_LOCAL))
            elif opcode in _CONSUMES_WITHOUT_PUSHING:
                popped, pushed = popped_pushed(opcode, oparg)
                del refs[len(refs) - (popped - pushed):]
            elif opcode == op.CHECK_EXC_MATCH:
                refs.pop()
                refs.append((i, NOT_LOCAL))
            elif opcode == op.FOR_ITER:
                push_block(instr.target)
                refs.append((i, NOT_LOCAL))
            elif opcode == op.LOAD_ATTR or opcode == op.LOAD_SUPER_ATTR:
                self_ref = refs.pop()
                if opcode == op.LOAD_SUPER_ATTR:
                    refs.pop()
                    refs.pop()
                refs.append((i, NOT_LOCAL))
                if oparg & 1:
                    refs.append(self_ref)
            elif opcode == op.FORMAT_SIMPLE or opcode == op.GET_YIELD_FROM_ITER:
                pass  # the result may be the input itself (a str; a generator)
            elif opcode == op.LOAD_SPECIAL or opcode == op.PUSH_EXC_INFO:
                # the value on top stays on top, with a new value under it
                tos = refs.pop()
                refs.append((i, NOT_LOCAL))
                refs.append(tos)
            elif opcode == op.SEND:
                push_block(instr.target)
                refs.pop()
                refs.append((i, NOT_LOCAL))
            else:
                num_popped, num_pushed = popped_pushed(opcode, oparg)
                if opcode in HAS_TARGET:
                    push_block(instr.target)
                if opcode not in BLOCK_PUSH:
                    if num_popped:
                        del refs[len(refs) - num_popped:]
                    for _ in range(num_pushed):
                        refs.append((i, NOT_LOCAL))
        term = block.last()
        if term is not None and block.next is not None and term.opcode not in NO_FALLTHROUGH:
            push_block(block.next)
        for instr_index, _ in refs:
            if instr_index != DUMMY_INSTR:
                flags[instr_index] |= REF_UNCONSUMED
        for i, instr in enumerate(instrs):
            if not flags[i]:
                if instr.opcode == op.LOAD_FAST:
                    instr.opcode = op.LOAD_FAST_BORROW
                elif instr.opcode == op.LOAD_FAST_LOAD_FAST:
                    instr.opcode = op.LOAD_FAST_BORROW_LOAD_FAST_BORROW


def _is_generator(code_flags: int) -> bool:
    return bool(code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))


def _build_cellfixedoffsets(umd: CodeUnitMetadata) -> list[int]:
    nlocals = len(umd.varnames)
    fixed = list(range(nlocals, nlocals + len(umd.cellvars) + len(umd.freevars)))
    for name, cellindex in umd.cellvars.items():
        argoffset = umd.varnames.get(name)
        if argoffset is not None:
            fixed[cellindex] = argoffset
    return fixed


def _insert_prefix_instructions(umd: CodeUnitMetadata, entry: Block, fixed: list[int],
                                nfreevars: int, code_flags: int) -> None:
    if _is_generator(code_flags):
        loc = Location(umd.firstlineno, umd.firstlineno, -1, -1)
        entry.instrs[0:0] = [Instr(op.RETURN_GENERATOR, 0, loc), Instr(op.POP_TOP, 0, loc)]
    ncellvars = len(umd.cellvars)
    if ncellvars:
        # cells go in locals-plus order (arguments that are cells first)
        sorted_cells = [-1] * (ncellvars + len(umd.varnames))
        for i in range(ncellvars):
            sorted_cells[fixed[i]] = i
        make_cells = [Instr(op.MAKE_CELL, oldindex, NO_LOCATION)
                      for oldindex in sorted_cells if oldindex != -1]
        entry.instrs[0:0] = make_cells
    if nfreevars:
        entry.instrs.insert(0, Instr(op.COPY_FREE_VARS, nfreevars, NO_LOCATION))


_DEREF_OPS = frozenset((op.MAKE_CELL, op.LOAD_CLOSURE, op.LOAD_DEREF, op.STORE_DEREF,
                        op.DELETE_DEREF, op.LOAD_FROM_DICT_OR_DEREF))


def _fix_cell_offsets(umd: CodeUnitMetadata, blocks: list[Block], fixedmap: list[int]) -> int:
    nlocals = len(umd.varnames)
    numdropped = 0
    for i in range(len(fixedmap)):
        if fixedmap[i] == i + nlocals:
            fixedmap[i] -= numdropped
        else:
            numdropped += 1  # a cell that is also an argument
    for b in blocks:
        for inst in b.instrs:
            if inst.opcode in _DEREF_OPS:
                inst.oparg = fixedmap[inst.oparg]
    return numdropped


def prepare_localsplus(umd: CodeUnitMetadata, blocks: list[Block], code_flags: int) -> int:
    """prepare_localsplus: insert the prefix instructions and renumber cell and free
    variables to their locals-plus slots. Returns the number of locals-plus slots."""
    nlocalsplus = len(umd.varnames) + len(umd.cellvars) + len(umd.freevars)
    fixed = _build_cellfixedoffsets(umd)
    _insert_prefix_instructions(umd, blocks[0], fixed, len(umd.freevars), code_flags)
    return nlocalsplus - _fix_cell_offsets(umd, blocks, fixed)
