"""Decoding a code object once for the eval loop: instructions, handlers, locations.

Mirrors what ceval.c reads from a code object at run time: the 16-bit code units with
EXTENDED_ARG prefixes and inline caches (Python/bytecodes.c), the exception table
(Objects/exception_handling_notes.txt, Python/ceval.c: get_exception_handler; parsed by
bytecode/exception_table.py) and the positions (the code object's co_positions). The result
is cached in the code object's `_cache` slot. Jump arguments become absolute code-unit indexes, so the
loop never redoes the arithmetic. Left out: specialization (the cache entries are skipped).
"""
from __future__ import annotations

from typing import Any

from ..bytecode import exception_table
from ..bytecode import opcodes as op
from ..objects.typeobject import MISSING
from ..runtime.signals import register

_RELATIVE_FORWARD = {op.JUMP_FORWARD, op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE,
                     op.POP_JUMP_IF_NONE, op.POP_JUMP_IF_NOT_NONE, op.SEND}
_RELATIVE_BACKWARD = {op.JUMP_BACKWARD, op.JUMP_BACKWARD_NO_INTERRUPT}
_CACHES = [op.BY_NUMBER[n].cache_entries if n in op.BY_NUMBER else 0 for n in range(256)]

# Opcodes whose bodies are identical for a non-specializing, non-instrumented loop are decoded
# to one representative, so the eval loop's if-chain tests each body once.
SAME_BODY = {
    op.LOAD_FAST: op.LOAD_FAST_BORROW,
    op.LOAD_FAST_LOAD_FAST: op.LOAD_FAST_BORROW_LOAD_FAST_BORROW,
    op.JUMP_FORWARD: op.JUMP_BACKWARD,
    op.JUMP_BACKWARD_NO_INTERRUPT: op.JUMP_BACKWARD,
    op.NOT_TAKEN: op.NOP,
    op.RESUME: op.NOP,
    op.END_FOR: op.POP_TOP,
    op.POP_ITER: op.POP_TOP,
}


class Decoded:
    """A code object as the eval loop reads it."""

    __slots__ = ("instrs", "handlers", "positions", "nlocalsplus", "cell_slots", "free_start",
                 "simple_argcount", "unbound_tail", "backward_jumps", "__weakref__")

    def __init__(self, code: Any) -> None:
        self.instrs = decode_instructions(code.co_code)
        self.handlers = decode_exception_table(code.co_exceptiontable, len(self.instrs))
        self.positions: list | None = None
        self.nlocalsplus = len(code.co_localsplusnames)
        kinds = code.co_localspluskinds
        self.cell_slots = tuple(i for i, k in enumerate(kinds) if k & 0x40 and not k & 0x80)
        self.free_start = self.nlocalsplus - sum(1 for k in kinds if k & 0x80)
        # Calls passing exactly co_argcount positional arguments and nothing else bind by
        # copying (vm/eval.py's CALL): no *args, **kwargs, keyword-only or generator set-up.
        plain = not code.co_flags & 0x2AC and not code.co_kwonlyargcount
        self.simple_argcount = code.co_argcount if plain else -1
        self.unbound_tail = (MISSING,) * (self.nlocalsplus - code.co_argcount)
        self.backward_jumps = backward_jumps(code.co_code)


def decoded(code: Any) -> Decoded:
    cache = code._cache
    if cache is None:
        cache = code._cache = Decoded(code)
        register(cache)   # runtime/signals.py arms its eval-breaker points on SIGINT
    return cache


def backward_jumps(raw: bytes) -> tuple[int, ...]:
    """The indexes the loop reaches each JUMP_BACKWARD at (its first EXTENDED_ARG, if any):
    where CPython's JUMP_BACKWARD checks the eval breaker (JUMP_BACKWARD_NO_INTERRUPT does not)."""
    points = []
    start = None
    for j in range(len(raw) // 2):
        opcode = raw[2 * j]
        if opcode == op.EXTENDED_ARG:
            start = j if start is None else start
            continue
        if opcode == op.JUMP_BACKWARD:
            points.append(j if start is None else start)
        start = None
    return tuple(points)


def decode_instructions(raw: bytes) -> list[tuple[int, int, int]]:
    """One (opcode, argument, next index) per code unit; EXTENDED_ARG folded into its target,
    BINARY_OP's argument replaced by its host operator function (vm/ops.py)."""
    from .ops import BINARY_OPERATORS
    n = len(raw) // 2
    instrs: list[tuple[int, int, int]] = [(op.CACHE, 0, i + 1) for i in range(n)]
    i = 0
    while i < n:
        start = i
        opcode, arg = raw[2 * i], raw[2 * i + 1]
        while opcode == op.EXTENDED_ARG:
            i += 1
            opcode = raw[2 * i]
            arg = (arg << 8) | raw[2 * i + 1]
        nxt = i + 1 + _CACHES[opcode]
        if opcode in _RELATIVE_FORWARD:
            arg = nxt + arg
        elif opcode in _RELATIVE_BACKWARD:
            arg = nxt - arg
        elif opcode == op.FOR_ITER:
            arg = nxt + arg + 1   # past the END_FOR: the exhausted iterator is left for POP_ITER
        elif opcode == op.BINARY_OP:
            arg = BINARY_OPERATORS[arg]
        entry = (SAME_BODY.get(opcode, opcode), arg, nxt)
        for j in range(start, i + 1):
            instrs[j] = entry
        i = nxt
    return instrs


def decode_exception_table(table: bytes, n: int) -> list:
    """Per code unit: (handler index, stack depth, push lasti) or None."""
    handlers: list = [None] * n
    for entry in exception_table.parse(table):
        handler = (entry.target, entry.depth, int(entry.lasti))
        for i in range(entry.start, min(entry.end, n)):
            handlers[i] = handler
    return handlers


def positions(code: Any) -> list:
    """Per code unit: (line, end_line, col, end_col), parts None where unknown (co_positions),
    decoded once."""
    d = decoded(code)
    if d.positions is None:
        d.positions = list(code.co_positions())
    return d.positions
