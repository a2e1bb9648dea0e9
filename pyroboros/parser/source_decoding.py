"""Source bytes to text: PEP 263 coding cookies, the UTF-8 BOM and their errors.

Mirrors Parser/tokenizer/helpers.c (check_bom, check_coding_spec, get_coding_spec,
get_normal_name) and the decoding of Parser/tokenizer/string_tokenizer.c (decode_str), which is
what compile() and ast.parse() apply to a bytes source; and Python/errors.c's err_programtext,
the re-reading of a source line for an error message; of the file reader, its error for a
line its declared UTF-8 cannot decode. Leaves out the file and interactive readers otherwise
(pyroboros always has the whole source in memory). Newline translation (\\r\\n and \\r
to \\n) is the tokenizer's business, not this module's.
"""
from __future__ import annotations

import codecs
import re

from ..errors import CompileError

_BOM = b"\xef\xbb\xbf"
_CODING = re.compile(rb"coding[:=][ \t]*([-\w.]+)", re.ASCII)
_BLANK = frozenset(b" \t\f")


def normal_encoding_name(name: str) -> str:
    """Mirrors helpers.c: get_normal_name (utf-8 and latin-1 spellings to one name)."""
    key = name[:12].lower().replace("_", "-")
    if key == "utf-8" or key.startswith("utf-8-"):
        return "utf-8"
    if key in ("latin-1", "iso-8859-1", "iso-latin-1") or key.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def coding_spec(line: bytes) -> str | None:
    """The encoding named by a coding cookie in `line`, if any (helpers.c: get_coding_spec).

    The cookie must sit in a comment that is the only thing on its line.
    """
    size = len(line)
    i = 0
    while i < size - 6:
        ch = line[i]
        if ch == 0x23:  # '#'
            break
        if ch not in _BLANK:
            return None
        i += 1
    else:
        return None
    match = _CODING.search(line, i, size)
    # get_coding_spec only looks for "coding" where more than 6 bytes of the line remain
    if match is None or match.start() >= size - 6:
        return None
    return normal_encoding_name(match.group(1).decode("ascii"))


def _is_blank_or_comment(line: bytes) -> bool:
    for ch in line:
        if ch in (0x23, 0x0A, 0x0D):
            return True
        if ch not in _BLANK:
            return False
    return True


def _lines_of_interest(data: bytes) -> list[bytes]:
    first_end = data.find(b"\n")
    if first_end < 0:
        return []
    second_end = data.find(b"\n", first_end + 1)
    first = data[:first_end + 1]
    if second_end < 0:
        return [first]
    return [first, data[first_end + 1:second_end + 1]]


def declared_encoding(data: bytes, filename: str | None = None) -> tuple[str | None, bool]:
    """(the encoding a cookie in the first two lines names, whether there is a UTF-8 BOM).

    Raises the "encoding problem: X with BOM" error of check_coding_spec.
    """
    bom = data.startswith(_BOM)
    if bom:
        data = data[3:]
    for lineno, line in enumerate(_lines_of_interest(data), 1):
        spec = coding_spec(line)
        if spec is not None:
            if bom and spec != "utf-8":
                text = line.rstrip(b"\r\n").decode("utf-8", "replace")
                # decode_str measures the first line without its newline, the second with it
                size = len(line) - (lineno == 1)
                raise CompileError("SyntaxError", f"encoding problem: {spec} with BOM", filename, lineno, 0,
                                   text, lineno, size)
            return spec, bom
        if not _is_blank_or_comment(line):
            break
    return None, bom


def _non_utf8_error(data: bytes, error: UnicodeDecodeError, filename: str) -> CompileError:
    """string_tokenizer.c: decode_str/ensure_utf8 on undeclared non-UTF-8 bytes."""
    bad = error.start
    line_start = data.rfind(b"\n", 0, bad) + 1
    line_end = data.find(b"\n", bad)
    if line_end < 0:
        line_end = len(data)
    lineno = data.count(b"\n", 0, bad) + 1
    text = data[line_start:line_end].decode("utf-8", "replace")
    offset = len(data[line_start:bad].decode("utf-8", "replace")) + 1
    return CompileError("SyntaxError",
                        f"Non-UTF-8 code starting with '\\x{data[bad]:02x}' on line {lineno}, but no "
                        "encoding declared; see https://peps.python.org/pep-0263/ for details",
                        filename, lineno, offset, text, lineno, offset)


def decode_source(data: bytes, filename: str = "<string>") -> str:
    """Decode a bytes source as compile() does; errors are CompileErrors with CPython's fields.

    Null bytes are the caller's check (compile() rejects them before decoding).
    """
    encoding, bom = declared_encoding(data, filename)
    if bom:
        data = data[3:]
    if encoding is None or encoding == "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _non_utf8_error(data, exc, filename) from None
    try:
        codecs.lookup(encoding)
        return data.decode(encoding)
    except LookupError as exc:
        # pegen.c: _PyPegen_raise_tokenizer_init_error
        raise CompileError("SyntaxError", str(exc), filename, 0, -1, None) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise CompileError("SyntaxError", str(exc), filename, 0, -1, None) from None


def file_decode_error(error: CompileError, path: str) -> CompileError:
    """decode_source's "Non-UTF-8 code" `error` as running the file `path` reports it: the file
    reader checks each line as it reads it (Parser/tokenizer/file_tokenizer.c). A file that
    declares UTF-8 (BOM or cookie) gets the codec's own message as a "(unicode error)" at that
    line, without a column (pegen_errors.c: _Pypegen_raise_decode_error); otherwise the message
    names the file, and a bad second line after a first line of code is reported on line 1,
    as python3.14 does."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        encoding, bom = declared_encoding(data, path)
    except (OSError, CompileError):
        return error
    if bom:
        data = data[3:]
    lines = data.split(b"\n")
    if encoding == "utf-8" or bom:
        for lineno, line in enumerate(lines, 1):
            try:
                # the line as read, newline included (it can be what a sequence stops at)
                (line + b"\n" if lineno < len(lines) else line).decode("utf-8")
            except UnicodeDecodeError as exc:
                return CompileError("SyntaxError", f"(unicode error) {exc}", path, lineno, 0,
                                    program_line(path, lineno), lineno, -1)
        return error
    lineno = error.lineno
    if lineno == 2 and not _is_blank_or_comment(lines[0] + b"\n"):
        lineno = 1
    start, _, rest = error.msg.partition(" on line ")
    return CompileError(error.kind, f"{start} in file {path} on line {lineno},{rest.partition(',')[2]}",
                        error.filename, lineno, error.offset, error.text, lineno, error.end_offset)


def program_line(filename: str | None, lineno: int, encoding: str = "utf-8") -> str | None:
    """Line `lineno` of the file `filename`, newline included, as an error shows it; None if unreadable.

    Mirrors Python/errors.c: _PyErr_ProgramDecodedTextObject / err_programtext, which pegen
    uses for the text of the errors it raises: universal newlines, no BOM, undecodable bytes
    replaced, and at most the 999 bytes of its line buffer.
    """
    if not filename or lineno < 1:
        return None
    try:
        with open(filename, "rb") as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    break
            else:
                return None
    except (OSError, ValueError):
        return None
    if line.endswith(b"\r\n"):
        line = line[:-2] + b"\n"
    line = line[:999]
    if lineno == 1 and line.startswith(_BOM):
        line = line[3:]
    return line.decode(encoding, "replace")
