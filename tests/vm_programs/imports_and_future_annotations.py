"""Imports (IMPORT_NAME, IMPORT_FROM, import *) and `from __future__ import annotations`
(SETUP_ANNOTATIONS; annotations stored as strings on functions and classes)."""
from __future__ import annotations

import sys
import sys as system
from sys import maxsize as biggest, getrecursionlimit
from sys import *

print(sys is system, biggest == system.maxsize, getrecursionlimit())
print("setrecursionlimit" in globals(), "_getframe" in globals() or True)

x: int = 1
y: list[Undefined]
print(__annotations__)


class Point:
    x: int
    y: float = 2.0
    z: "quoted"

print(Point.__annotations__, Point.y)


def f(a: int, *args: str, b: Missing = 3, **kw: dict[str, int]) -> tuple[int, ...]:
    return a, args, b, kw

print(f.__annotations__)
print(f(1, "s", b=2, k=4))


def local_annotations():
    v: SomethingUndefined = 5
    return v

print(local_annotations())

try:
    from sys import no_such_name
except ImportError as exc:
    print(type(exc).__name__, exc)

try:
    import no_such_module_here
except ModuleNotFoundError as exc:
    print(type(exc).__name__, exc, exc.name)
