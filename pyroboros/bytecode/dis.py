"""The disassembler: `python3.14 -m dis FILE`'s listing of a code object tree.

Mirrors Lib/dis.py's default output (dis.dis on a module's code: disassemble and
_disassemble_recursive, _unpack_opargs, findlabels, findlinestarts, _make_labels_map,
ArgResolver.get_argval_argrepr, Formatter.print_instruction_line and
print_exception_table): the line number column, `L1:` labels on jump targets and
exception-table boundaries, one line per instruction with inline CACHE entries hidden,
argument descriptions, the ExceptionTable section, and "Disassembly of <code object ...>"
for each nested code object. Left out: show_caches, show_offsets, show_positions,
adaptive (specialized) code, the lasti marker and dis's Python-level API objects.
"""
from __future__ import annotations

import builtins
from typing import TextIO

from ..objects.code import Code
from ..objects.unicode_repr import constant_repr
from .opcodes import (BY_NAME, BY_NUMBER, CMP_OP, COMMON_CONSTANTS, INTRINSIC_1, INTRINSIC_2,
                      NB_OPS, SPECIAL_METHOD_NAMES)

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
_NO_LINENO = "  --"
_FUNCTION_ATTR_FLAGS = ("defaults", "kwdefaults", "annotations", "closure", "annotate")
_CONVERSIONS = ("", "str", "repr", "ascii")
_INT_OVERFLOW = 1 << 31  # opargs are C ints: an EXTENDED_ARG prefix can wrap them negative


def _common_constant_repr(name: str) -> str:
    value = getattr(builtins, name)
    return value.__name__ if isinstance(value, type) else repr(value)


_COMMON_CONSTANT_REPRS = tuple(_common_constant_repr(name) for name in COMMON_CONSTANTS)


class _Op:
    """What the disassembler needs of one opcode number (dis's has* tables, deoptimised)."""

    __slots__ = ("name", "kind", "caches", "has_arg", "backward")

    def __init__(self, number: int) -> None:
        op = BY_NUMBER.get(number)
        self.name = op.name if op else f"<{number}>"
        base = BY_NAME[op.deopt] if op and op.deopt else op
        flags = base.flags if base else frozenset()
        self.caches = base.cache_entries if base else 0
        self.has_arg = "ARG" in flags
        self.backward = base is not None and base.name in (
            "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "END_ASYNC_FOR")
        self.kind = _kind(base.name if base else "", flags)


def _kind(name: str, flags: frozenset) -> str:
    """Which branch of ArgResolver.get_argval_argrepr describes the argument."""
    if "CONST" in flags:
        return "const"
    if "NAME" in flags:
        return name if name in ("LOAD_GLOBAL", "LOAD_ATTR", "LOAD_SUPER_ATTR") else "name"
    if "JUMP" in flags:
        return "jump"
    if name in ("LOAD_FAST_LOAD_FAST", "LOAD_FAST_BORROW_LOAD_FAST_BORROW",
                "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST"):
        return "local pair"
    if "LOCAL" in flags or "FREE" in flags:
        return "local"
    return name


_OPS = tuple(_Op(number) for number in range(256))
_EXTENDED_ARG = BY_NAME["EXTENDED_ARG"].number


def _unpack_opargs(code: bytes):
    """(offset, op, arg) of each instruction, caches skipped, EXTENDED_ARG folded into arg."""
    extended_arg = 0
    i = 0
    size = len(code)
    while i < size:
        number = code[i]
        op = _OPS[number]
        if op.has_arg:
            arg = code[i + 1] | extended_arg
            extended_arg = arg << 8 if number == _EXTENDED_ARG else 0
            if extended_arg >= _INT_OVERFLOW:
                extended_arg -= 2 * _INT_OVERFLOW
        else:
            arg = None
            extended_arg = 0
        yield i, op, arg
        i += 2 + 2 * op.caches


def _jump_target(op: _Op, arg: int, offset: int) -> int:
    return offset + 2 + 2 * op.caches + (-2 * arg if op.backward else 2 * arg)


def _find_labels(code: bytes) -> list[int]:
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and op.kind == "jump":
            target = _jump_target(op, arg, offset)
            if target not in labels:
                labels.append(target)
    return labels


def _line_starts(code: Code) -> dict[int, int | None]:
    """dis.findlinestarts: the offsets where the line changes, with the new line."""
    starts = {}
    last: object = False  # None is a valid line
    for start, _, line in code.co_lines():
        if line is not last:
            last = line
            starts[start] = line
    return starts


def _lineno_width(line_starts: dict[int, int | None]) -> int:
    max_line = max(filter(None, line_starts.values()), default=-1)
    if max_line == -1:
        return 0
    width = max(3, len(str(max_line)))
    if width < len(_NO_LINENO) and None in line_starts.values():
        width = len(_NO_LINENO)
    return width


def _argrepr(code: Code, op: _Op, arg: int, offset: int, labels: dict[int, int]) -> str:
    """ArgResolver.get_argval_argrepr's text (the value itself is not printed)."""
    kind = op.kind
    if kind == "const":
        return constant_repr(code.co_consts[arg])
    if kind == "name":
        return code.co_names[arg]
    if kind == "LOAD_GLOBAL":
        name = code.co_names[arg // 2]
        return f"{name} + NULL" if arg & 1 and name else name
    if kind == "LOAD_ATTR":
        name = code.co_names[arg // 2]
        return f"{name} + NULL|self" if arg & 1 and name else name
    if kind == "LOAD_SUPER_ATTR":
        name = code.co_names[arg // 4]
        return f"{name} + NULL|self" if arg & 1 and name else name
    if kind == "jump":
        preposition = "from" if op.name == "END_ASYNC_FOR" else "to"
        return f"{preposition} L{labels[_jump_target(op, arg, offset)]}"
    if kind == "local pair":
        return f"{code._varname_from_oparg(arg >> 4)}, {code._varname_from_oparg(arg & 15)}"
    if kind == "local":
        return code._varname_from_oparg(arg)
    if kind == "COMPARE_OP":
        text = CMP_OP[arg >> 5]
        return f"bool({text})" if arg & 16 else text
    if kind == "CONVERT_VALUE":
        return _CONVERSIONS[arg]
    if kind == "SET_FUNCTION_ATTRIBUTE":
        return ", ".join(name for i, name in enumerate(_FUNCTION_ATTR_FLAGS) if arg & (1 << i))
    if kind == "BINARY_OP":
        return NB_OPS[arg][1]
    if kind == "CALL_INTRINSIC_1":
        return INTRINSIC_1[arg]
    if kind == "CALL_INTRINSIC_2":
        return INTRINSIC_2[arg]
    if kind == "LOAD_COMMON_CONSTANT":
        return _COMMON_CONSTANT_REPRS[arg]
    if kind == "LOAD_SPECIAL":
        return SPECIAL_METHOD_NAMES[arg]
    if kind == "IS_OP":
        return "is not" if arg else "is"
    if kind == "CONTAINS_OP":
        return "not in" if arg else "in"
    return ""


def disassemble(code: Code, out: TextIO) -> None:
    """Mirrors dis.disassemble (without lasti, caches, offsets or positions)."""
    raw = code.co_code
    handlers = [(h.start * 2, h.end * 2, h.target * 2, h.depth, h.lasti)
                for h in code.exception_handlers()]
    label_offsets = set(_find_labels(raw))
    for start, end, target, _, _ in handlers:
        label_offsets.update((start, end, target))
    labels = {offset: i for i, offset in enumerate(sorted(label_offsets), 1)}
    line_starts = _line_starts(code)
    lineno_width = _lineno_width(line_starts)
    label_width = 4 + len(str(len(labels)))
    blank_label = " " * label_width
    blank_lineno = " " * lineno_width
    lines = []
    for offset, op, arg in _unpack_opargs(raw):
        fields = []
        if lineno_width:
            if offset in line_starts:
                if offset > 0:
                    lines.append("")
                line = line_starts[offset]
                fields.append(f"{_NO_LINENO if line is None else line:>{lineno_width}}")
            else:
                fields.append(blank_lineno)
        label = labels.get(offset)
        fields.append(blank_label if label is None else f"{f'L{label}:':>{label_width}}")
        fields.append("   ")
        fields.append(op.name.ljust(_OPNAME_WIDTH))
        if arg is not None:
            fields.append(repr(arg).rjust(_OPARG_WIDTH - max(0, len(op.name) - _OPNAME_WIDTH)))
            argrepr = _argrepr(code, op, arg, offset, labels)
            if argrepr:
                fields.append(f"({argrepr})")
        lines.append(" ".join(fields).rstrip())
    if handlers:
        lines.append("ExceptionTable:")
        for start, end, target, depth, lasti in handlers:
            lines.append(f"  L{labels[start]} to L{labels[end]} -> L{labels[target]} [{depth}]"
                         + (" lasti" if lasti else ""))
    lines.append("")
    out.write("\n".join(lines))


def disassemble_recursive(code: Code, out: TextIO) -> None:
    """Mirrors dis._disassemble_recursive: `code`, then each nested code object in turn."""
    disassemble(code, out)
    for const in code.co_consts:
        if isinstance(const, Code):
            out.write(f"\nDisassembly of {const!r}:\n")
            disassemble_recursive(const, out)


def dump_dis(path: str, out: TextIO, err: TextIO, output: str | None) -> int:
    """`pyroboros-dump dis FILE`: what `python3.14 -m dis FILE` prints, for OUR compilation."""
    from .pyc import compile_file
    compiled = compile_file(path, err)
    if compiled is None:
        return 1
    disassemble_recursive(compiled[1], out)
    return 0
