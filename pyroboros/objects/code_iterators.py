"""The iterators code objects hand out: co_lines(), co_branches() and co_positions().

Mirrors Objects/codeobject.c (lineiterobject, positionsiterator) and
Python/instrumentation.c (branchesiterator, whose type is also named "line_iterator"): guest
objects of their own, so that a guest never holds the host generator that computes them.
Left out: their __reduce__ (CPython has none either).
"""
from __future__ import annotations

from typing import Any, Iterator

from .builtin_types import _own_type, method


class LineIterator:
    """co_lines()'s and co_branches()' iterator over tuples the code object computes."""

    __slots__ = ("items",)

    def __init__(self, items: Iterator[tuple]) -> None:
        self.items = items

    def __iter__(self) -> "LineIterator":
        return self

    def __next__(self) -> tuple:
        return next(self.items)


class PositionsIterator(LineIterator):
    """co_positions()'s iterator."""

    __slots__ = ()


for _host, _name in [(LineIterator, "line_iterator"), (PositionsIterator, "positions_iterator")]:
    _t = _own_type(_name, _host)
    method(_t, "__iter__", lambda it: it)
    method(_t, "__next__", _host.__next__)


def code_iterator(code: Any, name: str) -> LineIterator:
    """The guest iterator of code.<name>() (co_lines, co_positions or co_branches)."""
    kind = PositionsIterator if name == "co_positions" else LineIterator
    return kind(getattr(code, name)())
