"""Code objects: the compiler's output and the eval loop's input.

Mirrors Objects/codeobject.c (PyCodeObject) as far as the fields go: the locals-plus layout
(`co_localsplusnames` with one kind byte each in `co_localspluskinds`), from which
co_varnames, co_cellvars, co_freevars and co_nlocals are derived as CPython derives them.
Left out for now: co_positions, co_lines, co_branches and replace() (they arrive with the
assembler), and the guest-visible type (it arrives with the object model).
"""
from __future__ import annotations

# code flags (Include/cpython/code.h)
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000
CO_NO_MONITORING_EVENTS = 0x2000000
CO_HAS_DOCSTRING = 0x4000000
CO_METHOD = 0x8000000

# kinds of the locals-plus slots (Include/internal/pycore_code.h)
CO_FAST_ARG_POS = 0x02
CO_FAST_ARG_KW = 0x04
CO_FAST_ARG_VAR = 0x08
CO_FAST_ARG = CO_FAST_ARG_POS | CO_FAST_ARG_KW | CO_FAST_ARG_VAR
CO_FAST_HIDDEN = 0x10
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80


class Code:
    """A compiled code object (PyCodeObject)."""

    __slots__ = (
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
        "co_code", "co_consts", "co_names", "co_localsplusnames", "co_localspluskinds",
        "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
        "co_exceptiontable", "__weakref__", "_cache",
    )

    def __init__(self, argcount: int, posonlyargcount: int, kwonlyargcount: int, stacksize: int,
                 flags: int, code: bytes, consts: tuple, names: tuple[str, ...],
                 localsplusnames: tuple[str, ...], localspluskinds: bytes, filename: str,
                 name: str, qualname: str, firstlineno: int, linetable: bytes,
                 exceptiontable: bytes) -> None:
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = code
        self.co_consts = consts
        self.co_names = names
        self.co_localsplusnames = localsplusnames
        self.co_localspluskinds = localspluskinds
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = qualname
        self.co_firstlineno = firstlineno
        self.co_linetable = linetable
        self.co_exceptiontable = exceptiontable
        self._cache = None

    def _names_of_kind(self, kind: int) -> tuple[str, ...]:
        return tuple(name for name, k in zip(self.co_localsplusnames, self.co_localspluskinds)
                     if k & kind)

    @property
    def co_varnames(self) -> tuple[str, ...]:
        return self._names_of_kind(CO_FAST_LOCAL)

    @property
    def co_cellvars(self) -> tuple[str, ...]:
        return self._names_of_kind(CO_FAST_CELL)

    @property
    def co_freevars(self) -> tuple[str, ...]:
        return self._names_of_kind(CO_FAST_FREE)

    @property
    def co_nlocals(self) -> int:
        return len(self.co_varnames)

    def __repr__(self) -> str:
        return (f'<code object {self.co_name}, file "{self.co_filename}", '
                f"line {self.co_firstlineno}>")
