"""Frames, tracebacks and the thread state the eval loop keeps.

Mirrors Include/internal/pycore_frame.h (_PyInterpreterFrame: code, globals, builtins, locals,
localsplus, stack, instruction pointer, previous frame), Objects/frameobject.c (the f_* view),
Python/traceback.c (PyTraceBack_Here) and Include/cpython/pystate.h (the current frame, the
recursion counter and the handled exception). A Frame is both the interpreter frame and its
guest frame object: the eval loop keeps its hot state in host locals and writes `pc`/`lasti`
back only when it leaves the frame (so a frame's own f_lineno/f_lasti read by attribute are
those of its last call). The guest-visible surface (f_*, clear(), FrameLocalsProxy, building
tracebacks) is objects/frameobject.py. Left out: line events.
"""
from __future__ import annotations

from typing import Any

from .decode import Decoded, positions


class Frame:
    """One activation of a code object. `fast` holds locals, cells and free variables (MISSING
    when unbound); `locals` is the namespace of module and class bodies (None in functions).
    A frame running `__init__` for a class called from the eval loop keeps the new object in
    `init_self`, returned in place of __init__'s None (CALL_ALLOC_AND_ENTER_INIT)."""

    __slots__ = ("code", "decoded", "globals", "builtins", "locals", "fast", "stack", "pc",
                 "lasti", "back", "func", "generator", "init_self", "__weakref__")

    def __init__(self, code: Any, decoded: Decoded, globals: dict, builtins: dict,
                 locals: Any, fast: list, func: Any) -> None:
        self.code = code
        self.decoded = decoded
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        self.fast = fast
        self.stack: list = []
        self.pc = 0
        self.lasti = 0
        self.back: Frame | None = None
        self.func = func
        self.generator = None
        self.init_self: Any = None   # the new object, when this frame runs its class's __init__

    @property
    def lineno(self) -> int | None:
        return positions(self.code)[self.lasti][0]

    def __repr__(self) -> str:
        return (f"<frame at {id(self):#x}, file '{self.code.co_filename}', line {self.lineno}, "
                f"code {self.code.co_name}>")


def frame_locals(frame: Frame) -> Any:
    """locals(): the namespace of module and class bodies, else a snapshot dict of the bound
    variables (objects/frameobject.py: locals_snapshot)."""
    from ..objects.frameobject import locals_snapshot
    return locals_snapshot(frame)


class Traceback:
    """A traceback entry (PyTracebackObject): frame and instruction index at the time."""

    __slots__ = ("next", "frame", "lasti")

    def __init__(self, next: "Traceback | None", frame: Frame, lasti: int) -> None:
        self.next = next
        self.frame = frame
        self.lasti = lasti

    @property
    def lineno(self) -> int | None:
        return positions(self.frame.code)[self.lasti][0]


class ThreadState:
    """The running thread's interpreter state (PyThreadState's parts the VM uses)."""

    __slots__ = ("frame", "depth", "limit", "exc_info")

    def __init__(self) -> None:
        self.frame: Frame | None = None
        self.depth = 0
        self.limit = 1000
        self.exc_info: Any = None


STATE = ThreadState()
