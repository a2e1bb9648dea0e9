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
        # (line, message) of the SyntaxWarnings a failed parse met before this error: CPython
        # emits them as it meets them, so before the error
        self.warnings: list[tuple[int, str]] = []

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


def as_file_error(error: CompileError, path: str) -> CompileError:
    """The error as compiling the file `path` words it: the file reader's decoding errors are
    not compile()'s (parser/source_decoding.py: file_decode_error)."""
    if error.msg.startswith("Non-UTF-8 code starting with "):
        from .parser.source_decoding import file_decode_error
        return file_decode_error(error, path)
    return error


def format_compile_error(error: CompileError) -> str:
    """The text CPython 3.14 prints for an uncaught SyntaxError (no traceback lines above it).

    Mirrors Lib/traceback.py's TracebackException._format_syntax_error, which CPython's
    PyErr_Display uses: the `File` header, the offending line without its indentation, a
    caret run from offset to end_offset (tabs kept for alignment), then `Kind: message`.
    A generic "invalid syntax" first gets TracebackException's keyword-typo suggestion.
    """
    from .parser.keyword_typos import suggest_keyword
    error = suggest_keyword(error) or error
    lines = []
    suffix = ""
    if error.lineno is not None:
        lines.append(f'  File "{error.filename or "<string>"}", line {error.lineno}\n')
    elif error.filename is not None:
        suffix = f" ({error.filename})"
    text = error.text
    if isinstance(text, str):
        rtext = text.rstrip("\n")
        ltext = rtext.lstrip(" \n\f")
        spaces = len(rtext) - len(ltext)
        if error.offset is None:
            lines.append(f"    {ltext}\n")
        else:
            offset = error.offset
            if error.lineno == error.end_lineno:
                end_offset = error.end_offset if isinstance(error.end_offset, int) and error.end_offset != 0 \
                    else offset
            else:
                end_offset = len(rtext) + 1
            if text and offset > len(text):
                offset = len(rtext) + 1
            if text and end_offset > len(text):
                end_offset = len(rtext) + 1
            if offset >= end_offset or end_offset < 0:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            lines.append(f"    {ltext}\n")
            if colno >= 0:
                caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                lines.append(f"    {caretspace}{'^' * (end_colno - colno)}\n")
    lines.append(f"{error.kind}: {error.msg or '<no detail available>'}{suffix}\n")
    return "".join(lines)
