"""The peephole optimizer of one basic block: constant folding, jump threading, swaps.

Mirrors Python/flowgraph.c from add_const to optimize_basic_block: folding of tuples, lists
and sets of constants, of unary and binary operations (subscripts included) on constants
with the same size guards as CPython, LOAD_CONST -> LOAD_SMALL_INT, constant conditions,
`is None` jumps, the small rewrites of optimize_basic_block, jump threading, and SWAP
elimination (swaptimize, apply_static_swaps). Constants are host objects merged through the
constant cache; the host evaluates the folded operations, which for the constant types the
compiler folds (int, float, complex, str, bytes, tuple, frozenset, bool, None) behave as in
CPython 3.14, except complex arithmetic (flowgraph_complex.py does it the 3.14 way). Left
out: the FOR_ITER jump threading CPython keeps disabled.
"""
from __future__ import annotations

import operator

from ..bytecode import opcodes as op
from ..bytecode.opcodes import INTRINSIC_1, NB_OPS
from ..runtime.abstract import power
from .const_cache import merge_constant
from .flowgraph_complex import complex_binop, is_complex_operation
from .flowgraph_cfg import HAS_TARGET, NO_LOCATION, Block, Instr, has_const

STACK_USE_GUIDELINE = 30  # _PY_STACK_USE_GUIDELINE
MIN_CONST_SEQUENCE_SIZE = 3
MAX_INT_SIZE = 128        # bits
MAX_COLLECTION_SIZE = 256  # items
MAX_STR_SIZE = 4096       # characters
MAX_TOTAL_ITEMS = 1024    # including nested collections
INTRINSIC_UNARY_POSITIVE = INTRINSIC_1.index("INTRINSIC_UNARY_POSITIVE")
INTRINSIC_LIST_TO_TUPLE = INTRINSIC_1.index("INTRINSIC_LIST_TO_TUPLE")
_NB = {name: index for index, (name, _) in enumerate(NB_OPS)}
_NOP_INSTR = Instr(op.NOP, 0, NO_LOCATION)


class _NoFold(Exception):
    """An operation the folder refuses (too big, or not foldable)."""


def loads_const(opcode: int) -> bool:
    return has_const(opcode) or opcode == op.LOAD_SMALL_INT


def const_value(instr: Instr, consts: list) -> object:
    """get_const_value."""
    if instr.opcode == op.LOAD_SMALL_INT:
        return instr.oparg
    return consts[instr.oparg]


def add_const(value: object, consts: list, const_cache: dict) -> int:
    """add_const: the index of `value` in consts, appending it if new."""
    value = merge_constant(const_cache, value)
    if value == value:   # a NaN is a new constant (a PyPy host's NaNs with equal bits are one object)
        for index, existing in enumerate(consts):
            if existing is value:
                return index
    consts.append(value)
    return len(consts) - 1


def _is_small_int(value: object) -> bool:
    """What LOAD_SMALL_INT can load: its oparg is one unsigned byte."""
    return type(value) is int and 0 <= value < 256


def make_load_const(instr: Instr, value: object, consts: list, const_cache: dict) -> None:
    """instr_make_load_const: LOAD_SMALL_INT for small ints, else LOAD_CONST."""
    if _is_small_int(value):
        instr.set_op1(op.LOAD_SMALL_INT, value)
    else:
        instr.set_op1(op.LOAD_CONST, add_const(value, consts, const_cache))


def _const_loading_instrs(bb: Block, start: int, size: int) -> list[Instr] | None:
    """get_const_loading_instrs: the `size` constant loads ending at `start`, NOPs skipped."""
    found: list[Instr] = []
    instrs = bb.instrs
    while start >= 0 and len(found) < size:
        instr = instrs[start]
        start -= 1
        if instr.opcode == op.NOP:
            continue
        if not loads_const(instr.opcode):
            return None
        found.append(instr)
    if len(found) < size:
        return None
    found.reverse()
    return found


def _nop_out(instrs: list[Instr]) -> None:
    for instr in instrs:
        instr.set_op0(op.NOP)
        instr.loc = NO_LOCATION


def fold_tuple_of_constants(bb: Block, i: int, consts: list, const_cache: dict) -> None:
    """fold_tuple_of_constants: LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n."""
    instr = bb.instrs[i]
    size = instr.oparg
    if size > STACK_USE_GUIDELINE:
        return
    loads = _const_loading_instrs(bb, i - 1, size)
    if loads is None:
        return
    value = tuple(const_value(load, consts) for load in loads)
    _nop_out(loads)
    make_load_const(instr, value, consts, const_cache)


def _appended_constants(bb: Block, i: int, build_op: int, add_op: int) -> list[Instr] | None:
    """The instructions of BUILD_LIST/SET 0, (constant, LIST_APPEND/SET_ADD 1)*
    ending just before `i` (NOPs skipped), or None."""
    instrs = bb.instrs
    expect_append = True
    for pos in range(i - 1, -1, -1):
        instr = instrs[pos]
        opcode = instr.opcode
        if opcode == op.NOP:
            continue
        if opcode == build_op and instr.oparg == 0:
            if not expect_append:
                return None
            return [load for load in instrs[pos:i] if load.opcode != op.NOP]
        if expect_append:
            if opcode != add_op or instr.oparg != 1:
                return None
        elif not loads_const(opcode):
            return None
        expect_append = not expect_append
    return None


def fold_constant_intrinsic_list_to_tuple(bb: Block, i: int, consts: list,
                                          const_cache: dict) -> bool:
    """fold_constant_intrinsic_list_to_tuple: BUILD_LIST 0, (LOAD_CONST, LIST_APPEND 1)*,
    CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE -> LOAD_CONST tuple. Returns whether it did."""
    found = _appended_constants(bb, i, op.BUILD_LIST, op.LIST_APPEND)
    if found is None:
        return False
    value = tuple(const_value(load, consts) for load in found if loads_const(load.opcode))
    _nop_out(found)
    make_load_const(bb.instrs[i], value, consts, const_cache)
    return True


def fold_appended_constants(bb: Block, i: int, consts: list, const_cache: dict) -> None:
    """Before GET_ITER or CONTAINS_OP: BUILD_LIST 0, (LOAD_CONST, LIST_APPEND 1)* (the form
    codegen gives long displays) -> LOAD_CONST tuple, and likewise sets -> frozenset. The
    new LOAD_CONST has no location (it takes the previous instruction's)."""
    for build_op, add_op, kind in ((op.BUILD_LIST, op.LIST_APPEND, tuple),
                                   (op.BUILD_SET, op.SET_ADD, frozenset)):
        found = _appended_constants(bb, i, build_op, add_op)
        if found is not None:
            value = kind(const_value(load, consts) for load in found if loads_const(load.opcode))
            _nop_out(found)
            make_load_const(found[-1], value, consts, const_cache)
            return


def optimize_lists_and_sets(bb: Block, i: int, nextop: int, consts: list,
                            const_cache: dict) -> None:
    """optimize_lists_and_sets: constant lists and sets become tuples and frozensets."""
    instrs = bb.instrs
    instr = instrs[i]
    contains_or_iter = nextop == op.GET_ITER or nextop == op.CONTAINS_OP
    size = instr.oparg
    if size > STACK_USE_GUIDELINE or (size < MIN_CONST_SEQUENCE_SIZE and not contains_or_iter):
        return
    loads = _const_loading_instrs(bb, i - 1, size)
    if loads is None:
        if contains_or_iter and instr.opcode == op.BUILD_LIST:
            instr.set_op1(op.BUILD_TUPLE, instr.oparg)
        return
    value: object = tuple(const_value(load, consts) for load in loads)
    if instr.opcode == op.BUILD_SET:
        value = frozenset(value)
    index = add_const(value, consts, const_cache)
    _nop_out(loads)
    if contains_or_iter:
        instr.set_op1(op.LOAD_CONST, index)
    else:
        instrs[i - 2].loc = instr.loc
        instrs[i - 2].set_op1(instr.opcode, 0)
        instrs[i - 1].set_op1(op.LOAD_CONST, index)
        instr.set_op1(op.LIST_EXTEND if instr.opcode == op.BUILD_LIST else op.SET_UPDATE, 1)


def _check_complexity(obj: object, limit: int) -> int:
    """const_folding_check_complexity."""
    if isinstance(obj, tuple):
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
            if limit < 0:
                return limit
    return limit


def _as_long(value: int) -> int:
    """PyLong_AsLong: refuses what does not fit a C long."""
    if not -2**63 <= value < 2**63:
        raise _NoFold
    return value


def _safe_multiply(v: object, w: object) -> object:
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if abs(v).bit_length() + abs(w).bit_length() > MAX_INT_SIZE:
            raise _NoFold
    elif isinstance(v, int) and isinstance(w, tuple):
        if w:
            n = _as_long(v)
            if n < 0 or n > MAX_COLLECTION_SIZE // len(w):
                raise _NoFold
            if n and _check_complexity(w, MAX_TOTAL_ITEMS // n) < 0:
                raise _NoFold
    elif isinstance(v, int) and isinstance(w, (str, bytes)):
        if w:
            n = _as_long(v)
            if n < 0 or n > MAX_STR_SIZE // len(w):
                raise _NoFold
    elif isinstance(w, int) and isinstance(v, (tuple, str, bytes)):
        return _safe_multiply(w, v)
    return v * w


def _positive_size_t(w: int) -> int:
    """PyLong_AsSize_t of a positive int: refuses what does not fit."""
    if w >= 2**64 - 1:
        raise _NoFold
    return w


def _safe_power(v: object, w: object) -> object:
    if isinstance(v, int) and isinstance(w, int) and v and w > 0:
        if abs(v).bit_length() > MAX_INT_SIZE // _positive_size_t(w):
            raise _NoFold
    return power(v, w)


def _safe_lshift(v: object, w: object) -> object:
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if w < 0:
            raise _NoFold  # PyLong_AsSize_t fails on negative counts
        wbits = _positive_size_t(w)
        if wbits > MAX_INT_SIZE or abs(v).bit_length() > MAX_INT_SIZE - wbits:
            raise _NoFold
    return v << w


def _safe_mod(v: object, w: object) -> object:
    if isinstance(v, (str, bytes)):
        raise _NoFold
    return v % w


_BINOPS = {
    _NB["NB_ADD"]: operator.add,
    _NB["NB_SUBTRACT"]: operator.sub,
    _NB["NB_MULTIPLY"]: _safe_multiply,
    _NB["NB_TRUE_DIVIDE"]: operator.truediv,
    _NB["NB_FLOOR_DIVIDE"]: operator.floordiv,
    _NB["NB_REMAINDER"]: _safe_mod,
    _NB["NB_POWER"]: _safe_power,
    _NB["NB_LSHIFT"]: _safe_lshift,
    _NB["NB_RSHIFT"]: operator.rshift,
    _NB["NB_OR"]: operator.or_,
    _NB["NB_XOR"]: operator.xor,
    _NB["NB_AND"]: operator.and_,
    _NB["NB_SUBSCR"]: operator.getitem,
}


_COMPLEX_BINOPS = {
    _NB["NB_ADD"]: operator.add,
    _NB["NB_SUBTRACT"]: operator.sub,
    _NB["NB_MULTIPLY"]: operator.mul,
    _NB["NB_TRUE_DIVIDE"]: operator.truediv,
}


def _evaluate(function, *args) -> tuple[bool, object]:
    """Run a folding operation: (True, result), or (False, None) if it raises or is refused
    (CPython clears the error and leaves the code alone)."""
    try:
        return True, function(*args)
    except KeyboardInterrupt:
        raise
    except (_NoFold, Exception):
        return False, None


def fold_const_binop(bb: Block, i: int, consts: list, const_cache: dict) -> None:
    """fold_const_binop."""
    binop = bb.instrs[i]
    function = _BINOPS.get(binop.oparg)
    loads = _const_loading_instrs(bb, i - 1, 2)
    if loads is None or function is None:
        return
    left = const_value(loads[0], consts)
    right = const_value(loads[1], consts)
    if binop.oparg in _COMPLEX_BINOPS and is_complex_operation(left, right):
        ok, value = _evaluate(complex_binop, _COMPLEX_BINOPS[binop.oparg], left, right)
    else:
        ok, value = _evaluate(function, left, right)
    if not ok:
        return
    _nop_out(loads)
    make_load_const(binop, value, consts, const_cache)


def _unary(opcode: int, operand: object) -> object:
    if opcode == op.UNARY_NEGATIVE:
        return -operand
    if opcode == op.UNARY_INVERT:
        if type(operand) is bool:
            raise _NoFold  # ~True is deprecated: leave it to run time
        return ~operand
    if opcode == op.UNARY_NOT:
        return not operand
    return +operand  # CALL_INTRINSIC_1 INTRINSIC_UNARY_POSITIVE


def fold_const_unaryop(bb: Block, i: int, consts: list, const_cache: dict) -> None:
    """fold_const_unaryop."""
    unaryop = bb.instrs[i]
    loads = _const_loading_instrs(bb, i - 1, 1)
    if loads is None:
        return
    ok, value = _evaluate(_unary, unaryop.opcode, const_value(loads[0], consts))
    if not ok:
        return
    _nop_out(loads)
    make_load_const(unaryop, value, consts, const_cache)


def optimize_load_const(blocks, consts: list, const_cache: dict) -> None:
    """optimize_load_const: per block, LOAD_SMALL_INT for small int constants, and constant
    conditions, `x is None` jumps and constant TO_BOOLs simplified."""
    for bb in blocks:
        _block_optimize_load_const(bb, consts, const_cache)


def _block_optimize_load_const(bb: Block, consts: list, const_cache: dict) -> None:
    instrs = bb.instrs
    n = len(instrs)
    opcode = oparg = 0
    for i in range(n):
        inst = instrs[i]
        if inst.opcode == op.LOAD_CONST and _is_small_int(consts[inst.oparg]):
            inst.set_op1(op.LOAD_SMALL_INT, consts[inst.oparg])
        if not (opcode == op.LOAD_CONST and inst.opcode == op.COPY and inst.oparg == 1):
            opcode = inst.opcode
            oparg = inst.oparg
        if opcode != op.LOAD_CONST and opcode != op.LOAD_SMALL_INT:
            continue
        nextop = instrs[i + 1].opcode if i + 1 < n else 0
        value = oparg if opcode == op.LOAD_SMALL_INT else consts[oparg]
        if nextop in (op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.JUMP_IF_FALSE,
                      op.JUMP_IF_TRUE):
            is_true = bool(value)
            if nextop in (op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE):
                inst.set_op0(op.NOP)
            jump_if_true = nextop in (op.POP_JUMP_IF_TRUE, op.JUMP_IF_TRUE)
            if is_true == jump_if_true:
                instrs[i + 1].opcode = op.JUMP
            else:
                instrs[i + 1].set_op0(op.NOP)
        elif nextop == op.IS_OP:
            if value is not None or n <= i + 2:
                continue
            is_instr = instrs[i + 1]
            jump_instr = instrs[i + 2]
            if jump_instr.opcode == op.TO_BOOL:
                jump_instr.set_op0(op.NOP)
                if n <= i + 3:
                    continue
                jump_instr = instrs[i + 3]
            invert = bool(is_instr.oparg)
            if jump_instr.opcode == op.POP_JUMP_IF_FALSE:
                invert = not invert
            elif jump_instr.opcode != op.POP_JUMP_IF_TRUE:
                continue
            inst.set_op0(op.NOP)
            is_instr.set_op0(op.NOP)
            jump_instr.opcode = op.POP_JUMP_IF_NOT_NONE if invert else op.POP_JUMP_IF_NONE
        elif nextop == op.TO_BOOL:
            index = add_const(bool(value), consts, const_cache)
            inst.set_op0(op.NOP)
            instrs[i + 1].set_op1(op.LOAD_CONST, index)


def _jump_thread(bb: Block, inst: Instr, target: Instr, opcode: int) -> int:
    """jump_thread: retarget `inst` (the block's last instruction) past the jump `target`
    it lands on. Returns 1 if it did (the caller then looks at the new jump again)."""
    if inst.target is not target.target:
        inst.set_op0(op.NOP)
        bb.addop(opcode, target.target.label, target.loc, target.target)
        return 1
    return 0


def optimize_basic_block(bb: Block, consts: list, const_cache: dict) -> None:
    """optimize_basic_block."""
    instrs = bb.instrs
    i = 0
    while i < len(instrs):
        inst = instrs[i]
        opcode = inst.opcode
        oparg = inst.oparg
        if opcode in HAS_TARGET and inst.target.instrs:
            target = inst.target.instrs[0]
        else:
            target = _NOP_INSTR
        nextop = instrs[i + 1].opcode if i + 1 < len(instrs) else 0
        if opcode == op.BUILD_TUPLE:
            if nextop == op.UNPACK_SEQUENCE and oparg == instrs[i + 1].oparg and oparg in (1, 2, 3):
                inst.set_op0(op.NOP)
                if oparg == 1:
                    instrs[i + 1].set_op0(op.NOP)
                else:
                    instrs[i + 1].opcode = op.SWAP
                i += 1
                continue
            fold_tuple_of_constants(bb, i, consts, const_cache)
        elif opcode == op.BUILD_LIST or opcode == op.BUILD_SET:
            optimize_lists_and_sets(bb, i, nextop, consts, const_cache)
        elif opcode in (op.POP_JUMP_IF_NOT_NONE, op.POP_JUMP_IF_NONE, op.POP_JUMP_IF_FALSE,
                        op.POP_JUMP_IF_TRUE):
            if target.opcode == op.JUMP:
                i -= _jump_thread(bb, inst, target, opcode)
        elif opcode == op.JUMP_IF_FALSE or opcode == op.JUMP_IF_TRUE:
            same = opcode
            other = op.JUMP_IF_TRUE if opcode == op.JUMP_IF_FALSE else op.JUMP_IF_FALSE
            if target.opcode == op.JUMP or target.opcode == same:
                i -= _jump_thread(bb, inst, target, same)
                i += 1
                continue
            if target.opcode == other:
                inst.target = inst.target.next
                continue
        elif opcode == op.JUMP or opcode == op.JUMP_NO_INTERRUPT:
            if target.opcode == op.JUMP:
                i -= _jump_thread(bb, inst, target, op.JUMP)
                i += 1
                continue
            if target.opcode == op.JUMP_NO_INTERRUPT:
                i -= _jump_thread(bb, inst, target, opcode)
                i += 1
                continue
        elif opcode == op.STORE_FAST:
            if (opcode == nextop and oparg == instrs[i + 1].oparg
                    and inst.loc.lineno == instrs[i + 1].loc.lineno):
                inst.opcode = op.POP_TOP
                inst.oparg = 0
        elif opcode == op.SWAP:
            if oparg == 1:
                inst.set_op0(op.NOP)
        elif opcode == op.LOAD_GLOBAL:
            if nextop == op.PUSH_NULL and (oparg & 1) == 0:
                inst.set_op1(op.LOAD_GLOBAL, oparg | 1)
                instrs[i + 1].set_op0(op.NOP)
        elif opcode == op.COMPARE_OP:
            if nextop == op.TO_BOOL:
                inst.set_op0(op.NOP)
                instrs[i + 1].set_op1(op.COMPARE_OP, oparg | 16)
                i += 1
                continue
        elif opcode == op.CONTAINS_OP or opcode == op.IS_OP:
            if opcode == op.CONTAINS_OP:
                fold_appended_constants(bb, i, consts, const_cache)
            if nextop == op.TO_BOOL:
                inst.set_op0(op.NOP)
                instrs[i + 1].set_op1(opcode, oparg)
                i += 1
                continue
            if nextop == op.UNARY_NOT:
                inst.set_op0(op.NOP)
                instrs[i + 1].set_op1(opcode, oparg ^ 1)
                i += 1
                continue
        elif opcode == op.TO_BOOL:
            if nextop == op.TO_BOOL:
                inst.set_op0(op.NOP)
                i += 1
                continue
        elif opcode in (op.UNARY_NOT, op.UNARY_INVERT, op.UNARY_NEGATIVE):
            if opcode == op.UNARY_NOT and nextop == op.TO_BOOL:
                inst.set_op0(op.NOP)
                instrs[i + 1].set_op0(op.UNARY_NOT)
                i += 1
                continue
            if opcode == op.UNARY_NOT and nextop == op.UNARY_NOT:
                inst.set_op0(op.NOP)
                instrs[i + 1].set_op0(op.NOP)
                i += 1
                continue
            fold_const_unaryop(bb, i, consts, const_cache)
        elif opcode == op.CALL_INTRINSIC_1:
            if oparg == INTRINSIC_LIST_TO_TUPLE:
                if (not fold_constant_intrinsic_list_to_tuple(bb, i, consts, const_cache)
                        and nextop == op.GET_ITER):
                    inst.set_op0(op.NOP)  # iterate over the list itself
            elif oparg == INTRINSIC_UNARY_POSITIVE:
                fold_const_unaryop(bb, i, consts, const_cache)
        elif opcode == op.BINARY_OP:
            fold_const_binop(bb, i, consts, const_cache)
        elif opcode == op.GET_ITER:
            fold_appended_constants(bb, i, consts, const_cache)
        i += 1

    i = 0
    while i < len(instrs):
        if instrs[i].opcode == op.SWAP:
            i = swaptimize(bb, i)
            apply_static_swaps(bb, i)
        i += 1


def swaptimize(block: Block, ix: int) -> int:
    """swaptimize: replace the run of SWAPs and NOPs at `ix` by an optimal one with the
    same effect. Returns the index of the run's last instruction (or `ix` if unchanged)."""
    instrs = block.instrs
    depth = instrs[ix].oparg
    length = 0
    more = False
    limit = len(instrs) - ix
    while True:
        length += 1
        if length >= limit:
            break
        opcode = instrs[ix + length].opcode
        if opcode == op.SWAP:
            depth = max(depth, instrs[ix + length].oparg)
            more = True
        elif opcode != op.NOP:
            break
    if not more:
        return ix
    stack = list(range(depth))
    for k in range(length):
        instr = instrs[ix + k]
        if instr.opcode == op.SWAP:
            oparg = instr.oparg
            stack[0], stack[oparg - 1] = stack[oparg - 1], stack[0]
    visited = -1
    current = length - 1
    for i in range(depth):
        if stack[i] == visited or stack[i] == i:
            continue
        j = i
        while True:
            if j:
                instr = instrs[ix + current]
                instr.opcode = op.SWAP
                instr.oparg = j + 1
                current -= 1
            if stack[j] == visited:
                break
            next_j = stack[j]
            stack[j] = visited
            j = next_j
    while current >= 0:
        instrs[ix + current].set_op0(op.NOP)
        current -= 1
    return ix + length - 1


def _swappable(opcode: int) -> bool:
    return opcode in (op.STORE_FAST, op.STORE_FAST_MAYBE_NULL, op.POP_TOP)


def _stores_to(instr: Instr) -> int:
    if instr.opcode in (op.STORE_FAST, op.STORE_FAST_MAYBE_NULL):
        return instr.oparg
    return -1


def _next_swappable_instruction(block: Block, i: int, lineno: int) -> int:
    instrs = block.instrs
    i += 1
    while i < len(instrs):
        instruction = instrs[i]
        if 0 <= lineno and instruction.loc.lineno != lineno:
            # reordering across lines would change the names bound between line events
            return -1
        if instruction.opcode == op.NOP:
            i += 1
            continue
        if _swappable(instruction.opcode):
            return i
        return -1
    return -1


def apply_static_swaps(block: Block, i: int) -> None:
    """apply_static_swaps: SWAP(2), POP_TOP, STORE_FAST(x) -> NOP, STORE_FAST(x), POP_TOP."""
    instrs = block.instrs
    while i >= 0:
        swap = instrs[i]
        if swap.opcode != op.SWAP:
            if swap.opcode == op.NOP or _swappable(swap.opcode):
                i -= 1
                continue
            return
        j = _next_swappable_instruction(block, i, -1)
        if j < 0:
            return
        k = j
        lineno = instrs[j].loc.lineno
        for _ in range(swap.oparg - 1):
            k = _next_swappable_instruction(block, k, lineno)
            if k < 0:
                return
        store_j = _stores_to(instrs[j])
        store_k = _stores_to(instrs[k])
        if store_j >= 0 or store_k >= 0:
            if store_j == store_k:
                return
            for idx in range(j + 1, k):
                store_idx = _stores_to(instrs[idx])
                if store_idx >= 0 and store_idx in (store_j, store_k):
                    return
        swap.set_op0(op.NOP)
        instrs[j], instrs[k] = instrs[k], instrs[j]
        i -= 1
