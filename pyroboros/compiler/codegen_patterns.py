"""Code generation for the match statement (PEP 634).

Mirrors the pattern part of Python/codegen.c (codegen_match, codegen_pattern_*). Every
pattern routine consumes the subject on top of the stack and jumps to a fail_pop label on
failure; `on_top` counts the items above it that a failure must pop, and captured values wait
underneath them until the whole pattern matched. Nothing is left out.
"""
from __future__ import annotations

from ..bytecode import opcodes as op
from ..parser import ast_nodes as ast
from .codegen import (LOC, NB, addcompare, addop, addop_binary, addop_i, addop_j, jump_if,
                      load_const, nameop, new_label, use_label, visit_expr, visit_seq)
from .compile import Compiler
from .assemble import NEXT_LOCATION
from .instruction_sequence import NO_LOCATION, Location

_EQ, _GTE, _IS = ast.Eq(), ast.GtE(), ast.Is()
_SUB = ast.Sub()


class PatternContext:
    """pattern_context."""

    __slots__ = ("stores", "allow_irrefutable", "fail_pop", "on_top")

    def __init__(self) -> None:
        self.stores: list[str] = []
        self.allow_irrefutable = False
        self.fail_pop: list[int] = []
        self.on_top = 0


def _is_wildcard(p) -> bool:
    return type(p) is ast.MatchAs and p.name is None and p.pattern is None


def _is_star_wildcard(p) -> bool:
    return type(p) is ast.MatchStar and p.name is None


def ensure_fail_pop(c: Compiler, pc: PatternContext, n: int) -> None:
    while len(pc.fail_pop) < n + 1:
        pc.fail_pop.append(new_label(c))


def jump_to_fail_pop(c: Compiler, loc: Location, pc: PatternContext, opcode: int) -> None:
    """Jump to the block popping the items on top and the pending captures."""
    pops = pc.on_top + len(pc.stores)
    ensure_fail_pop(c, pc, pops)
    addop_j(c, opcode, pc.fail_pop[pops], loc)


def emit_and_reset_fail_pop(c: Compiler, loc: Location, pc: PatternContext) -> None:
    """The fail_pop blocks: each pops one item and falls through to the next."""
    if not pc.fail_pop:
        return
    for label in reversed(pc.fail_pop[1:]):
        use_label(c, label)
        addop(c, op.POP_TOP, loc)
    use_label(c, pc.fail_pop[0])
    pc.fail_pop = []


def error_duplicate_store(c: Compiler, loc: Location, name: str) -> None:
    c.error(loc, f"multiple assignments to name {name!r} in pattern")


def pattern_helper_rotate(c: Compiler, loc: Location, count: int) -> None:
    """The effect of 3.10's ROT_N with SWAPs."""
    while count > 1:
        addop_i(c, op.SWAP, count, loc)
        count -= 1


def pattern_helper_store_name(c: Compiler, loc: Location, name: str | None,
                              pc: PatternContext) -> None:
    if name is None:
        addop(c, op.POP_TOP, loc)
        return
    if name in pc.stores:
        error_duplicate_store(c, loc, name)
    # rotate the value underneath the items that must stay on top
    pattern_helper_rotate(c, loc, pc.on_top + len(pc.stores) + 1)
    pc.stores.append(name)


def pattern_unpack_helper(c: Compiler, loc: Location, elts: list) -> None:
    n = len(elts)
    seen_star = False
    for i, elt in enumerate(elts):
        if type(elt) is ast.MatchStar:
            if seen_star:
                c.error(loc, "multiple starred expressions in sequence pattern")
            if i >= (1 << 8) or n - i - 1 >= (0x7FFFFFFF >> 8):
                c.error(loc, "too many expressions in star-unpacking sequence pattern")
            addop_i(c, op.UNPACK_EX, i + ((n - i - 1) << 8), loc)
            seen_star = True
    if not seen_star:
        addop_i(c, op.UNPACK_SEQUENCE, n, loc)


def pattern_helper_sequence_unpack(c: Compiler, loc: Location, patterns: list,
                                   pc: PatternContext) -> None:
    pattern_unpack_helper(c, loc, patterns)
    pc.on_top += len(patterns)
    for pattern in patterns:
        pc.on_top -= 1
        pattern_subpattern(c, pattern, pc)


def pattern_helper_sequence_subscr(c: Compiler, loc: Location, patterns: list, star: int,
                                   pc: PatternContext) -> None:
    """Like sequence_unpack, but indexing: for [first, *_, last] and the like."""
    pc.on_top += 1
    size = len(patterns)
    for i, pattern in enumerate(patterns):
        if _is_wildcard(pattern) or i == star:
            continue
        addop_i(c, op.COPY, 1, loc)
        if i < star:
            load_const(c, i, loc)
        else:
            # the subject may not support negative indexing
            addop(c, op.GET_LEN, loc)
            load_const(c, size - i, loc)
            addop_binary(c, loc, _SUB, False)
        addop_i(c, op.BINARY_OP, NB["NB_SUBSCR"], loc)
        pattern_subpattern(c, pattern, pc)
    pc.on_top -= 1
    addop(c, op.POP_TOP, loc)


def pattern_subpattern(c: Compiler, p, pc: PatternContext) -> None:
    """codegen_pattern without the irrefutability check."""
    allow_irrefutable = pc.allow_irrefutable
    pc.allow_irrefutable = True
    codegen_pattern(c, p, pc)
    pc.allow_irrefutable = allow_irrefutable


def pattern_as(c: Compiler, p: ast.MatchAs, pc: PatternContext) -> None:
    if p.pattern is None:
        if not pc.allow_irrefutable:
            if p.name:
                c.error(LOC(p), f"name capture {p.name!r} makes remaining patterns unreachable")
            c.error(LOC(p), "wildcard makes remaining patterns unreachable")
        pattern_helper_store_name(c, LOC(p), p.name, pc)
        return
    pc.on_top += 1
    addop_i(c, op.COPY, 1, LOC(p))
    codegen_pattern(c, p.pattern, pc)
    pc.on_top -= 1
    pattern_helper_store_name(c, LOC(p), p.name, pc)


def pattern_star(c: Compiler, p: ast.MatchStar, pc: PatternContext) -> None:
    pattern_helper_store_name(c, LOC(p), p.name, pc)


def validate_kwd_attrs(c: Compiler, attrs: list[str], patterns: list) -> None:
    for i, attr in enumerate(attrs):
        for j in range(i + 1, len(attrs)):
            if attrs[j] == attr:
                c.error(LOC(patterns[j]), f"attribute name repeated in class pattern: {attr}")


def pattern_class(c: Compiler, p: ast.MatchClass, pc: PatternContext) -> None:
    patterns, kwd_attrs, kwd_patterns = p.patterns, p.kwd_attrs, p.kwd_patterns
    nargs, nattrs = len(patterns), len(kwd_attrs)
    loc = LOC(p)
    if nattrs != len(kwd_patterns):
        c.error(loc, f"kwd_attrs ({nattrs}) / kwd_patterns ({len(kwd_patterns)}) length "
                     "mismatch in class pattern")
    if nattrs:
        validate_kwd_attrs(c, kwd_attrs, kwd_patterns)
    visit_expr(c, p.cls)
    load_const(c, tuple(kwd_attrs), loc)
    addop_i(c, op.MATCH_CLASS, nargs, loc)
    addop_i(c, op.COPY, 1, loc)
    load_const(c, None, loc)
    addop_i(c, op.IS_OP, 1, loc)
    # a tuple of nargs + nattrs attributes (or None) is on top
    pc.on_top += 1
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    addop_i(c, op.UNPACK_SEQUENCE, nargs + nattrs, loc)
    pc.on_top += nargs + nattrs - 1
    for pattern in (*patterns, *kwd_patterns):
        pc.on_top -= 1
        if _is_wildcard(pattern):
            addop(c, op.POP_TOP, loc)
            continue
        pattern_subpattern(c, pattern, pc)


def pattern_mapping_key(c: Compiler, seen: set, p: ast.MatchMapping, i: int) -> None:
    key = p.keys[i]
    if key is None:
        c.error(LOC(p.patterns[i]),
                "can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
    if type(key) is ast.Constant:
        # compared by value, as CPython's set does (1, 1.0 and True are one key)
        if key.value in seen:
            c.error(LOC(p), f"mapping pattern checks duplicate key ({key.value!r})")
        seen.add(key.value)
    elif type(key) is not ast.Attribute:
        c.error(LOC(p), "mapping pattern keys may only match literals and attribute lookups")
    visit_expr(c, key)


def pattern_mapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext) -> None:
    keys, patterns = p.keys, p.patterns
    size = len(keys)
    loc = LOC(p)
    if size != len(patterns):
        c.error(loc, f"keys ({size}) / patterns ({len(patterns)}) length mismatch in mapping "
                     "pattern")
    star_target = p.rest
    pc.on_top += 1
    addop(c, op.MATCH_MAPPING, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    if not size and not star_target:
        # just "{}"
        pc.on_top -= 1
        addop(c, op.POP_TOP, loc)
        return
    if size:
        addop(c, op.GET_LEN, loc)
        load_const(c, size, loc)
        addcompare(c, loc, _GTE)
        jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    seen: set = set()
    for i in range(size):
        pattern_mapping_key(c, seen, p, i)
    addop_i(c, op.BUILD_TUPLE, size, loc)
    addop(c, op.MATCH_KEYS, loc)
    # a tuple of keys and a tuple of values are now on top of the subject
    pc.on_top += 2
    addop_i(c, op.COPY, 1, loc)
    load_const(c, None, loc)
    addop_i(c, op.IS_OP, 1, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    addop_i(c, op.UNPACK_SEQUENCE, size, loc)
    pc.on_top += size - 1
    for pattern in patterns:
        pc.on_top -= 1
        pattern_subpattern(c, pattern, pc)
    pc.on_top -= 2
    if star_target:
        # rest = dict(subject); del rest[key] for each key
        addop_i(c, op.BUILD_MAP, 0, loc)
        addop_i(c, op.SWAP, 3, loc)
        addop_i(c, op.DICT_UPDATE, 2, loc)
        addop_i(c, op.UNPACK_SEQUENCE, size, loc)
        while size:
            addop_i(c, op.COPY, 1 + size, loc)
            size -= 1
            addop_i(c, op.SWAP, 2, loc)
            addop(c, op.DELETE_SUBSCR, loc)
        pattern_helper_store_name(c, loc, star_target, pc)
    else:
        addop(c, op.POP_TOP, loc)
        addop(c, op.POP_TOP, loc)


def pattern_or(c: Compiler, p: ast.MatchOr, pc: PatternContext) -> None:
    end = new_label(c)
    size = len(p.patterns)
    old_stores, old_allow, old_fail_pop, old_on_top = \
        pc.stores, pc.allow_irrefutable, pc.fail_pop, pc.on_top
    control: list[str] | None = None
    for i, alt in enumerate(p.patterns):
        pc.stores = []
        # an irrefutable alternative must be last, if it is allowed at all
        pc.allow_irrefutable = i == size - 1 and old_allow
        pc.fail_pop = []
        pc.on_top = 0
        addop_i(c, op.COPY, 1, LOC(alt))
        codegen_pattern(c, alt, pc)
        nstores = len(pc.stores)
        if i == 0:
            control = pc.stores
        elif nstores != len(control):
            c.error(LOC(p), "alternative patterns bind different names")
        elif nstores:
            # reorder the captured values on the stack to control's order
            icontrol = nstores
            while icontrol:
                icontrol -= 1
                name = control[icontrol]
                if name not in pc.stores:
                    c.error(LOC(p), "alternative patterns bind different names")
                istores = pc.stores.index(name)
                if icontrol != istores:
                    rotations = istores + 1
                    rotated = pc.stores[:rotations]
                    del pc.stores[:rotations]
                    pc.stores[icontrol - istores:icontrol - istores] = rotated
                    for _ in range(rotations):
                        pattern_helper_rotate(c, LOC(alt), icontrol + 1)
        addop_j(c, op.JUMP, end, LOC(alt))
        emit_and_reset_fail_pop(c, LOC(alt), pc)
    pc.stores, pc.allow_irrefutable, pc.fail_pop, pc.on_top = \
        old_stores, old_allow, old_fail_pop, old_on_top
    # no alternative matched: pop the subject's copy and fail
    addop(c, op.POP_TOP, LOC(p))
    jump_to_fail_pop(c, LOC(p), pc, op.JUMP)
    use_label(c, end)
    nstores = len(control)
    # between the new captures and their place: the other captures, the subject's copy,
    # the items on top and the earlier captures
    nrots = nstores + 1 + pc.on_top + len(pc.stores)
    for name in control:
        pattern_helper_rotate(c, LOC(p), nrots)
        if name in pc.stores:
            error_duplicate_store(c, LOC(p), name)
        pc.stores.append(name)
    addop(c, op.POP_TOP, LOC(p))


def pattern_sequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext) -> None:
    patterns = p.patterns
    size = len(patterns)
    loc = LOC(p)
    star = -1
    only_wildcard = True
    star_wildcard = False
    for i, pattern in enumerate(patterns):
        if type(pattern) is ast.MatchStar:
            if star >= 0:
                c.error(loc, "multiple starred names in sequence pattern")
            star_wildcard = _is_star_wildcard(pattern)
            only_wildcard = only_wildcard and star_wildcard
            star = i
            continue
        only_wildcard = only_wildcard and _is_wildcard(pattern)
    pc.on_top += 1
    addop(c, op.MATCH_SEQUENCE, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    if star < 0:
        addop(c, op.GET_LEN, loc)
        load_const(c, size, loc)
        addcompare(c, loc, _EQ)
        jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    elif size > 1:
        addop(c, op.GET_LEN, loc)
        load_const(c, size - 1, loc)
        addcompare(c, loc, _GTE)
        jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    pc.on_top -= 1
    if only_wildcard:
        addop(c, op.POP_TOP, loc)
    elif star_wildcard:
        pattern_helper_sequence_subscr(c, loc, patterns, star, pc)
    else:
        pattern_helper_sequence_unpack(c, loc, patterns, pc)


def pattern_value(c: Compiler, p: ast.MatchValue, pc: PatternContext) -> None:
    value = p.value
    loc = LOC(p)
    if type(value) not in (ast.Constant, ast.Attribute):
        c.error(loc, "patterns may only match literals and attribute lookups")
    visit_expr(c, value)
    addcompare(c, loc, _EQ)
    addop(c, op.TO_BOOL, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)


def pattern_singleton(c: Compiler, p: ast.MatchSingleton, pc: PatternContext) -> None:
    loc = LOC(p)
    load_const(c, p.value, loc)
    addcompare(c, loc, _IS)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)


_PATTERN = {ast.MatchValue: pattern_value, ast.MatchSingleton: pattern_singleton,
            ast.MatchSequence: pattern_sequence, ast.MatchMapping: pattern_mapping,
            ast.MatchClass: pattern_class, ast.MatchStar: pattern_star, ast.MatchAs: pattern_as,
            ast.MatchOr: pattern_or}


def codegen_pattern(c: Compiler, p, pc: PatternContext) -> None:
    handler = _PATTERN.get(type(p))
    if handler is None:
        c.error(LOC(p), f"invalid match pattern node in AST (kind={type(p).__name__})")
    handler(c, p, pc)


def codegen_match(c: Compiler, s: ast.Match) -> None:
    """codegen_match_inner."""
    pc = PatternContext()
    visit_expr(c, s.subject)
    end = new_label(c)
    cases = s.cases
    ncases = len(cases)
    has_default = _is_wildcard(cases[-1].pattern) and ncases > 1
    for i, m in enumerate(cases[:ncases - has_default]):
        ploc = LOC(m.pattern)
        last = i == ncases - has_default - 1
        # copy the subject unless this is the last case
        if not last:
            addop_i(c, op.COPY, 1, ploc)
        pc.stores = []
        # irrefutable cases must be guarded, last, or both
        pc.allow_irrefutable = m.guard is not None or i == ncases - 1
        pc.fail_pop = []
        pc.on_top = 0
        codegen_pattern(c, m.pattern, pc)
        for name in pc.stores:
            nameop(c, ploc, name, ast.Store)
        if m.guard is not None:
            ensure_fail_pop(c, pc, 0)
            jump_if(c, ploc, m.guard, pc.fail_pop[0], False)
        if not last:
            # the next location: better positions for branch events
            addop(c, op.POP_TOP, NEXT_LOCATION)
        visit_seq(c, m.body)
        addop_j(c, op.JUMP, end, NO_LOCATION)
        # a failed pattern's cleanup belongs to the pattern, not to the body's last line
        emit_and_reset_fail_pop(c, ploc, pc)
    if has_default:
        m = cases[-1]
        ploc = LOC(m.pattern)
        if ncases == 1:
            addop(c, op.POP_TOP, ploc)
        else:
            # line coverage for the default case, which makes no bytecode of its own
            addop(c, op.NOP, ploc)
        if m.guard is not None:
            jump_if(c, ploc, m.guard, end, False)
        visit_seq(c, m.body)
    use_label(c, end)
