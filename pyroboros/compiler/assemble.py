"""The assembler: an optimized instruction sequence becomes a code object.

Mirrors Python/assemble.c: jump directions and offsets (resolve_unconditional_jumps,
resolve_jump_offsets, growing EXTENDED_ARG prefixes until they settle), the code units with
their inline CACHE entries (write_instr), the PEP 626/657 location table (co_linetable, format
in Objects/locations.md), the exception table (co_exceptiontable, format in
Objects/exception_handling_notes.txt), the locals-plus names and kinds
(compute_localsplus_info) and makecode. Everything that becomes part of the code object goes
through the constant cache, as in CPython. Left out: _PyCode_Validate's checks of hand-made
input.
"""
from __future__ import annotations

from ..bytecode import opcodes as op
from ..bytecode.opcodes import BY_NUMBER
from ..objects.code import (CO_FAST_ARG_KW, CO_FAST_ARG_POS, CO_FAST_ARG_VAR, CO_FAST_CELL,
                            CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_VARARGS,
                            CO_VARKEYWORDS, Code)
from .const_cache import merge_constant
from .flowgraph_cfg import JUMPS, TERMINATOR
from .instruction_sequence import Instruction, InstructionSequence, Location
from .unit_metadata import CodeUnitMetadata

END_SEND_OFFSET = 5  # code units from a SEND to its END_SEND (SEND, cache, YIELD, RESUME, JUMP)
NEXT_LOCATION = Location(-2, -2, -2, -2)
_CACHES = {o.number: o.cache_entries for o in BY_NUMBER.values()}

# location table entry codes (Include/cpython/code.h: _PyCodeLocationInfoKind)
LOCATION_SHORT0 = 0
LOCATION_ONE_LINE0 = 10
LOCATION_NO_COLUMNS = 13
LOCATION_LONG = 14
LOCATION_NONE = 15


def instr_size(opcode: int, oparg: int) -> int:
    """_PyCompile_InstrSize: code units, EXTENDED_ARG prefixes and caches included."""
    extended_args = (oparg > 0xFFFFFF) + (oparg > 0xFFFF) + (oparg > 0xFF)
    return extended_args + 1 + _CACHES[opcode]


def _resolve_unconditional_jumps(instrs: list[Instruction]) -> None:
    for i, instr in enumerate(instrs):
        if instr.opcode == op.JUMP:
            instr.opcode = op.JUMP_FORWARD if instr.oparg > i else op.JUMP_BACKWARD
        elif instr.opcode == op.JUMP_NO_INTERRUPT:
            instr.opcode = (op.JUMP_FORWARD if instr.oparg > i
                            else op.JUMP_BACKWARD_NO_INTERRUPT)


def _resolve_jump_offsets(instrs: list[Instruction]) -> int:
    """Jump opargs go from instruction indices to code-unit distances; `offset` of every
    instruction is set to its position in code units. Returns the code's size."""
    jumps = [instr for instr in instrs if instr.opcode in JUMPS]
    for instr in jumps:
        instr.target = instr.oparg
    while True:
        totsize = 0
        for instr in instrs:
            instr.offset = totsize
            totsize += instr_size(instr.opcode, instr.oparg)
        extended_arg_recompile = False
        for instr in jumps:
            isize = instr_size(instr.opcode, instr.oparg)
            offset = instr.offset + isize  # jumps are relative to the next instruction
            target_offset = instrs[instr.target].offset
            if instr.opcode == op.END_ASYNC_FOR:
                # sys.monitoring finds the END_SEND from here; the target is the SEND
                instr.oparg = offset - target_offset - END_SEND_OFFSET
            elif target_offset < offset:
                instr.oparg = offset - target_offset
            else:
                instr.oparg = target_offset - offset
            if instr_size(instr.opcode, instr.oparg) != isize:
                extended_arg_recompile = True
        if not extended_arg_recompile:
            return totsize


def _emit_code(instrs: list[Instruction]) -> bytes:
    """write_instr for every instruction: EXTENDED_ARGs, the instruction, its caches."""
    code = bytearray()
    for instr in instrs:
        opcode = instr.opcode
        oparg = instr.oparg
        caches = _CACHES[opcode]
        for shift in (24, 16, 8)[4 - (instr_size(opcode, oparg) - caches):]:
            code += bytes((op.EXTENDED_ARG, (oparg >> shift) & 0xFF))
        code += bytes((opcode, oparg & 0xFF))
        code += b"\0\0" * caches
    return bytes(code)


def _write_varint(out: bytearray, val: int) -> None:
    while val >= 64:
        out.append(64 | (val & 63))
        val >>= 6
    out.append(val)


def _write_signed_varint(out: bytearray, val: int) -> None:
    _write_varint(out, ((-val) << 1) | 1 if val < 0 else val << 1)


class _LocationWriter:
    """The location table of one code object (write_location_info_entry and friends)."""

    def __init__(self, firstlineno: int) -> None:
        self.table = bytearray()
        self.lineno = firstlineno

    def _first_byte(self, code: int, length: int) -> None:
        self.table.append(0x80 | (code << 3) | (length - 1))

    def entry(self, loc: Location, isize: int) -> None:
        table = self.table
        if loc.lineno < 0:
            self._first_byte(LOCATION_NONE, isize)
            return
        line_delta = loc.lineno - self.lineno
        column = loc.col_offset
        end_column = loc.end_col_offset
        if column < 0 or end_column < 0:
            if loc.end_lineno == loc.lineno or loc.end_lineno == -1:
                self._first_byte(LOCATION_NO_COLUMNS, isize)
                _write_signed_varint(table, line_delta)
                self.lineno = loc.lineno
                return
        elif loc.end_lineno == loc.lineno:
            if line_delta == 0 and column < 80 and 0 <= end_column - column < 16:
                self._first_byte(LOCATION_SHORT0 + (column >> 3), isize)
                table.append(((column & 7) << 4) | (end_column - column))
                return
            if 0 <= line_delta < 3 and column < 128 and end_column < 128:
                self._first_byte(LOCATION_ONE_LINE0 + line_delta, isize)
                table.append(column)
                table.append(end_column)
                self.lineno = loc.lineno
                return
        self._first_byte(LOCATION_LONG, isize)
        _write_signed_varint(table, line_delta)
        _write_varint(table, loc.end_lineno - loc.lineno)
        _write_varint(table, loc.col_offset + 1)
        _write_varint(table, loc.end_col_offset + 1)
        self.lineno = loc.lineno

    def emit(self, loc: Location, isize: int) -> None:
        """assemble_emit_location: entries cover at most 8 code units."""
        while isize > 8:
            self.entry(loc, 8)
            isize -= 8
        if isize:
            self.entry(loc, isize)


def _location_table(instrs: list[Instruction], firstlineno: int, totsize: int) -> bytes:
    """assemble_location_info (instruction offsets already resolved)."""
    for i in range(len(instrs) - 1, -1, -1):
        instr = instrs[i]
        if instr.loc.lineno == -2 and instr.loc == NEXT_LOCATION:
            if instr.opcode in TERMINATOR:
                instr.loc = Location(-1, -1, -1, -1)
            else:
                instr.loc = instrs[i + 1].loc
    writer = _LocationWriter(firstlineno)
    loc = Location(-1, -1, -1, -1)
    start = 0
    for instr in instrs:
        if instr.loc is not loc and instr.loc != loc:
            writer.emit(loc, instr.offset - start)
            loc = instr.loc
            start = instr.offset
    writer.emit(loc, totsize - start)
    return bytes(writer.table)


def _write_exception_item(out: bytearray, value: int, msb: int) -> None:
    """assemble_emit_exception_table_item: big-endian 6-bit groups."""
    for shift in (24, 18, 12, 6):
        if value >= 1 << shift:
            out.append(((value >> shift) & 0x3F) | 0x40 | msb)
            msb = 0
    out.append((value & 0x3F) | msb)


def _exception_table(instrs: list[Instruction], totsize: int) -> bytes:
    """assemble_exception_table: one entry per run of instructions with the same handler
    (instruction offsets already resolved)."""
    table = bytearray()

    def emit(start: int, end: int, handler) -> None:
        depth = handler.startdepth - 1
        if handler.preserve_lasti > 0:
            depth -= 1
        _write_exception_item(table, start, 0x80)
        _write_exception_item(table, end - start, 0)
        _write_exception_item(table, instrs[handler.label].offset, 0)
        _write_exception_item(table, (depth << 1) | handler.preserve_lasti, 0)

    handler = None
    label = -1
    start = -1
    for instr in instrs:
        info = instr.except_handler_info
        if info.label != label:
            if label >= 0:
                emit(start, instr.offset, handler)
            start = instr.offset
            handler = info
            label = info.label
    if label >= 0:
        emit(start, totsize, handler)
    return bytes(table)


def _localsplus_info(umd: CodeUnitMetadata, nlocalsplus: int,
                     code_flags: int) -> tuple[tuple[str, ...], bytes]:
    """compute_localsplus_info, with the argument kinds 3.14's code objects carry: the
    parameters come first, positional-only, positional-or-keyword, keyword-only, *args,
    **kwargs."""
    names: list[str | None] = [None] * nlocalsplus
    kinds = bytearray(nlocalsplus)
    for name, offset in umd.varnames.items():
        kind = CO_FAST_LOCAL
        if name in umd.fasthidden:
            kind |= CO_FAST_HIDDEN
        if name in umd.cellvars:
            kind |= CO_FAST_CELL
        names[offset] = name
        kinds[offset] = kind
    arg_kinds = ([CO_FAST_ARG_POS] * umd.posonlyargcount
                 + [CO_FAST_ARG_POS | CO_FAST_ARG_KW] * umd.argcount
                 + [CO_FAST_ARG_KW] * umd.kwonlyargcount)
    if code_flags & CO_VARARGS:
        arg_kinds.append(CO_FAST_ARG_POS | CO_FAST_ARG_VAR)
    if code_flags & CO_VARKEYWORDS:
        arg_kinds.append(CO_FAST_ARG_KW | CO_FAST_ARG_VAR)
    for offset, kind in enumerate(arg_kinds):
        kinds[offset] |= kind
    nlocals = len(umd.varnames)
    numdropped = 0  # cells that are also locals, as in fix_cell_offsets
    for name, offset in umd.cellvars.items():
        if name in umd.varnames:
            numdropped += 1
            continue
        names[offset + nlocals - numdropped] = name
        kinds[offset + nlocals - numdropped] = CO_FAST_CELL
    for name, offset in umd.freevars.items():
        names[offset + nlocals - numdropped] = name
        kinds[offset + nlocals - numdropped] = CO_FAST_FREE
    return tuple(names), bytes(kinds)


def _keys_in_order(mapping: dict) -> tuple:
    """dict_keys_inorder: the keys of a name -> index dict, by index."""
    keys = [None] * len(mapping)
    for key, index in mapping.items():
        keys[index] = key
    return tuple(keys)


def make_code_object(umd: CodeUnitMetadata, const_cache: dict, consts: list, stackdepth: int,
                     instrs: InstructionSequence, nlocalsplus: int, code_flags: int,
                     filename: str) -> Code:
    """_PyAssemble_MakeCodeObject: assemble `instrs` (an InstructionSequence, labels
    applied) into the code object of the unit `umd`."""
    instrs.apply_label_map()
    body = instrs.instrs
    _resolve_unconditional_jumps(body)
    totsize = _resolve_jump_offsets(body)
    code = _emit_code(body)
    linetable = _location_table(body, umd.firstlineno, totsize)
    exceptiontable = _exception_table(body, totsize)
    exceptiontable = merge_constant(const_cache, exceptiontable)
    linetable = merge_constant(const_cache, linetable)
    code = merge_constant(const_cache, code)
    names = merge_constant(const_cache, _keys_in_order(umd.names))
    consts_tuple = merge_constant(const_cache, tuple(consts))
    localsplusnames, localspluskinds = _localsplus_info(umd, nlocalsplus, code_flags)
    localsplusnames = merge_constant(const_cache, localsplusnames)
    # python3.14's code objects always have room for one value (even `def f(): raise`)
    stacksize = max(stackdepth, 1)
    return Code(umd.posonlyargcount + umd.argcount, umd.posonlyargcount, umd.kwonlyargcount,
                stacksize, code_flags, code, consts_tuple, names, localsplusnames,
                localspluskinds, filename, umd.name, umd.qualname or umd.name,
                umd.firstlineno, linetable, exceptiontable)
