"""Errors that the parse and compile phases report: SyntaxError and its subclasses.

Until the object model exists (and outside a guest, e.g. in pyroboros-dump) they travel as the
host exception `CompileError`, which carries exactly the fields of CPython's SyntaxError
(Objects/exceptions.c: SyntaxError_init): msg, filename, lineno, offset, text, end_lineno,
end_offset, with offsets 1-based in characters as CPython reports them. `kind` is the guest
exception type's name: SyntaxError, IndentationError, TabError or _IncompleteInputError.
"""
from __future__ import annotations


class CompileError(Exception):
    """A SyntaxError (or subclass) raised by the tokenizer, parser or compiler."""

    def __init__(self, kind: str, msg: str, filename: str | None = None, lineno: int | None = None,
                 offset: int | None = None, text: str | None = None, end_lineno: int | None = None,
                 end_offset: int | None = None) -> None:
        super().__init__(msg)
        self.kind = kind
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.end_lineno = end_lineno
        self.end_offset = end_offset

    def __str__(self) -> str:
        """CPython's SyntaxError.__str__ (Objects/exceptions.c: SyntaxError_str)."""
        filename = self.filename.rsplit("/", 1)[-1] if self.filename else None
        if filename and self.lineno is not None:
            return f"{self.msg} ({filename}, line {self.lineno})"
        if filename:
            return f"{self.msg} ({filename})"
        if self.lineno is not None:
            return f"{self.msg} (line {self.lineno})"
        return str(self.msg)
