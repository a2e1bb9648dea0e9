"""Code objects: the compiler's output and the eval loop's input.

Mirrors Objects/codeobject.c (PyCodeObject): the locals-plus layout (`co_localsplusnames`
with one kind byte each in `co_localspluskinds`), from which co_varnames, co_cellvars,
co_freevars and co_nlocals are derived as CPython derives them; co_positions(), co_lines(),
co_lnotab and line lookup over the location table (pyroboros/bytecode/locations.py);
co_branches() (Python/instrumentation.c: branchesiter_next); the exception table
(pyroboros/bytecode/exception_table.py); replace() and _varname_from_oparg(). The guest
type `code` (with co_lnotab's DeprecationWarning) is made in builtin_types.py; code objects
compare and hash by content (code_richcompare, code_hash). Left out: code.__new__.
"""
from __future__ import annotations

from typing import Iterator

from ..bytecode import exception_table, locations
from ..bytecode.opcodes import (BY_NUMBER, END_ASYNC_FOR, EXTENDED_ARG, FOR_ITER,
                                POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                                POP_JUMP_IF_TRUE)

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

# PyErr_BadInternalCall's message as python3.14 reports it from _PyCode_Validate
BAD_ARGUMENT = "../Objects/codeobject.c:465: bad argument to internal function"


class Code:
    """A compiled code object (PyCodeObject)."""

    __slots__ = (
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
        "co_code", "co_consts", "co_names", "co_localsplusnames", "co_localspluskinds",
        "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
        "co_exceptiontable", "__weakref__", "_cache", "_locations",
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
        self._locations: list[locations.Location] | None = None

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

    def validate(self) -> None:
        """Mirrors codeobject.c: _PyCode_Validate, then intern_strings' check of the names."""
        if (self.co_argcount < self.co_posonlyargcount or self.co_posonlyargcount < 0
                or self.co_kwonlyargcount < 0 or self.co_stacksize < 0 or self.co_flags < 0
                or type(self.co_code) is not bytes or type(self.co_consts) is not tuple
                or type(self.co_names) is not tuple or type(self.co_localsplusnames) is not tuple
                or type(self.co_localspluskinds) is not bytes
                or len(self.co_localsplusnames) != len(self.co_localspluskinds)
                or type(self.co_name) is not str or type(self.co_qualname) is not str
                or type(self.co_filename) is not str or type(self.co_linetable) is not bytes
                or type(self.co_exceptiontable) is not bytes):
            raise SystemError(BAD_ARGUMENT)
        if len(self.co_code) % 2:
            raise ValueError("code: co_code is malformed")
        plain_locals = (sum(1 for kind in self.co_localspluskinds if kind & CO_FAST_LOCAL)
                        - self.co_argcount - self.co_kwonlyargcount
                        - bool(self.co_flags & CO_VARARGS) - bool(self.co_flags & CO_VARKEYWORDS))
        if plain_locals < 0:
            raise ValueError("code: co_varnames is too small")
        if not all(type(name) is str for name in self.co_names + self.co_localsplusnames):
            raise SystemError("non-string found in code slot")

    def _location_entries(self) -> list[locations.Location]:
        if self._locations is None:
            self._locations = locations.decode(self.co_linetable, self.co_firstlineno)
        return self._locations

    def co_positions(self) -> Iterator[tuple]:
        """(line, end_line, column, end_column) of each code unit, None where unknown."""
        return locations.positions(self._location_entries())

    def co_lines(self) -> Iterator[tuple[int, int, int | None]]:
        """(start, end, line) byte ranges of the bytecode, each with its line (or None)."""
        return locations.lines(self._location_entries())

    @property
    def co_lnotab(self) -> bytes:
        return locations.lnotab(self._location_entries(), self.co_firstlineno)

    def addr2line(self, offset: int) -> int:
        """PyCode_Addr2Line: the line of the instruction at byte `offset`, -1 if it has none."""
        return locations.line_at(self._location_entries(), offset, self.co_firstlineno)

    def exception_handlers(self) -> list[exception_table.Handler]:
        """The parsed exception table (offsets in code units)."""
        return exception_table.parse(self.co_exceptiontable)

    def exception_handler(self, index: int) -> exception_table.Handler | None:
        """The handler covering the instruction at code unit `index` (ceval.c)."""
        return exception_table.handler_for(self.co_exceptiontable, index)

    def co_branches(self) -> Iterator[tuple[int, int, int]]:
        """(source, not-taken destination, taken destination) byte offsets of each branch.

        Mirrors instrumentation.c: branchesiter_next: the not-taken edge skips the NOT_TAKEN
        after a conditional jump, FOR_ITER's exit skips END_FOR and POP_ITER, and
        END_ASYNC_FOR reports the END_SEND it jumps back to as the source.
        """
        code = self.co_code
        oparg = 0
        offset = 0
        size = len(code) // 2
        while offset < size:
            opcode = code[offset * 2]
            oparg = oparg << 8 | code[offset * 2 + 1]
            next_offset = offset + 1 + _CACHES[opcode]
            if opcode == FOR_ITER:
                yield offset * 2, next_offset * 2, (next_offset + oparg + 2) * 2
            elif opcode in _CONDITIONAL_JUMPS:
                yield offset * 2, (next_offset + 1) * 2, (next_offset + oparg) * 2
                next_offset += 1
            elif opcode == END_ASYNC_FOR:
                source = next_offset - oparg
                yield source * 2, (source + 2) * 2, next_offset * 2
            if opcode != EXTENDED_ARG:
                oparg = 0
            offset = next_offset

    def _varname_from_oparg(self, oparg: int) -> str:
        """The locals-plus name an instruction's oparg designates."""
        return self.co_localsplusnames[oparg]

    def replace(self, **changes) -> Code:
        """A copy with some fields replaced (codeobject.c: code_replace_impl).

        As in CPython the locals-plus kinds are rebuilt from co_varnames, co_cellvars and
        co_freevars (PyUnstable_Code_NewWithPosOnlyArgs), so argument kinds become plain
        locals.
        """
        for key, value in changes.items():
            expected = _REPLACEABLE.get(key)
            if expected is None:
                raise TypeError(f"replace() got an unexpected keyword argument '{key}'")
            if expected is int:
                if not isinstance(value, int):
                    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
            elif not isinstance(value, expected):
                raise TypeError(f"replace() argument '{key}' must be {expected.__name__}, "
                                f"not {type(value).__name__}")
        fields = {key: changes.get(key, getattr(self, key)) for key in _REPLACEABLE}
        for key in _NON_NEGATIVE:
            if fields[key] < 0:
                raise ValueError(f"{key} must be a positive integer")
        return Code.from_fields(fields)

    @staticmethod
    def from_fields(fields: dict) -> Code:
        """A code object from code.replace()'s fields (codeobject.c:
        PyCode_NewWithPosOnlyArgs): the locals-plus layout is rebuilt from co_varnames,
        co_cellvars and co_freevars."""
        for key in ("co_names", "co_varnames", "co_freevars", "co_cellvars"):
            if not all(isinstance(name, str) for name in fields[key]):
                raise SystemError("non-string found in code slot")
        varnames = fields["co_varnames"]
        if fields["co_nlocals"] != len(varnames):
            raise ValueError("code: co_nlocals != len(co_varnames)")
        if fields["co_argcount"] < fields["co_posonlyargcount"] or fields["co_stacksize"] < 0 \
                or fields["co_flags"] < 0:
            raise SystemError(BAD_ARGUMENT)
        if len(fields["co_code"]) % 2:
            raise ValueError("code: co_code is malformed")
        names = list(varnames)
        kinds = [CO_FAST_LOCAL] * len(varnames)
        for name in fields["co_cellvars"]:
            if name in varnames:
                kinds[varnames.index(name)] |= CO_FAST_CELL
            else:
                names.append(name)
                kinds.append(CO_FAST_CELL)
        names += fields["co_freevars"]
        kinds += [CO_FAST_FREE] * len(fields["co_freevars"])
        return Code(fields["co_argcount"], fields["co_posonlyargcount"], fields["co_kwonlyargcount"],
                    fields["co_stacksize"], fields["co_flags"], fields["co_code"],
                    fields["co_consts"], fields["co_names"], tuple(names), bytes(kinds),
                    fields["co_filename"], fields["co_name"], fields["co_qualname"],
                    fields["co_firstlineno"], fields["co_linetable"], fields["co_exceptiontable"])

    def _instructions(self) -> Iterator[tuple[int, int]]:
        """The (opcode, oparg) code units, skipping each instruction's inline caches."""
        code = self.co_code
        index, size = 0, len(code) // 2
        while index < size:
            opcode = code[index * 2]
            yield opcode, code[index * 2 + 1]
            index += 1 + _CACHES[opcode]

    def __eq__(self, other: object) -> bool:
        """Mirrors codeobject.c: code_richcompare (constants compared through their
        _PyCode_ConstantKey, so 0.0 and -0.0 differ)."""
        if other.__class__ is not Code:
            return NotImplemented
        from ..compiler.const_cache import constant_key
        return (self.co_name == other.co_name and self.co_argcount == other.co_argcount
                and self.co_posonlyargcount == other.co_posonlyargcount
                and self.co_kwonlyargcount == other.co_kwonlyargcount
                and self.co_flags == other.co_flags and self.co_firstlineno == other.co_firstlineno
                and len(self.co_code) == len(other.co_code)
                and list(self._instructions()) == list(other._instructions())
                and constant_key(self.co_consts) == constant_key(other.co_consts)
                and self.co_names == other.co_names
                and self.co_localsplusnames == other.co_localsplusnames
                and self.co_linetable == other.co_linetable
                and self.co_exceptiontable == other.co_exceptiontable)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        """Mirrors codeobject.c: code_hash (FNV-style scrambling of the fields' hashes)."""
        from .newer_methods import guest_hash
        uhash = 20221211

        def scramble(value: int) -> None:
            nonlocal uhash
            uhash = ((uhash ^ (value & _MASK64)) * 1000003) & _MASK64

        for field in (self.co_name, self.co_consts, self.co_names, self.co_localsplusnames,
                      self.co_linetable, self.co_exceptiontable):
            scramble(guest_hash(field))
        for number in (self.co_argcount, self.co_posonlyargcount, self.co_kwonlyargcount,
                       self.co_flags, self.co_firstlineno, len(self.co_code) // 2):
            scramble(number)
        for opcode, oparg in self._instructions():
            scramble(opcode)
            scramble(oparg)
        result = uhash - (1 << 64) if uhash >= 1 << 63 else uhash
        return -2 if result == -1 else result

    def __repr__(self) -> str:
        """codeobject.c: code_repr (line -1 when co_firstlineno is 0)."""
        line = self.co_firstlineno or -1
        return (f'<code object {self.co_name} at {id(self):#x}, file "{self.co_filename}", '
                f"line {line}>")

_CACHES = tuple(BY_NUMBER[number].cache_entries if number in BY_NUMBER else 0 for number in range(256))
_MASK64 = (1 << 64) - 1
_CONDITIONAL_JUMPS = frozenset((POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                                POP_JUMP_IF_NOT_NONE))
# code_replace's keyword arguments, in its order, with the type argument clinic demands
_REPLACEABLE = {
    "co_argcount": int, "co_posonlyargcount": int, "co_kwonlyargcount": int, "co_nlocals": int,
    "co_stacksize": int, "co_flags": int, "co_firstlineno": int, "co_code": bytes,
    "co_consts": tuple, "co_names": tuple, "co_varnames": tuple, "co_freevars": tuple,
    "co_cellvars": tuple, "co_filename": str, "co_name": str, "co_qualname": str,
    "co_linetable": bytes, "co_exceptiontable": bytes,
}
_NON_NEGATIVE = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                 "co_stacksize", "co_flags", "co_firstlineno")
