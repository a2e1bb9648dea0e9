"""One rich comparison for the six host comparison dunders.

Mirrors the shape of a C tp_richcompare slot (Objects/object.c: do_richcompare calls one
function with the operator): a class that mixes in `RichCompare` writes `_compare(other, op)`
once, `op` being one of the operator module's comparison functions, and returns
NotImplemented where the C slot does. Instances are unhashable, as a C type that defines
tp_richcompare without tp_hash is.
"""
from __future__ import annotations

import operator
from typing import Any, Callable


class RichCompare:
    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]

    def _compare(self, other: Any, op: Callable[[Any, Any], Any]) -> Any:
        raise NotImplementedError

    def __eq__(self, other: Any) -> Any:
        return self._compare(other, operator.eq)

    def __ne__(self, other: Any) -> Any:
        return self._compare(other, operator.ne)

    def __lt__(self, other: Any) -> Any:
        return self._compare(other, operator.lt)

    def __le__(self, other: Any) -> Any:
        return self._compare(other, operator.le)

    def __gt__(self, other: Any) -> Any:
        return self._compare(other, operator.gt)

    def __ge__(self, other: Any) -> Any:
        return self._compare(other, operator.ge)
