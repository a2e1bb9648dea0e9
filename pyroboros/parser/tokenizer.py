"""Source to tokens, exactly as CPython 3.14's C tokenizer.

Mirrors Parser/lexer/lexer.c (tok_get_normal_mode, tok_get_fstring_mode, the number, string
and f/t-string scanners), Parser/lexer/state.c (token set-up, the f/t-string mode stack) and the
error paths of Parser/tokenizer/helpers.c, Python/Python-tokenize.c (_tokenizer_error) and
Parser/pegen_errors.c (_Pypegen_tokenizer_error). Interactive mode (lexer.c's `tok->prompt`
rules for blank lines) works on the lines read so far: with ``partial``, needing a line the
source does not have yet raises IncompleteInput where tok_underflow_interactive would prompt
for one. ("<>" is LESS then GREATER, as the 3.14 tokenizer gives it: barry_as_FLUFL is the
grammar's business.)

API
---
``tokenize(source, filename="<string>", *, extra_tokens=False, warnings=None,
type_comments=False, interactive=False, partial=False) -> Iterator[Token]`` is a lazy generator: an error is raised when the
token that fails is pulled. ``source`` is bytes (decoded with the PEP 263 rules of
source_decoding.py) or str. The SyntaxWarnings of the C
tokenizer (an invalid ``\\{`` escape in an f-string, "invalid decimal literal" before a keyword)
are appended to the ``warnings`` list, when given, as (message, lineno).

* Parser mode (``extra_tokens=False``): what the C tokenizer hands pegen. No COMMENT, NL or
  ENCODING tokens; operators carry their exact type (LPAR, RARROW, ...); \r\n and \r are
  translated to \n first; columns are UTF-8 byte offsets. INDENT, DEDENT and ENDMARKER have
  col_offset == end_col_offset == -1 and an empty string, like the C tokens pegen receives;
  a NEWLINE's string is empty (or the comment before the newline, as in C).
* Extra-tokens mode (``extra_tokens=True``): what Lib/tokenize.py gets from the C tokenizer
  (without the ENCODING token, which tokenize.py makes itself): COMMENT and NL tokens, every
  operator typed OP (``exact_type`` gives LPAR, ...), NEWLINE strings '\n'/'\r\n'/'', trailing
  DEDENTs and ENDMARKER on the line after the last one. ``start``/``end`` hold
  (line, character column), what tokenize prints.

``Token`` fields: type (token_types numbers), string, lineno, col_offset, end_lineno,
end_col_offset (bytes), line (the physical line(s) of the token), level (bracket depth after
the token), metadata (on the ``}``, ``!`` or ``:`` that ends an f-string ``=`` debug expression:
the expression's source text, comments removed: the parser's Constant), and in extra-tokens
mode start and end.

Errors are ``pyroboros.errors.CompileError``s with the fields compile() reports (kind
SyntaxError, IndentationError or TabError), including the errors pegen words from the
tokenizer's state ("'(' was never closed", "unexpected EOF while parsing", "unindent does not
match any outer indentation level", ...). In extra-tokens mode those carry what the _tokenize
module reports instead (e.g. "unexpected EOF in multi-line statement"), which tokenize_dump.py
prints.

``decode_source(data, filename)`` (from source_decoding) decodes bytes as compile() does.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..errors import CompileError
from . import token_types as T
from .source_decoding import decode_source, program_line

__all__ = ["IncompleteInput", "Token", "tokenize", "decode_source"]

EOF = ""
MAXINDENT = 100
MAXLEVEL = 200
MAXFSTRINGLEVEL = 150
MAX_EXPR_NESTING = 3
TABSIZE = 8

_STRING_LITERALS = frozenset((T.STRING, T.FSTRING_MIDDLE, T.TSTRING_MIDDLE))
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SIMPLE_NUMBER = re.compile(r"(?:[1-9][0-9]*|0+)(?![0-9A-Za-z_.\x80-\U0010ffff])")
_BLANKS = re.compile(r"[ \t\f]*")
_COMMENT = re.compile(r"[^\r\n]*")
_TYPE_COMMENT = re.compile(r"#[ \t]*type:[ \t]*")  # lexer.c: type_comment_prefix
# the longest operator first, as _PyToken_ThreeChars / TwoChars / OneChar are tried
_OPERATORS = r"\.\.\.|\*\*=|//=|<<=|>>=|->|\*\*|//|<<|>>|<=|>=|==|!=|:=|[-+*/%&|^@]=|[-+*/%&|^@<>=~:;,.!]"
_OPERATOR = re.compile(_OPERATORS)
_FAST = re.compile(r"""[ \t\f]*(?:
    (?P<name>[A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_'"\x80-\U0010ffff])
  | (?P<number>(?:[1-9][0-9]*|0+))(?![0-9A-Za-z_.\x80-\U0010ffff])
  | (?P<op>(?!\.[0-9])(?:""" + _OPERATORS + r"""))
  | (?P<open>[(\[{])
  | (?P<close>[)\]}])
  | (?P<comment>\#[^\r\n]*)
  | (?P<newline>\n)
)?""", re.VERBOSE)
_STRING_BODY = {
    ("'", 1): re.compile(r"[^'\\\n]*(?:\\(?:\r\n|[\s\S])[^'\\\n]*)*'"),
    ('"', 1): re.compile(r'[^"\\\n]*(?:\\(?:\r\n|[\s\S])[^"\\\n]*)*"'),
    ("'", 3): re.compile(r"[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''"),
    ('"', 3): re.compile(r'[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*"""'),
}
_QUOTES = frozenset("'\"")
_DIGITS = frozenset("0123456789")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_OCTDIGITS = frozenset("01234567")
_BINDIGITS = frozenset("01")
_PREFIX_LOWER = frozenset("bruft")
_FRACTION, _EXPONENT = 0, 1  # where _NumberScanner.tail starts
_ID_START_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_ID_CHAR_ASCII = _ID_START_ASCII | _DIGITS
_OPENING = frozenset("([{")
_CLOSING = {")": "(", "]": "[", "}": "{"}
_INCOMPATIBLE_PREFIXES = (("u", "b"), ("u", "r"), ("u", "f"), ("u", "t"), ("b", "f"), ("b", "t"), ("f", "t"))
_ONE_CHAR = T.EXACT_TOKEN_TYPES
# verify_end_of_number: the keywords that may follow a number ("1if x else y"), first letter first
_KEYWORD_RESTS = {"a": "nd", "e": "lse", "f": "or", "o": "r", "n": "ot"}


def _is_id_char(c: str) -> bool:
    return c in _ID_CHAR_ASCII or (c != EOF and c >= "\x80")


class Token:
    """One token; columns are UTF-8 byte offsets (`start`/`end` give characters in extra mode)."""

    __slots__ = ("type", "string", "lineno", "col_offset", "end_lineno", "end_col_offset", "line",
                 "level", "metadata", "start", "end")

    def __init__(self, type: int, string: str, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int, line: str, level: int = 0, metadata: str | None = None) -> None:
        self.type = type
        self.string = string
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset
        self.line = line
        self.level = level
        self.metadata = metadata
        self.start = self.end = None

    @property
    def exact_type(self) -> int:
        if self.type == T.OP:
            return T.EXACT_TOKEN_TYPES.get(self.string, T.OP)
        return self.type

    def __repr__(self) -> str:
        return (f"Token({T.TOK_NAME[self.type]}, {self.string!r}, {self.lineno}:{self.col_offset}-"
                f"{self.end_lineno}:{self.end_col_offset})")


class _Mode:
    """One entry of the tokenizer mode stack (state.h: tokenizer_mode)."""

    __slots__ = ("fstring", "tstring", "quote", "quote_size", "raw", "start", "multi_line_start",
                 "start_lineno", "curly_depth", "expr_start_depth", "in_format_spec", "debug",
                 "expr_start", "expr_end")

    def __init__(self) -> None:
        self.fstring = False   # kind: TOK_FSTRING_MODE when True, TOK_REGULAR_MODE otherwise
        self.tstring = False
        self.quote = ""
        self.quote_size = 0
        self.raw = False
        self.start = 0
        self.multi_line_start = 0
        self.start_lineno = 0
        self.curly_depth = 0
        self.expr_start_depth = 0
        self.in_format_spec = False
        self.debug = False
        self.expr_start = -1
        self.expr_end = -1


def _char_offset(text: str, byte_offset: int) -> int:
    """Mirrors pegen.c: _PyPegen_byte_offset_to_character_offset (1-based byte offsets)."""
    if text.isascii():
        return min(byte_offset, len(text) + 1)
    data = text.encode("utf-8", "surrogatepass")
    if byte_offset > len(data) + 1:
        byte_offset = len(data) + 1
    return len((data + b"\0")[:byte_offset].decode("utf-8", "replace"))


class _Lexer:
    """The state of one tokenization (state.h: struct tok_state).

    The C pointers become indexes into the whole source string `src`: `cur` (the next
    character), `inp` (the end of the lines read so far), `line_start`, `multi_line_start`,
    `buf` (where the readline buffer restarted) and `start` (the token being scanned, -1 for
    none). Lines are "read" by underflow() only to keep lineno and those indexes as C has them.
    """

    def __init__(self, src: str, filename: str, extra: bool, implicit_newline: bool,
                 warnings: list[tuple[str, int]] | None, type_comments: bool = False,
                 interactive: bool = False, partial: bool = False) -> None:
        self.src = src
        self.interactive = interactive
        self.partial = partial
        self.type_comments = type_comments
        self.warnings = warnings
        self.n = len(src)
        self.filename = filename
        self.extra = extra
        self.implicit_newline_at = self.n - 1 if implicit_newline else -1
        self.null_at = src.find("\0") if extra else -1
        self.cur = 0
        self.inp = 0
        self.buf = 0
        self.line_start = 0
        self.lineno = 0
        self.first_lineno = 0
        self.multi_line_start = 0
        self.start = -1
        self.done_eof = False
        self.atbol = True
        self.pendin = 0
        self.indstack = [0]
        self.altindstack = [0]
        self.level = 0
        # (bracket, its line, its index, the start of its line) for each open bracket
        self.parenstack: list[tuple[str, int, int, int]] = []
        self.comment_newline = False
        self.base_mode = _Mode()
        self.modes = [self.base_mode]
        self.metadata: str | None = None

    # -- reading ---------------------------------------------------------------------------

    def nextc(self) -> str:
        """Mirrors lexer.c: tok_nextc (one character; EOF is '')."""
        if self.cur < self.inp:
            c = self.src[self.cur]
            self.cur += 1
            return c
        if not self.underflow():
            return EOF
        c = self.src[self.cur]
        self.cur += 1
        return c

    def underflow(self) -> bool:
        """Read the next physical line into the buffer."""
        if self.start < 0 and (len(self.modes) == 1 or not self.extra):
            # the buffer restarts between tokens (in the readline tokenizer of extra-tokens
            # mode, not inside an f-string, whose start must stay in the buffer)
            self.buf = self.inp
        if self.inp >= self.n:
            if self.partial:
                raise IncompleteInput
            self.done_eof = True
            self.cur = self.inp
            return False
        start = self.inp
        end = self.src.find("\n", start)
        end = self.n if end < 0 else end + 1
        self.lineno += 1
        self.line_start = self.cur = start
        self.inp = end
        if start <= self.null_at < end:
            self.syntax_error("source code cannot contain null bytes")
        return True

    def backup(self, c: str) -> None:
        if c != EOF:
            self.cur -= 1

    # -- locations, warnings and errors ----------------------------------------------------

    def warn(self, msg: str) -> None:
        """helpers.c: _PyTokenizer_parser_warn and _PyTokenizer_warn_invalid_escape_sequence."""
        if self.warnings is not None:
            self.warnings.append((msg, self.lineno))

    def byte_col(self, line_start: int, index: int) -> int:
        segment = self.src[line_start:index]
        return len(segment) if segment.isascii() else len(segment.encode("utf-8", "surrogatepass"))

    def text_line(self, line_start: int) -> str:
        end = self.src.find("\n", line_start)
        return self.src[line_start:] if end < 0 else self.src[line_start:end]

    def syntax_error(self, msg: str, col: int | None = None, end_col: int | None = None) -> None:
        """Mirrors helpers.c: _syntaxerror_range (columns in characters unless given)."""
        if col is None:
            col = self.cur - self.line_start
        if end_col is None:
            end_col = col
        raise CompileError("SyntaxError", msg, self.filename, self.lineno, col,
                           self.text_line(self.line_start), self.lineno, end_col)

    def known_range_error(self, msg: str, start: int, end: int) -> None:
        """helpers.c: _PyTokenizer_syntaxerror_known_range (from index `start` to `end`)."""
        self.syntax_error(msg, start - self.line_start, end - self.line_start)

    def pegen_line(self, lineno: int, line_start: int) -> str:
        """The text of line `lineno` in an error pegen raises (_PyPegen_raise_error_known_location).

        Like CPython, the line is re-read from the file the filename names if it can be (so a
        last line keeps no newline the file does not have); otherwise the tokenizer's current
        line comes from its buffer, newline included, and an earlier line without it.
        """
        text = program_line(self.filename, lineno)
        if text is not None:
            return text
        if lineno != self.lineno:
            return self.text_line(line_start)
        end = self.src.find("\n", line_start)
        return self.src[line_start:] if end < 0 else self.src[line_start:end + 1]

    def pegen_error(self, kind: str, msg: str) -> None:
        """pegen_errors.c: _Pypegen_tokenizer_error for E_TABSPACE, E_TOODEEP and E_DEDENT.

        In extra-tokens mode, Python-tokenize.c: _tokenizer_error instead.
        """
        if self.extra:
            self.module_error(kind, msg)
        line = self.pegen_line(self.lineno, self.line_start)
        if kind == "IndentationError" and msg.startswith("unindent"):
            # RAISE_INDENTATION_ERROR at the error token, which has no columns: the cursor's
            col = self.byte_col(self.line_start, self.cur)
            raise CompileError(kind, msg, self.filename, self.lineno, _char_offset(line, col), line,
                               self.lineno, -1)
        raise CompileError(kind, msg, self.filename, self.lineno, 1, line, self.lineno, 0)

    def module_error(self, kind: str, msg: str) -> None:
        """Python-tokenize.c: _tokenizer_error (the line is the buffer, the offset its length)."""
        text = self.src[self.buf:self.inp]
        size = self.byte_col(self.buf, self.inp)
        line = text[:-1] if text.endswith("\n") else text
        raise CompileError(kind, msg, self.filename, self.lineno, _char_offset(line, size), line)

    def continuation_error(self) -> None:
        """E_LINECONT: a backslash followed by something else than a newline."""
        msg = "unexpected character after line continuation character"
        if self.extra:
            self.module_error("SyntaxError", msg)
        line = self.pegen_line(self.lineno, self.line_start)
        # measured from the buffer's start (the first line of a continued statement) to the
        # offending character, of which C has read one byte
        col = self.byte_col(self.buf, self.cur - 1)
        raise CompileError("SyntaxError", msg, self.filename, self.lineno, _char_offset(line, col + 1),
                           line, self.lineno, 0)

    def eof_error(self) -> CompileError:
        """E_EOF inside a statement: an unclosed bracket or a backslash at the end of the file."""
        if self.extra:
            return CompileError("SyntaxError", "unexpected EOF in multi-line statement", self.filename,
                                self.lineno, self.byte_col(self.buf, self.inp), None)
        if self.level:
            opening, lineno, index, line_start = self.parenstack[-1]
            col = self.byte_col(line_start, index)
            line = self.pegen_line(lineno, line_start)
            return CompileError("SyntaxError", f"'{opening}' was never closed", self.filename, lineno,
                                _char_offset(line, col + 1), line, lineno, 0)
        # pegen reports at the error token, which has no columns: the cursor's location, or
        # none when a file's reader dropped its buffer at the end (no token was started:
        # a backslash in the indentation)
        line = self.pegen_line(self.lineno, self.line_start)
        if self.start < 0 and program_line(self.filename, self.lineno) is not None:
            offset = 0
        else:
            offset = _char_offset(line, self.byte_col(self.line_start, self.cur))
        return CompileError("SyntaxError", "unexpected EOF while parsing", self.filename, self.lineno,
                            offset, line, self.lineno, -1)

    # -- the normal mode -------------------------------------------------------------------

    def indentation(self) -> bool:
        """The indentation part of tok_get_normal_mode; True when the line is blank."""
        src = self.src
        col = altcol = 0
        cont_line_col = 0
        while True:
            if self.cur >= self.inp:
                self.backup(self.nextc())
            end = _BLANKS.match(src, self.cur).end()
            col, altcol = _indent_columns(src[self.cur:end], col, altcol)
            self.cur = end
            c = self.nextc()
            if c != "\\":
                break
            # the first backslash fixes the indentation of the continued line
            cont_line_col = cont_line_col or col
            self.continuation_line()
        self.backup(c)
        blankline = c == "#" or c == "\n" or c == "\r"
        if blankline and self.interactive:
            # A totally empty line ends a compound statement at the prompt; a first line of
            # blanks or a comment is an empty statement.
            if col == 0 and c == "\n":
                blankline = False
            elif self.lineno == 1:
                blankline = False
                col = altcol = 0
        if not blankline and self.level == 0:
            if cont_line_col:
                col = altcol = cont_line_col
            indstack, altindstack = self.indstack, self.altindstack
            if col == indstack[-1]:
                if altcol != altindstack[-1]:
                    self.indent_error()
            elif col > indstack[-1]:
                if len(indstack) >= MAXINDENT:
                    self.cur = self.inp
                    self.pegen_error("IndentationError", "too many levels of indentation")
                if altcol <= altindstack[-1]:
                    self.indent_error()
                self.pendin += 1
                indstack.append(col)
                altindstack.append(altcol)
            else:
                while len(indstack) > 1 and col < indstack[-1]:
                    self.pendin -= 1
                    indstack.pop()
                    altindstack.pop()
                if col != indstack[-1]:
                    self.cur = self.inp
                    self.pegen_error("IndentationError", "unindent does not match any outer indentation level")
                if altcol != altindstack[-1]:
                    self.indent_error()
        return blankline

    def indent_error(self) -> None:
        """helpers.c: _PyTokenizer_indenterror (E_TABSPACE)."""
        self.cur = self.inp
        self.pegen_error("TabError", "inconsistent use of tabs and spaces in indentation")

    def continuation_line(self) -> None:
        """Mirrors lexer.c: tok_continuation_line."""
        c = self.nextc()
        if c == "\r":
            c = self.nextc()
        if c != "\n":
            self.continuation_error()
        c = self.nextc()
        if c == EOF:
            self.cur = self.inp
            raise _EndOfInput
        self.backup(c)

    def get_normal(self, mode: _Mode) -> tuple[int, int, int]:
        """Mirrors lexer.c: tok_get_normal_mode. Returns (type, start, end) indexes into src."""
        src = self.src
        while True:  # nextline
            blankline = False
            # (in the middle of a line, none of this has anything to do)
            if self.atbol or self.pendin or self.cur >= self.inp:
                self.start = -1
                if self.atbol:
                    self.atbol = False
                    blankline = self.indentation()
                self.start = self.cur
                if self.pendin:
                    if self.pendin < 0:
                        self.pendin += 1
                        return T.DEDENT, self.cur, self.cur
                    self.pendin -= 1
                    return T.INDENT, self.buf, self.cur
                if self.cur >= self.inp:
                    c = self.nextc()
                    self.backup(c)
            while True:  # again
                self.start = -1
                c = self.nextc()
                if c == " " or c == "\t" or c == "\f":
                    self.cur = _BLANKS.match(src, self.cur).end()
                    c = self.nextc()
                start = self.cur - 1 if c != EOF else self.cur
                self.start = start
                if c == "#":
                    self.cur = _COMMENT.match(src, self.cur).end()
                    if self.type_comments:
                        match = _TYPE_COMMENT.match(src, start, self.cur)
                        if match is not None:
                            return self.type_comment(match.end(), blankline)
                    if self.extra:
                        self.comment_newline = blankline
                        return T.COMMENT, start, self.cur
                    c = self.nextc()
                if c == EOF:
                    if self.level:
                        raise _EndOfInput
                    return T.ENDMARKER, -1, -1
                if c in _ID_START_ASCII or c >= "\x80":
                    return self.identifier(c, start, mode)
                if c == "\r":
                    c = self.nextc()
                if c == "\n":
                    self.atbol = True
                    if blankline or self.level > 0:
                        if self.extra:
                            self.comment_newline = False
                            return T.NL, start, self.cur
                        break  # nextline
                    if self.comment_newline and self.extra:
                        self.comment_newline = False
                        return T.NL, start, self.cur
                    return T.NEWLINE, start, self.cur - 1
                if c == "\\":
                    self.continuation_line()
                    continue  # again
                if c in _DIGITS or (c == "." and src[self.cur:self.cur + 1] in _DIGITS):
                    return self.number(c, start)
                if c in _QUOTES:
                    return self.string(c, start, mode)
                return self.operator(c, start, mode)

    def type_comment(self, text_start: int, blankline: bool) -> tuple[int, int, int]:
        """A "# type: ..." comment: TYPE_IGNORE (its tag) or TYPE_COMMENT (its text)."""
        src, end = self.src, self.cur
        tag = text_start + 6
        after = src[tag:tag + 1] if tag < end else ""
        if src.startswith("ignore", text_start, end) and not (after >= "\x80" or after.isalnum()):
            if blankline:
                # the comment is the whole line: its newline goes too (into the tag, as in 3.14)
                self.nextc()
                self.atbol = True
            return T.TYPE_IGNORE, tag, self.cur
        return T.TYPE_COMMENT, text_start, end

    def identifier(self, c: str, start: int, mode: _Mode) -> tuple[int, int, int]:
        src = self.src
        if c < "\x80":
            end = _NAME.match(src, start).end()
            after = src[end:end + 1]
            if after in _QUOTES:
                prefix = src[start:end].lower()
                if len(prefix) <= 5 and len(set(prefix)) == len(prefix) and set(prefix) <= _PREFIX_LOWER:
                    self.cur = end + 1
                    return self.prefixed_string(prefix, after, start, mode)
            if after < "\x80":
                self.cur = end
                return T.NAME, start, end
        # the general case: non-ASCII characters in or after the name
        self.cur = start
        c = self.nextc()
        while _is_id_char(c):
            c = self.nextc()
        self.backup(c)
        if not self.extra and not src[start:self.cur].isascii():
            self.verify_identifier(start)
        return T.NAME, start, self.cur

    def verify_identifier(self, start: int) -> None:
        """Mirrors lexer.c: verify_identifier (PEP 3131)."""
        name = self.src[start:self.cur]
        if name.isidentifier():
            return
        invalid = 0 if not name[0].isidentifier() else next(
            i for i in range(1, len(name)) if not ("a" + name[i]).isidentifier())
        ch = name[invalid]
        if invalid + 1 < len(name):
            self.cur = start + invalid + 1
        if ch.isprintable():
            self.syntax_error(f"invalid character '{ch}' (U+{ord(ch):04X})")
        self.syntax_error(f"invalid non-printable character U+{ord(ch):04X}")

    def prefixed_string(self, prefix: str, quote: str, start: int, mode: _Mode) -> tuple[int, int, int]:
        """A string with a prefix; self.cur is just past the opening quote character."""
        for first, second in _INCOMPATIBLE_PREFIXES:
            if first in prefix and second in prefix:
                self.known_range_error(f"'{first}' and '{second}' prefixes are incompatible", start + 1, self.cur)
        if "f" in prefix or "t" in prefix:
            return self.fstring_start(prefix, quote, start)
        return self.string(quote, start, mode)

    def number(self, c: str, start: int) -> tuple[int, int, int]:
        match = _SIMPLE_NUMBER.match(self.src, self.cur - 1)
        if match is not None:
            self.cur = match.end()
            return T.NUMBER, start, self.cur
        return _NumberScanner(self).scan(c, start)

    def string(self, quote: str, start: int, mode: _Mode) -> tuple[int, int, int]:
        """Mirrors the letter_quote part of tok_get_normal_mode; self.cur is past the quote."""
        src = self.src
        self.first_lineno = self.lineno
        self.multi_line_start = self.line_start
        quote_size = 3 if src.startswith(quote * 2, self.cur) else 1
        if quote_size == 1 and src.startswith(quote, self.cur):
            self.cur += 1
            return T.STRING, start, self.cur
        body = self.cur + (2 if quote_size == 3 else 0)
        match = _STRING_BODY[quote, quote_size].match(src, body)
        if match is None:
            self.unterminated_string(quote, quote_size, start, body)
        end = match.end()
        if end > self.inp:
            self.advance_lines(end)
        self.cur = end
        return T.STRING, start, end

    def advance_lines(self, end: int) -> None:
        """Read the physical lines up to index `end`, the end of a token spanning lines."""
        src = self.src
        line_start = src.rfind("\n", 0, end - 1) + 1
        inp = src.find("\n", line_start) + 1 or self.n
        if self.inp <= self.null_at < inp:
            # tok_nextc fails on reading the line with the null byte
            line_start = src.rfind("\n", 0, self.null_at) + 1
            inp = src.find("\n", line_start) + 1 or self.n
        self.lineno += src.count("\n", self.line_start, line_start)
        self.line_start = self.cur = line_start
        self.inp = inp
        if line_start <= self.null_at < inp:
            self.syntax_error("source code cannot contain null bytes")

    def unterminated_string(self, quote: str, quote_size: int, start: int, body: int) -> None:
        """The error path of the string scanner: walk the string as the C loop does."""
        self.cur = body
        has_escaped_quote = False
        while True:
            c = self.nextc()
            if c == EOF or (quote_size == 1 and c == "\n"):
                break
            if c == "\\":
                c = self.nextc()
                if c == quote:
                    has_escaped_quote = True
                if c == "\r":
                    c = self.nextc()
        detected = self.lineno
        self.cur = start + 1
        self.line_start = self.multi_line_start
        self.lineno = self.first_lineno
        if len(self.modes) > 1:
            mode = self.modes[-1]
            if mode.quote == quote and mode.quote_size == quote_size:
                self.syntax_error(f"{_kind(mode)}-string: expecting '}}'")
        if quote_size == 3:
            self.syntax_error(f"unterminated triple-quoted string literal (detected at line {detected})")
        if has_escaped_quote:
            self.syntax_error(f"unterminated string literal (detected at line {detected}); "
                              "perhaps you escaped the end quote?")
        self.syntax_error(f"unterminated string literal (detected at line {detected})")

    def fstring_start(self, prefix: str, quote: str, start: int) -> tuple[int, int, int]:
        """The f_string_quote part of tok_get_normal_mode; self.cur is past the quote."""
        self.first_lineno = self.lineno
        self.multi_line_start = self.line_start
        quote_size = 1
        if self.src.startswith(quote * 2, self.cur):
            quote_size = 3
            self.cur += 2
        if len(self.modes) >= MAXFSTRINGLEVEL:
            self.syntax_error("too many nested f-strings or t-strings")
        mode = _Mode()
        mode.fstring = True
        mode.tstring = "t" in prefix
        mode.quote = quote
        mode.quote_size = quote_size
        mode.raw = "r" in prefix
        mode.start = start
        mode.multi_line_start = self.line_start
        mode.start_lineno = self.lineno
        mode.expr_start_depth = -1
        self.modes.append(mode)
        return (T.TSTRING_START if mode.tstring else T.FSTRING_START), start, self.cur

    def operator(self, c: str, start: int, mode: _Mode) -> tuple[int, int, int]:
        src = self.src
        inside_fstring = len(self.modes) > 1
        if inside_fstring and mode.expr_start_depth >= 0 and (c == ":" or c == "}" or c == "!" or c == "{"):
            cursor = mode.curly_depth - (c != "{")
            valid = cursor == 0 or (cursor == 1 and (mode.debug or mode.in_format_spec))
            if valid:
                if c == "{":
                    mode.expr_start = self.cur
                    mode.expr_end = -1
                elif mode.expr_end < 0:
                    mode.expr_end = start
                if c != "{" and mode.debug:
                    self.metadata = _without_comments(src[mode.expr_start:mode.expr_end])
            if c == ":" and cursor == mode.expr_start_depth:
                mode.fstring = True
                mode.in_format_spec = True
                return T.COLON, start, self.cur
        match = _OPERATOR.match(src, self.cur - 1)
        if match is not None and match.end() > self.cur:
            self.cur = match.end()
            return _ONE_CHAR[match.group()], start, self.cur
        if c in _OPENING:
            if self.level >= MAXLEVEL:
                self.syntax_error("too many nested parentheses")
            self.parenstack.append((c, self.lineno, start, self.line_start))
            self.level += 1
            if inside_fstring:
                mode.curly_depth += 1
        elif c in _CLOSING:
            if inside_fstring and not mode.curly_depth and c == "}":
                self.syntax_error(f"{_kind(mode)}-string: single '}}' is not allowed")
            if not self.extra and not self.level:
                self.syntax_error(f"unmatched '{c}'")
            if self.level > 0:
                self.level -= 1
                opening, lineno, _, _ = self.parenstack.pop()
                if opening != _CLOSING[c]:
                    # f"{)}": the bracket opening the replacement field cannot close otherwise
                    if inside_fstring and opening == "{" and mode.curly_depth - 1 == mode.expr_start_depth:
                        self.syntax_error(f"{_kind(mode)}-string: unmatched '{c}'")
                    if not self.extra:
                        where = f" on line {lineno}" if lineno != self.lineno else ""
                        self.syntax_error(f"closing parenthesis '{c}' does not match opening parenthesis "
                                          f"'{opening}'{where}")
            if inside_fstring:
                mode.curly_depth -= 1
                if mode.curly_depth < 0:
                    self.syntax_error(f"{_kind(mode)}-string: unmatched '{c}'")
                if c == "}" and mode.curly_depth == mode.expr_start_depth:
                    mode.expr_start_depth -= 1
                    mode.fstring = True
                    mode.in_format_spec = False
                    mode.debug = False
        if not c.isprintable():
            self.syntax_error(f"invalid non-printable character U+{ord(c):04X}")
        if c == "=" and mode.curly_depth - mode.expr_start_depth == 1:
            # INSIDE_FSTRING_EXPR_AT_TOP: f"{f(a=1)}" is not a debug expression
            mode.debug = True
        return _ONE_CHAR.get(c, T.OP), start, self.cur

    # -- the f-string mode -----------------------------------------------------------------

    def get_fstring(self, mode: _Mode) -> tuple[int, int, int]:
        """Mirrors lexer.c: tok_get_fstring_mode."""
        src = self.src
        start = self.start = self.cur
        self.first_lineno = self.lineno
        start_char = self.nextc()
        if start_char == "{":
            peek = self.nextc()
            self.backup(peek)
            self.backup(start_char)
            if peek != "{":
                mode.expr_start_depth += 1
                if mode.expr_start_depth >= MAX_EXPR_NESTING:
                    self.syntax_error(f"{_kind(mode)}-string: expressions nested too deeply")
                mode.fstring = False
                return self.get_normal(mode)
        else:
            self.backup(start_char)
        quote = mode.quote
        if src.startswith(quote * mode.quote_size, self.cur):
            self.cur += mode.quote_size
            self.modes.pop()
            return (T.TSTRING_END if mode.tstring else T.FSTRING_END), start, self.cur
        middle = T.TSTRING_MIDDLE if mode.tstring else T.FSTRING_MIDDLE
        self.multi_line_start = self.line_start
        end_quote_size = 0
        unicode_escape = False
        while end_quote_size != mode.quote_size:
            c = self.nextc()
            in_format_spec = mode.in_format_spec and mode.expr_start_depth >= 0
            if c == EOF or (mode.quote_size == 1 and c == "\n"):
                if in_format_spec and c == "\n":
                    kind = _kind(mode)
                    self.syntax_error(f"{kind}-string: newlines are not allowed in format specifiers for single "
                                      f"quoted {kind}-strings")
                detected = self.lineno
                self.cur = mode.start + 1
                self.line_start = mode.multi_line_start
                self.lineno = mode.start_lineno
                if mode.quote_size == 3:
                    self.syntax_error(f"unterminated triple-quoted {_kind(mode)}-string literal "
                                      f"(detected at line {detected})")
                self.syntax_error(f"unterminated {_kind(mode)}-string literal (detected at line {detected})")
            if c == quote:
                end_quote_size += 1
                continue
            end_quote_size = 0
            if c == "{":
                peek = self.nextc()
                if peek != "{" or in_format_spec:
                    self.backup(peek)
                    self.backup(c)
                    mode.expr_start_depth += 1
                    if mode.expr_start_depth >= MAX_EXPR_NESTING:
                        self.syntax_error(f"{_kind(mode)}-string: expressions nested too deeply")
                    mode.fstring = False
                    mode.in_format_spec = False
                    return middle, start, self.cur
                return middle, start, self.cur - 1
            if c == "}":
                if unicode_escape:
                    return middle, start, self.cur
                peek = self.nextc()
                if peek == "}" and not in_format_spec and mode.curly_depth == 0:
                    return middle, start, self.cur - 1
                self.backup(peek)
                self.backup(c)
                mode.fstring = False
                mode.in_format_spec = False
                return middle, start, self.cur
            if c == "\\":
                peek = self.nextc()
                if peek == "\r":
                    peek = self.nextc()
                if peek == "{" or peek == "}":
                    if not mode.raw:
                        self.warn(f'"\\{peek}" is an invalid escape sequence. Such sequences will not work '
                                  f'in the future. Did you mean "\\\\{peek}"? A raw string is also an option.')
                    self.backup(peek)
                    continue
                if not mode.raw and peek == "N":
                    peek = self.nextc()
                    if peek == "{":
                        unicode_escape = True
                    else:
                        self.backup(peek)
        self.cur -= mode.quote_size
        return middle, start, self.cur


class IncompleteInput(Exception):
    """The tokenizer needs a line that a partial source does not have yet."""


class _EndOfInput(Exception):
    """E_EOF inside a statement (unclosed bracket, backslash before the end of the file)."""


def _indent_columns(blanks: str, col: int, altcol: int) -> tuple[int, int]:
    """Columns after a run of blanks, with tabs to 8 (col) and to 1 (altcol) (ALTTABSIZE)."""
    if "\t" not in blanks and "\f" not in blanks:
        return col + len(blanks), altcol + len(blanks)
    for ch in blanks:
        if ch == " ":
            col += 1
            altcol += 1
        elif ch == "\t":
            col = (col // TABSIZE + 1) * TABSIZE
            altcol += 1
        else:  # a form feed resets the count (for Emacs users)
            col = altcol = 0
    return col, altcol


def _kind(mode: _Mode) -> str:
    return "t" if mode.tstring else "f"


def _without_comments(text: str) -> str:
    """lexer.c: set_fstring_expr drops '#' comments (but not their newline) from debug text."""
    if "#" not in text:
        return text
    return re.sub(r"#[^\n]*", "", text)


class _NumberScanner:
    """The number part of tok_get_normal_mode, character by character, for the rarer literals."""

    def __init__(self, lexer: _Lexer) -> None:
        self.lexer = lexer

    def verify_end(self, c: str, kind: str) -> None:
        """Mirrors lexer.c: verify_end_of_number (keywords right after a number are allowed)."""
        lx = self.lexer
        if lx.extra:
            return
        src, cur = lx.src, lx.cur
        if c == "i":  # if, in, is
            keyword = src[cur:cur + 1] in ("f", "n", "s")
        else:
            rest = _KEYWORD_RESTS.get(c)
            after = cur + len(rest) if rest else cur
            keyword = rest is not None and src.startswith(rest, cur) and not _is_id_char(src[after:after + 1])
        if keyword:
            lx.warn(f"invalid {kind} literal")
            return
        if c in _ID_CHAR_ASCII:
            lx.backup(c)
            lx.syntax_error(f"invalid {kind} literal")

    def decimal_tail(self) -> str:
        """Mirrors lexer.c: tok_decimal_tail."""
        lx = self.lexer
        while True:
            c = lx.nextc()
            while c in _DIGITS:
                c = lx.nextc()
            if c != "_":
                return c
            c = lx.nextc()
            if c not in _DIGITS:
                lx.backup(c)
                lx.syntax_error("invalid decimal literal")

    def scan(self, c: str, start: int) -> tuple[int, int, int]:
        lx = self.lexer
        if c == ".":
            return self.tail(lx.nextc(), _FRACTION, start)
        if c != "0":
            c = self.decimal_tail()
            if c == ".":
                return self.tail(lx.nextc(), _FRACTION, start)
            return self.tail(c, _EXPONENT, start)
        c = lx.nextc()
        if c in ("x", "X"):
            c = self.radix(_HEXDIGITS, "hexadecimal")
            self.verify_end(c, "hexadecimal")
        elif c in ("o", "O"):
            c = self.radix(_OCTDIGITS, "octal")
            self.verify_end(c, "octal")
        elif c in ("b", "B"):
            c = self.radix(_BINDIGITS, "binary")
            self.verify_end(c, "binary")
        else:
            nonzero = False
            while True:
                if c == "_":
                    c = lx.nextc()
                    if c not in _DIGITS:
                        lx.backup(c)
                        lx.syntax_error("invalid decimal literal")
                if c != "0":
                    break
                c = lx.nextc()
            zeros_end = lx.cur
            if c in _DIGITS:
                nonzero = True
                c = self.decimal_tail()
            if c == ".":
                return self.tail(lx.nextc(), _FRACTION, start)
            if c in ("e", "E", "j", "J"):
                return self.tail(c, _EXPONENT, start)
            if nonzero and not lx.extra:
                lx.backup(c)
                lx.known_range_error("leading zeros in decimal integer literals are not permitted; "
                                     "use an 0o prefix for octal integers", start + 1, zeros_end)
            self.verify_end(c, "decimal")
        lx.backup(c)
        return T.NUMBER, start, lx.cur

    def tail(self, c: str, stage: int, start: int) -> tuple[int, int, int]:
        """The fraction, exponent and imaginary parts (the C's goto labels)."""
        lx = self.lexer
        if stage == _FRACTION and c in _DIGITS:
            c = self.decimal_tail()
        if c in ("e", "E"):
            e = c
            c = lx.nextc()
            if c in ("+", "-"):
                c = lx.nextc()
                if c not in _DIGITS:
                    lx.backup(c)
                    lx.syntax_error("invalid decimal literal")
            elif c not in _DIGITS:
                lx.backup(c)
                self.verify_end(e, "decimal")
                lx.backup(e)
                return T.NUMBER, start, lx.cur
            c = self.decimal_tail()
        if c in ("j", "J"):
            c = lx.nextc()
            self.verify_end(c, "imaginary")
        else:
            self.verify_end(c, "decimal")
        lx.backup(c)
        return T.NUMBER, start, lx.cur

    def radix(self, digits: frozenset, kind: str) -> str:
        lx = self.lexer
        c = lx.nextc()
        while True:
            if c == "_":
                c = lx.nextc()
            if c not in digits:
                if kind != "hexadecimal" and c in _DIGITS:
                    lx.syntax_error(f"invalid digit '{c}' in {kind} literal")
                lx.backup(c)
                lx.syntax_error(f"invalid {kind} literal")
            c = lx.nextc()
            while c in digits:
                c = lx.nextc()
            if c != "_":
                break
        if kind != "hexadecimal" and c in _DIGITS:
            lx.syntax_error(f"invalid digit '{c}' in {kind} literal")
        return c



def _prepare(source: bytes | str, filename: str, extra_tokens: bool) -> str:
    if isinstance(source, bytes):
        if not extra_tokens and b"\0" in source:
            raise CompileError("SyntaxError", "source code string cannot contain null bytes")
        source = decode_source(source, filename)
    elif not extra_tokens and "\0" in source:
        raise CompileError("SyntaxError", "source code string cannot contain null bytes")
    if not extra_tokens and "\r" in source:
        # string_tokenizer.c: translate_newlines
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    return source


def tokenize(source: bytes | str, filename: str = "<string>", *, extra_tokens: bool = False,
             warnings: list[tuple[str, int]] | None = None, type_comments: bool = False,
             interactive: bool = False, partial: bool = False) -> Iterator[Token]:
    """The tokens of `source`, lazily (see the module docstring).

    The SyntaxWarnings the C tokenizer emits are appended to `warnings` as (message, lineno).
    With `type_comments` (ast.parse(type_comments=True)), "# type: ..." comments are
    TYPE_COMMENT and TYPE_IGNORE tokens. `interactive` applies the prompt's blank-line rules;
    with `partial`, `source` is the lines read so far and IncompleteInput is raised when the
    tokenizer needs the next one.
    """
    text = _prepare(source, filename, extra_tokens)
    implicit_newline = bool(text) and not text.endswith("\n") and not partial
    if implicit_newline:
        text += "\n"
    lx = _Lexer(text, filename, extra_tokens, implicit_newline, warnings, type_comments,
                interactive, partial)
    if extra_tokens:
        yield from _extra_tokens(lx)
    else:
        yield from _parser_tokens(lx)


def _scan(lx: _Lexer) -> Iterator[tuple[int, int, int]]:
    """(type, start, end) of each token: lexer.c's tok_get, with a fast path for common tokens.

    In the middle of a line and outside f-strings, one regular expression match finds a name,
    a simple number, an operator, a bracket, a newline or (extra-tokens mode) a comment;
    anything else (and any bracket error) goes through the transcription of lexer.c. The line
    is in the buffer, so a match cannot run into an unread line.
    """
    src = lx.src
    fast = _FAST.match
    base = lx.base_mode
    closing = _CLOSING
    types = _ONE_CHAR
    extra = lx.extra
    while True:
        lx.metadata = None
        mode = lx.modes[-1]
        if mode is base and lx.cur < lx.inp and not lx.atbol and not lx.pendin:
            match = fast(src, lx.cur)
            kind = match.lastgroup
            if kind is not None:
                start = match.start(kind)
                end = match.end()
                if kind == "name":
                    lx.cur = end
                    yield T.NAME, start, end
                    continue
                if kind == "op":
                    lx.cur = end
                    yield types[match.group(kind)], start, end
                    continue
                if kind == "number":
                    lx.cur = end
                    yield T.NUMBER, start, end
                    continue
                c = src[start]
                if kind == "open" and lx.level < MAXLEVEL:
                    lx.cur = end
                    lx.parenstack.append((c, lx.lineno, start, lx.line_start))
                    lx.level += 1
                    yield types[c], start, end
                    continue
                if kind == "close" and lx.parenstack and lx.parenstack[-1][0] == closing[c]:
                    lx.cur = end
                    lx.parenstack.pop()
                    lx.level -= 1
                    yield types[c], start, end
                    continue
                if kind == "comment" and extra and not lx.type_comments:
                    lx.cur = end
                    lx.comment_newline = False
                    yield T.COMMENT, start, end
                    continue
                if kind == "newline":
                    # the end of a logical line (NEWLINE) or, inside brackets, of a physical one
                    lx.cur = end
                    lx.atbol = True
                    if extra and (lx.level or lx.comment_newline):
                        lx.comment_newline = False
                        yield T.NL, start, end
                    elif not lx.level:
                        yield T.NEWLINE, start, start
                    continue
                lx.cur = start
            else:
                lx.cur = match.end()
        yield lx.get_fstring(mode) if mode.fstring else lx.get_normal(mode)


def _parser_tokens(lx: _Lexer) -> Iterator[Token]:
    """Tokens as pegen receives them (Parser/pegen.c: initialize_token's input)."""
    src = lx.src
    line_ref = line_end = -1
    line = ""
    is_ascii = True
    no_columns = (T.INDENT, T.DEDENT, T.ENDMARKER)
    string_literals = _STRING_LITERALS
    try:
        for type_, start, end in _scan(lx):
            line_start = lx.line_start
            ref = lx.multi_line_start if type_ in string_literals else line_start
            if ref != line_ref or lx.inp != line_end:
                line_ref, line_end = ref, lx.inp
                line = src[ref:line_end]
                is_ascii = line.isascii()
            if type_ in no_columns:
                yield Token(type_, "", lx.lineno, -1, lx.lineno, -1, line, lx.level)
                if type_ == T.ENDMARKER:
                    return
                continue
            if is_ascii:
                col, end_col = start - ref, end - line_start
            else:
                col, end_col = lx.byte_col(ref, start), lx.byte_col(line_start, end)
            yield Token(type_, src[start:end], lx.first_lineno if type_ in string_literals else lx.lineno, col,
                        lx.lineno, end_col, line, lx.level, lx.metadata)
    except _EndOfInput:
        raise lx.eof_error() from None


def _extra_tokens(lx: _Lexer) -> Iterator[Token]:
    """Tokens as Lib/tokenize.py receives them (Python/Python-tokenize.c: tokenizeriter_next)."""
    src = lx.src
    line_ref = line_end = -1
    line = ""
    is_ascii = True
    string_literals = _STRING_LITERALS
    try:
        for type_, start, end in _scan(lx):
            string = src[start:end] if start >= 0 else ""
            if type_ == T.ENDMARKER or (type_ == T.DEDENT and lx.done_eof):
                lineno = lx.lineno + 1
                token = Token(type_, string, lineno, 0, lineno, 0, "", lx.level)
                token.start = token.end = (lineno, 0)
                yield token
                if type_ == T.ENDMARKER:
                    return
                continue
            line_start = lx.line_start
            if type_ in string_literals:
                lineno, ref = lx.first_lineno, lx.multi_line_start
            else:
                lineno, ref = lx.lineno, line_start
            implicit = lx.inp > lx.implicit_newline_at >= 0
            if ref != line_ref or lx.inp != line_end:
                line_ref, line_end = ref, lx.inp
                line = src[ref:line_end - 1] if implicit else src[ref:line_end]
                is_ascii = line.isascii()
            col = start - ref if start >= ref else -1
            end_col = end - line_start if end >= line_start else -1
            if T.DEDENT < type_ < T.OP:
                type_ = T.OP
            elif type_ == T.NEWLINE:
                # with the newline added at the end of the source, what precedes it stays ('' or '\r')
                if not implicit:
                    string = "\r\n" if src[start] == "\r" else "\n"
                end_col += 1
            elif type_ == T.NL and implicit:
                string = ""
            if is_ascii:
                token = Token(type_, string, lineno, col, lx.lineno, end_col, line, lx.level, lx.metadata)
            else:
                token = Token(type_, string, lineno, lx.byte_col(ref, start) if col >= 0 else -1, lx.lineno,
                              lx.byte_col(line_start, end) + (end_col - (end - line_start)) if end_col >= 0
                              else -1, line, lx.level, lx.metadata)
            token.start = (lineno, col)
            token.end = (lx.lineno, end_col)
            yield token
    except _EndOfInput:
        raise lx.eof_error() from None
