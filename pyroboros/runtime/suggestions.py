"""'Did you mean' suggestions for NameError and AttributeError.

Mirrors Python/suggestions.c (levenshtein_distance with its case-insensitive substitution cost,
_Py_CalculateSuggestions' candidate limits) and the candidate lists of Lib/traceback.py's
_compute_suggestion_error (dir() of the object, hiding _names unless asked for or inside one of
the object's own methods; for NameError the innermost frame's locals, globals and builtins,
and `self.name` when the instance has it; for ImportError's name_from, dir() of the module
`__import__(name)` gives).
"""
from __future__ import annotations

import sys
from typing import Any

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


def _substitution_cost(a: str, b: str) -> int:
    if a == b:
        return 0
    return CASE_COST if a.lower() == b.lower() else MOVE_COST


def levenshtein_distance(a: str, b: str, max_cost: int) -> int:
    """Mirrors suggestions.c: levenshtein_distance (one row, early exit past max_cost)."""
    if a == b:
        return 0
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    a, b = a[pre:], b[pre:]
    post = 0
    while post < len(a) and post < len(b) and a[-1 - post] == b[-1 - post]:
        post += 1
    if post:
        a, b = a[:-post], b[:-post]
    if not a or not b:
        return MOVE_COST * (len(a) + len(b))
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = list(range(MOVE_COST, MOVE_COST * (len(a) + 1), MOVE_COST))
    result = 0
    for b_index, b_char in enumerate(b):
        distance = result = b_index * MOVE_COST
        minimum = None
        for index, a_char in enumerate(a):
            substitute = distance + _substitution_cost(b_char, a_char)
            distance = row[index]
            result = min(min(result, distance) + MOVE_COST, substitute)
            row[index] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum is not None and minimum > max_cost:
            return max_cost + 1
    return result


def best_match(candidates: list[str], wrong: str) -> str | None:
    """Mirrors suggestions.c: _Py_CalculateSuggestions."""
    if len(candidates) > MAX_CANDIDATE_ITEMS or len(wrong) > MAX_STRING_SIZE:
        return None
    # suggestions.c starts from PY_SSIZE_T_MAX (traceback.py's pure-Python fallback, which
    # CPython does not use, starts from len(wrong) and misses short names).
    best_distance = sys.maxsize
    suggestion = None
    for name in candidates:
        if name == wrong:
            continue
        max_distance = (len(name) + len(wrong) + 3) * MOVE_COST // 6
        max_distance = min(max_distance, best_distance - 1)
        distance = levenshtein_distance(wrong, name, max_distance)
        if distance > max_distance:
            continue
        if not suggestion or distance < best_distance:
            suggestion = name
            best_distance = distance
    return suggestion


def _innermost_frame(tb: Any) -> Any:
    if tb is None:
        return None
    while tb.next is not None:
        tb = tb.next
    return tb.frame


def attribute_suggestion(obj: Any, wrong: str, tb: Any) -> str | None:
    from ..vm.frame import frame_locals
    from . import protocol
    try:
        names = sorted(x for x in protocol.call_method(obj, "__dir__") if isinstance(x, str))
    except BaseException:
        return None
    hide = wrong[:1] != "_"
    frame = _innermost_frame(tb)
    if hide and frame is not None:
        local = frame_locals(frame)
        if "self" in local and local["self"] is obj:
            hide = False
    if hide:
        names = [x for x in names if x[:1] != "_"]
    return best_match(names, wrong)


def name_suggestion(wrong: str, tb: Any) -> str | None:
    from ..vm.frame import frame_locals
    from . import protocol
    frame = _innermost_frame(tb)
    if frame is None:
        return None
    local = frame_locals(frame)
    names = [x for x in [*local, *frame.globals, *frame.builtins] if isinstance(x, str)]
    if "self" in local:
        try:
            if protocol.getattr_or_missing(local["self"], wrong) is not protocol.MISSING:
                return f"self.{wrong}"
        except BaseException:
            pass
    return best_match(names, wrong)


def import_suggestion(module_name: Any, wrong: str) -> str | None:
    from . import protocol
    from .importer import import_name
    try:
        names = sorted(x for x in protocol.call_method(import_name(module_name), "__dir__")
                       if isinstance(x, str))
    except BaseException:
        return None
    if wrong[:1] != "_":
        names = [x for x in names if x[:1] != "_"]
    return best_match(names, wrong)
