"""The flow graph: from codegen's instruction sequence to the optimized one the assembler takes.

Mirrors Python/flowgraph.c: _PyCfg_FromInstructionSequence builds basic blocks;
_PyCfg_OptimizeCodeUnit runs every pass in CPython 3.14's order (exception-handler
labelling, small-block inlining, dead-code removal, line-number resolution, constant
folding and the peephole rewrites of flowgraph_fold.py, NOP and jump removal, unused
constants, LOAD_FAST_CHECK, superinstructions, cold-block reordering);
_PyCfg_OptimizedCfgToInstructionSequence lowers the graph (pseudo conditional jumps, stack
depth, locals-plus prefix, pseudo ops, jump directions, LOAD_FAST_BORROW) and lays it out
again as an instruction sequence. `optimize_cfg` is _PyCompile_OptimizeCfg, the entry point
CPython's tests use. Left out: the debug-build consistency checks.
"""
from __future__ import annotations

from ..bytecode import opcodes as op
from ..bytecode.opcodes import BY_NUMBER
from .flowgraph_cfg import (BLOCK_PUSH, CONDITIONAL_JUMP, HAS_TARGET, NO_LABEL, NO_LOCATION,
                            SCOPE_EXIT, TERMINATOR, UNCONDITIONAL_JUMP, Block, CFGBuilder, Instr,
                            has_const, is_jump, next_nonempty_block, popped_pushed)
from .flowgraph_fold import optimize_basic_block, optimize_load_const
from .flowgraph_locals import (add_checks_for_loads_of_uninitialized_variables,
                               insert_superinstructions, optimize_load_fast, prepare_localsplus)
from .instruction_sequence import (NO_EXCEPT_HANDLER, ExceptHandlerInfo, Instruction,
                                   InstructionSequence, Location)
from .unit_metadata import CodeUnitMetadata

MAX_COPY_SIZE = 4  # largest exit block copied into its predecessors
RESUME_AT_FUNC_START = 0
RESUME_OPARG_DEPTH1_MASK = 0x4


class CFGError(Exception):
    """An invalid flow graph (only hand-made instruction sequences can produce one): carries
    the guest exception type CPython raises (`kind`) and its message."""

    def __init__(self, kind: str, msg: str) -> None:
        super().__init__(msg)
        self.kind = kind
        self.msg = msg


# ---------------------------------------------------------------- construction

def cfg_from_instruction_sequence(seq: InstructionSequence) -> CFGBuilder:
    """_PyCfg_FromInstructionSequence: one block per jump target, labelled by the index of
    its first instruction. The module's deferred annotations code replaces the
    ANNOTATIONS_PLACEHOLDER (which is dropped when there is none); labels and jump opargs
    after it shift by the difference. The builder's use_label/addop are inlined: this runs
    once per instruction of every unit."""
    seq.apply_label_map()
    g = CFGBuilder()
    block = g.entryblock
    out = block.instrs
    for label, opcode, oparg, loc in _labelled_instructions(seq):
        if label != NO_LABEL:
            if out or block.label != NO_LABEL:
                block.next = block = g.new_block()
                out = block.instrs
            block.label = label
        elif out and out[-1].opcode in TERMINATOR:
            block.next = block = g.new_block()
            out = block.instrs
        out.append(Instr(opcode, oparg, loc))
    return g


def _labelled_instructions(seq: InstructionSequence) -> list[tuple[int, int, int, Location]]:
    """(label or NO_LABEL, opcode, oparg, location) per instruction, the deferred annotations
    code spliced in at its placeholder."""
    instrs = seq.instrs
    targets = {instr.oparg for instr in instrs if instr.opcode in HAS_TARGET}
    out = []
    offset = 0
    for i, instr in enumerate(instrs):
        opcode = instr.opcode
        if opcode == op.ANNOTATIONS_PLACEHOLDER:
            annotations = seq.annotations_code
            if annotations is not None:
                out.extend((NO_LABEL, inserted.opcode, inserted.oparg, inserted.loc)
                           for inserted in annotations.instrs)
                offset += len(annotations.instrs) - 1
            else:
                offset -= 1
            continue
        out.append((i + offset if i in targets else NO_LABEL, opcode,
                    instr.oparg + offset if opcode in HAS_TARGET else instr.oparg, instr.loc))
    return out


def _check_cfg(g: CFGBuilder) -> None:
    for b in g.blocks():
        for instr in b.instrs[:-1]:
            if instr.opcode in TERMINATOR:
                raise CFGError("SystemError", "malformed control flow graph.")


def _translate_jump_labels_to_targets(g: CFGBuilder) -> None:
    label2block = {b.label: b for b in g.blocks() if b.label >= 0}
    for b in g.blocks():
        for instr in b.instrs:
            if instr.opcode in HAS_TARGET:
                instr.target = label2block[instr.oparg]


def _mark_except_handlers(g: CFGBuilder) -> None:
    for b in g.blocks():
        for instr in b.instrs:
            if instr.opcode in BLOCK_PUSH:
                instr.target.except_handler = True


def _label_exception_targets(g: CFGBuilder) -> None:
    """label_exception_targets: give every instruction the handler its exceptions go to
    (an exception stack is a list of handler blocks under a None sentinel)."""
    entry = g.entryblock
    for b in g.blocks():
        b.visited = False
    entry.visited = True
    entry.exceptstack = [None]
    todo = [entry]
    while todo:
        b = todo.pop()
        except_stack = b.exceptstack
        b.exceptstack = None
        handler = except_stack[-1]
        last_yield_except_depth = -1
        for instr in b.instrs:
            opcode = instr.opcode
            if opcode in BLOCK_PUSH:
                target = instr.target
                if not target.visited:
                    target.exceptstack = list(except_stack)
                    target.visited = True
                    todo.append(target)
                if opcode == op.SETUP_WITH or opcode == op.SETUP_CLEANUP:
                    target.preserve_lasti = True
                except_stack.append(target)
                handler = target
            elif opcode == op.POP_BLOCK:
                except_stack.pop()
                handler = except_stack[-1]
                instr.set_op0(op.NOP)
            elif is_jump(opcode):
                instr.except_ = handler
                target = instr.target
                if not target.visited:
                    if b.has_fallthrough():
                        target.exceptstack = list(except_stack)
                    else:
                        target.exceptstack = except_stack
                        except_stack = None
                    target.visited = True
                    todo.append(target)
            elif opcode == op.YIELD_VALUE:
                instr.except_ = handler
                last_yield_except_depth = len(except_stack) - 1
            elif opcode == op.RESUME:
                instr.except_ = handler
                if instr.oparg != RESUME_AT_FUNC_START:
                    if last_yield_except_depth == 1:
                        instr.oparg |= RESUME_OPARG_DEPTH1_MASK
                    last_yield_except_depth = -1
            else:
                instr.except_ = handler
        if b.has_fallthrough() and b.next is not None and not b.next.visited:
            b.next.exceptstack = except_stack
            b.next.visited = True
            todo.append(b.next)


def jump_labels_to_targets(g: CFGBuilder) -> None:
    """_PyCfg_JumpLabelsToTargets: resolve the targets of a hand-made graph for assembly."""
    _translate_jump_labels_to_targets(g)
    _label_exception_targets(g)


# ---------------------------------------------------------------- dead code, NOPs, jumps

def _remove_unreachable(g: CFGBuilder) -> None:
    entry = g.entryblock
    for b in g.blocks():
        b.predecessors = 0
        b.visited = False
    entry.predecessors = 1
    entry.visited = True
    stack = [entry]
    while stack:
        b = stack.pop()
        nxt = b.next
        if nxt is not None and b.has_fallthrough():
            if not nxt.visited:
                stack.append(nxt)
                nxt.visited = True
            nxt.predecessors += 1
        for instr in b.instrs:
            if instr.opcode in HAS_TARGET:
                target = instr.target
                if not target.visited:
                    stack.append(target)
                    target.visited = True
                target.predecessors += 1
    for b in g.blocks():
        if b.predecessors == 0:
            b.set_instrs([])
            b.except_handler = False


def _block_remove_redundant_nops(bb: Block) -> int:
    """basicblock_remove_redundant_nops: drop NOPs not needed to mark a line."""
    instrs = bb.instrs
    for first_nop, instr in enumerate(instrs):
        if instr.opcode == op.NOP:
            break
    else:
        return 0
    kept = instrs[:first_nop]
    prev_lineno = kept[-1].loc.lineno if kept else -1
    n = len(instrs)
    for src in range(first_nop, n):
        instr = instrs[src]
        lineno = instr.loc.lineno
        if instr.opcode == op.NOP:
            if lineno < 0 or prev_lineno == lineno:
                continue
            if src < n - 1:
                following = instrs[src + 1]
                next_lineno = following.loc.lineno
                if next_lineno == lineno:
                    continue
                if next_lineno < 0:
                    following.loc = instr.loc
                    continue
            else:
                nxt = next_nonempty_block(bb.next)
                if nxt is not None:
                    next_loc = NO_LOCATION
                    for candidate in nxt.instrs:
                        if candidate.opcode == op.NOP and candidate.loc.lineno < 0:
                            continue  # removed later
                        next_loc = candidate.loc
                        break
                    if lineno == next_loc.lineno:
                        continue
        kept.append(instr)
        prev_lineno = lineno
    removed = n - len(kept)
    if removed:
        bb.set_instrs(kept)
    return removed


def _remove_redundant_nops(g: CFGBuilder) -> int:
    return sum(_block_remove_redundant_nops(b) for b in g.blocks())


def _remove_redundant_nops_and_pairs(g: CFGBuilder) -> None:
    """remove_redundant_nops_and_pairs: also LOAD_CONST/POP_TOP and COPY 1/POP_TOP pairs."""
    done = False
    while not done:
        done = True
        instr = None
        for b in g.blocks():
            _block_remove_redundant_nops(b)
            if b.label != NO_LABEL:
                instr = None  # a jump target: the previous instruction may not run first
            for current in b.instrs:
                prev_instr = instr
                instr = current
                if current.opcode == op.POP_TOP and prev_instr is not None:
                    prev_opcode = prev_instr.opcode
                    if (prev_opcode == op.LOAD_CONST or prev_opcode == op.LOAD_SMALL_INT
                            or (prev_opcode == op.COPY and prev_instr.oparg == 1)):
                        prev_instr.set_op0(op.NOP)
                        current.set_op0(op.NOP)
                        done = False
            if (instr is not None and is_jump(instr.opcode)) or not b.has_fallthrough():
                instr = None


def _remove_redundant_jumps(g: CFGBuilder) -> int:
    changes = 0
    for b in g.blocks():
        last = b.last()
        if last is None or last.opcode not in UNCONDITIONAL_JUMP:
            continue
        jump_target = next_nonempty_block(last.target)
        if jump_target is None:
            raise CFGError("SystemError", "jump with NULL target")
        if jump_target is next_nonempty_block(b.next):
            changes += 1
            last.set_op0(op.NOP)
    return changes


def _remove_redundant_nops_and_jumps(g: CFGBuilder) -> None:
    while _remove_redundant_nops(g) + _remove_redundant_jumps(g) > 0:
        pass


def _inline_small_or_no_lineno_blocks(g: CFGBuilder) -> None:
    """inline_small_or_no_lineno_blocks: a jump to a small exit block, or to a block without
    line numbers that does not fall through, is replaced by a copy of that block."""
    changes = True
    while changes:
        changes = False
        for bb in g.blocks():
            last = bb.last()
            if last is None or last.opcode not in UNCONDITIONAL_JUMP:
                continue
            target = last.target
            small_exit_block = target.exits_scope() and len(target.instrs) <= MAX_COPY_SIZE
            no_lineno_no_fallthrough = target.has_no_lineno() and not target.has_fallthrough()
            if small_exit_block or no_lineno_no_fallthrough:
                removed_jump_opcode = last.opcode
                last.set_op0(op.NOP)
                bb.append_copies(target)
                if no_lineno_no_fallthrough:
                    last = bb.last()
                    if last.opcode in UNCONDITIONAL_JUMP and removed_jump_opcode == op.JUMP:
                        last.opcode = op.JUMP  # keep the eval breaker check
                target.predecessors -= 1
                changes = True


def _remove_unused_consts(g: CFGBuilder, consts: list) -> None:
    """remove_unused_consts (the first constant, maybe a docstring, always stays)."""
    nconsts = len(consts)
    if nconsts == 0:
        return
    used = [False] * nconsts
    used[0] = True
    for b in g.blocks():
        for instr in b.instrs:
            if has_const(instr.opcode):
                used[instr.oparg] = True
    if all(used):
        return
    new_index = {}
    kept = []
    for index, value in enumerate(consts):
        if used[index]:
            new_index[index] = len(kept)
            kept.append(value)
    consts[:] = kept
    for b in g.blocks():
        for instr in b.instrs:
            if has_const(instr.opcode):
                instr.oparg = new_index[instr.oparg]


# ---------------------------------------------------------------- line numbers

def _is_exit_or_eval_check_without_lineno(b: Block) -> bool:
    if b.exits_scope() or b.has_eval_break():
        return b.has_no_lineno()
    return False


def _duplicate_exits_without_lineno(g: CFGBuilder) -> None:
    """duplicate_exits_without_lineno: exit blocks without a line number get one copy per
    jump into them, so each can take its predecessor's line (PEP 626)."""
    next_lbl = g.max_label() + 1
    b = g.entryblock
    while b is not None:  # the copies are walked too
        last = b.last()
        if last is None or not is_jump(last.opcode):
            b = b.next
            continue
        target = next_nonempty_block(last.target)
        if _is_exit_or_eval_check_without_lineno(target) and target.predecessors > 1:
            new_target = g.new_block()
            new_target.append_copies(target)
            new_target.instrs[0].loc = last.loc
            last.target = new_target
            target.predecessors -= 1
            new_target.predecessors = 1
            new_target.next = target.next
            new_target.label = next_lbl
            next_lbl += 1
            target.next = new_target
        b = b.next
    for b in g.blocks():
        if b.has_fallthrough() and b.next is not None and b.instrs:
            if _is_exit_or_eval_check_without_lineno(b.next):
                b.next.instrs[0].loc = b.instrs[-1].loc


def _propagate_line_numbers(g: CFGBuilder) -> None:
    for b in g.blocks():
        last = b.last()
        if last is None:
            continue
        prev_location = NO_LOCATION
        for instr in b.instrs:
            if instr.loc.lineno == -1:
                instr.loc = prev_location
            else:
                prev_location = instr.loc
        nxt = b.next
        if b.has_fallthrough() and nxt is not None and nxt.predecessors == 1:
            if nxt.instrs and nxt.instrs[0].loc.lineno == -1:
                nxt.instrs[0].loc = prev_location
        if is_jump(last.opcode):
            target = last.target
            # (an emptied target: CPython writes into a dead array slot, to no effect)
            if (target.predecessors == 1 and target.instrs
                    and target.instrs[0].loc.lineno == -1):
                target.instrs[0].loc = prev_location


def _resolve_line_numbers(g: CFGBuilder) -> None:
    _duplicate_exits_without_lineno(g)
    _propagate_line_numbers(g)


# ---------------------------------------------------------------- the optimizer

def _optimize_cfg(g: CFGBuilder, consts: list, const_cache: dict) -> None:
    _check_cfg(g)
    _inline_small_or_no_lineno_blocks(g)
    _remove_unreachable(g)
    _resolve_line_numbers(g)
    optimize_load_const(g.blocks(), consts, const_cache)
    for b in g.blocks():
        optimize_basic_block(b, consts, const_cache)
    _remove_redundant_nops_and_pairs(g)
    _remove_unreachable(g)
    _remove_redundant_nops_and_jumps(g)


def _mark_warm(g: CFGBuilder) -> None:
    for b in g.blocks():
        b.visited = False
    entry = g.entryblock
    entry.visited = True
    stack = [entry]
    while stack:
        b = stack.pop()
        b.warm = True
        nxt = b.next
        if nxt is not None and b.has_fallthrough() and not nxt.visited:
            stack.append(nxt)
            nxt.visited = True
        for instr in b.instrs:
            if is_jump(instr.opcode) and not instr.target.visited:
                stack.append(instr.target)
                instr.target.visited = True


def _mark_cold(g: CFGBuilder) -> None:
    """mark_cold: blocks reachable only from exception handlers are cold."""
    _mark_warm(g)
    for b in g.blocks():
        b.visited = False
    stack = [b for b in g.blocks() if b.except_handler]
    for b in stack:
        b.visited = True
    while stack:
        b = stack.pop()
        b.cold = True
        nxt = b.next
        if nxt is not None and b.has_fallthrough() and not nxt.warm and not nxt.visited:
            stack.append(nxt)
            nxt.visited = True
        for instr in b.instrs:
            if is_jump(instr.opcode):
                target = instr.target
                if not target.warm and not target.visited:
                    stack.append(target)
                    target.visited = True


def _push_cold_blocks_to_end(g: CFGBuilder) -> None:
    entry = g.entryblock
    if entry.next is None:
        return
    _mark_cold(g)
    next_lbl = g.max_label() + 1
    # a cold block falling through to a warm one gets an explicit jump instead
    for b in g.blocks():
        if b.cold and b.has_fallthrough() and b.next is not None and b.next.warm:
            explicit_jump = g.new_block()
            if b.next.label == NO_LABEL:
                b.next.label = next_lbl
                next_lbl += 1
            explicit_jump.addop(op.JUMP_NO_INTERRUPT, b.next.label, NO_LOCATION, b.next)
            explicit_jump.cold = True
            explicit_jump.next = b.next
            explicit_jump.predecessors = 1
            b.next = explicit_jump
    cold_blocks = cold_blocks_tail = None
    b = entry
    while b.next is not None:
        while b.next is not None and not b.next.cold:
            b = b.next
        if b.next is None:
            break
        b_end = b.next
        while b_end.next is not None and b_end.next.cold:
            b_end = b_end.next
        if cold_blocks is None:
            cold_blocks = b.next
        else:
            cold_blocks_tail.next = b.next
        cold_blocks_tail = b_end
        b.next = b_end.next
        b_end.next = None
    b.next = cold_blocks
    if cold_blocks is not None:
        _remove_redundant_nops_and_jumps(g)


def optimize_code_unit(g: CFGBuilder, consts: list, const_cache: dict, nlocals: int,
                       nparams: int, firstlineno: int) -> None:
    """_PyCfg_OptimizeCodeUnit: every optimization pass, in CPython 3.14's order. `consts` is
    updated in place (new folded constants appended, unused ones removed)."""
    _translate_jump_labels_to_targets(g)
    _mark_except_handlers(g)
    _label_exception_targets(g)
    _optimize_cfg(g, consts, const_cache)
    _remove_unused_consts(g, consts)
    add_checks_for_loads_of_uninitialized_variables(g.blocks(), nlocals, nparams)
    insert_superinstructions(g.blocks())
    _remove_redundant_nops(g)
    _push_cold_blocks_to_end(g)
    _resolve_line_numbers(g)


# ---------------------------------------------------------------- lowering

def _convert_pseudo_conditional_jumps(g: CFGBuilder) -> None:
    """JUMP_IF_FALSE/TRUE -> COPY 1, TO_BOOL, POP_JUMP_IF_FALSE/TRUE."""
    for b in g.blocks():
        last = b.last()
        if last is not None and last.opcode in (op.JUMP_IF_FALSE, op.JUMP_IF_TRUE):
            last.opcode = (op.POP_JUMP_IF_FALSE if last.opcode == op.JUMP_IF_FALSE
                           else op.POP_JUMP_IF_TRUE)
            b.instrs[-1:-1] = [Instr(op.COPY, 1, last.loc, None, last.except_),
                               Instr(op.TO_BOOL, 0, last.loc, None, last.except_)]


def _stackdepth_push(stack: list[Block], b: Block, depth: int) -> None:
    if not (b.startdepth < 0 or b.startdepth == depth):
        raise CFGError("ValueError", "Invalid CFG, inconsistent stackdepth")
    if b.startdepth < depth and b.startdepth < 100:
        b.startdepth = depth
        stack.append(b)


_SPECIALIZED = frozenset(o.number for o in BY_NUMBER.values()
                         if not o.is_pseudo and o.deopt != o.name)


def _stack_effect(instr: Instr, jump: bool) -> int:
    opcode = instr.opcode
    if opcode in _SPECIALIZED:
        raise CFGError("SystemError",
                       f"Invalid stack effect for opcode={opcode}, arg={instr.oparg}")
    if not jump and opcode in BLOCK_PUSH:
        return 0
    popped, pushed = popped_pushed(opcode, instr.oparg)
    return pushed - popped


def calculate_stackdepth(g: CFGBuilder) -> int:
    """calculate_stackdepth: the deepest stack on any path (cycles are assumed to have no
    net effect); also sets each reachable block's startdepth."""
    for b in g.blocks():
        b.startdepth = -(1 << 31)
    maxdepth = 0
    stack: list[Block] = []
    _stackdepth_push(stack, g.entryblock, 0)
    while stack:
        b = stack.pop()
        depth = b.startdepth
        nxt = b.next
        for instr in b.instrs:
            new_depth = depth + _stack_effect(instr, False)
            if new_depth < 0:
                raise CFGError("ValueError", "Invalid CFG, stack underflow")
            if depth > maxdepth:
                maxdepth = depth
            opcode = instr.opcode
            if opcode in HAS_TARGET and opcode != op.END_ASYNC_FOR:
                _stackdepth_push(stack, instr.target, depth + _stack_effect(instr, True))
            depth = new_depth
            if opcode in UNCONDITIONAL_JUMP or opcode in SCOPE_EXIT:
                nxt = None
                break
        if nxt is not None:
            _stackdepth_push(stack, nxt, depth)
    return maxdepth


def _convert_pseudo_ops(g: CFGBuilder) -> None:
    for b in g.blocks():
        for instr in b.instrs:
            if instr.opcode in BLOCK_PUSH:
                instr.set_op0(op.NOP)
            elif instr.opcode == op.LOAD_CLOSURE:
                instr.opcode = op.LOAD_FAST
            elif instr.opcode == op.STORE_FAST_MAYBE_NULL:
                instr.opcode = op.STORE_FAST
    _remove_redundant_nops_and_jumps(g)


_REVERSED_JUMP = {op.POP_JUMP_IF_NOT_NONE: op.POP_JUMP_IF_NONE,
                  op.POP_JUMP_IF_NONE: op.POP_JUMP_IF_NOT_NONE,
                  op.POP_JUMP_IF_FALSE: op.POP_JUMP_IF_TRUE,
                  op.POP_JUMP_IF_TRUE: op.POP_JUMP_IF_FALSE}


def _normalize_jumps(g: CFGBuilder) -> None:
    """normalize_jumps: conditional jumps only go forward and are followed by NOT_TAKEN; a
    backward one becomes the reversed jump over a NOT_TAKEN + JUMP back."""
    for b in g.blocks():
        b.visited = False
    b = g.entryblock
    while b is not None:  # the new blocks are walked too
        b.visited = True
        last = b.last()
        if last is None or last.opcode not in CONDITIONAL_JUMP:
            b = b.next
            continue
        if not last.target.visited:
            b.addop(op.NOT_TAKEN, 0, last.loc)
            b = b.next
            continue
        target = last.target
        backwards_jump = g.new_block()
        backwards_jump.addop(op.NOT_TAKEN, 0, last.loc)
        backwards_jump.addop(op.JUMP, target.label, last.loc, target)
        backwards_jump.startdepth = target.startdepth
        last.opcode = _REVERSED_JUMP[last.opcode]
        last.target = b.next
        backwards_jump.cold = b.cold
        backwards_jump.next = b.next
        b.next = backwards_jump
        b = b.next


def _to_instruction_sequence(g: CFGBuilder) -> InstructionSequence:
    """_PyCfg_ToInstructionSequence: the blocks laid out in order, jump targets and exception
    handlers given as the index of their block's first instruction (labels applied)."""
    blocks = g.blocks()
    first_index = []
    count = 0
    for label, b in enumerate(blocks):
        b.label = label
        first_index.append(count)
        count += len(b.instrs)
    seq = InstructionSequence()
    out = seq.instrs
    # one (read-only) handler record per handler block
    infos: dict[Block | None, ExceptHandlerInfo] = {None: NO_EXCEPT_HANDLER}
    for b in blocks:
        for instr in b.instrs:
            oparg = instr.oparg
            if instr.opcode in HAS_TARGET:
                oparg = first_index[instr.target.label]
            handler = instr.except_
            info = infos.get(handler)
            if info is None:
                info = infos[handler] = ExceptHandlerInfo(
                    first_index[handler.label], handler.startdepth, int(handler.preserve_lasti))
            out.append(Instruction(instr.opcode, oparg, instr.loc, info))
    seq.labelmap = None
    return seq


def optimized_cfg_to_instruction_sequence(g: CFGBuilder, umd: CodeUnitMetadata,
                                          code_flags: int
                                          ) -> tuple[int, int, InstructionSequence]:
    """_PyCfg_OptimizedCfgToInstructionSequence: (stack depth, locals-plus size, sequence)."""
    _convert_pseudo_conditional_jumps(g)
    stackdepth = calculate_stackdepth(g)
    nlocalsplus = prepare_localsplus(umd, g.blocks(), code_flags)
    _convert_pseudo_ops(g)
    _normalize_jumps(g)
    # the last change to the code: later ones could invalidate the borrow analysis
    optimize_load_fast(g.blocks())
    return stackdepth, nlocalsplus, _to_instruction_sequence(g)


def optimize_cfg(seq: InstructionSequence, consts: list, nlocals: int) -> InstructionSequence:
    """_PyCompile_OptimizeCfg (what _testinternalcapi.optimize_cfg runs): the optimizer on a
    hand-made sequence, with no parameters and first line 1."""
    const_cache: dict = {}
    g = cfg_from_instruction_sequence(seq)
    optimize_code_unit(g, consts, const_cache, nlocals, 0, 1)
    calculate_stackdepth(g)
    optimize_load_fast(g.blocks())
    return _to_instruction_sequence(g)
