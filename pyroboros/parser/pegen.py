"""The parser's machinery: token buffer, positions, memo tables and error reporting.

Mirrors Parser/pegen.c and the generic part of Parser/pegen_errors.c. Tokens come from
pyroboros.parser.tokenizer; keywords are recognised here (as _PyPegen_fill_token does with the
grammar's keyword list), giving each hard keyword its own type code so that rules test a
single integer. The parser remembers the furthest token it examined (CPython's
`p->tokens[p->fill - 1]`), where a generic "invalid syntax" is reported. Rules live in the
rules_* modules; parser.py assembles them and runs the two passes.
"""
from __future__ import annotations

from ..errors import CompileError
from . import token_types as T
from .source_decoding import program_line

HARD_KEYWORDS = (
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
)
# Keyword type codes sit above every token number (N_TOKENS < 100).
KEYWORD_TYPES = {name: 100 + i for i, name in enumerate(HARD_KEYWORDS)}
(KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT, KW_BREAK, KW_CLASS,
 KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL,
 KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS, KW_RAISE,
 KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD) = KEYWORD_TYPES.values()

# Tokens that never end a node: _PyPegen_get_last_nonnwhitespace_token skips them.
WHITESPACE_TYPES = frozenset((T.ENDMARKER, T.NEWLINE, T.INDENT, T.DEDENT))
# A sentinel type for the place where the tokenizer failed: no rule accepts it.
ERROR_TYPE = -1
# The error kind of a partial source that needs more lines (PyExc_IncompleteInputError).
INCOMPLETE_INPUT = "_IncompleteInputError"


# Tokenizer errors that pegen words from the lexer's state (_Pypegen_tokenizer_error), the
# lexer having set no exception.
_PEGEN_WORDED_ERRORS = (
    "unexpected EOF while parsing", "was never closed", "unindent does not match any outer indentation level",
    "inconsistent use of tabs and spaces in indentation", "too many levels of indentation",
    "unexpected character after line continuation character",
)


def _without_exception(error: CompileError) -> bool:
    return error.msg.endswith(_PEGEN_WORDED_ERRORS)


def _overrides(error: CompileError) -> bool:
    """Whether a tokenizer error found after a failed parse replaces the parser's error: not
    when the lexer set no exception, nor inside an f-/t-string (whose errors say so), nor the
    end of the lines read so far at a prompt (there is nothing more to tokenize yet)."""
    return (not _without_exception(error) and "f-string" not in error.msg and "t-string" not in error.msg
            and error.kind != INCOMPLETE_INPUT)


def _char_offset(line: bytes, col: int) -> int:
    """The 1-based character offset of byte column `col` in `line`, 0 for a token without
    columns (_PyPegen_byte_offset_to_character_offset of col + 1: the count may include the
    line's terminating NUL, which C decodes as one more character)."""
    if col < 0:
        return 0
    size = min(col + 1, len(line) + 1)
    return len(line[:size].decode("utf-8", "replace")) + (size > len(line))


class ParserBase:
    """Token access and the bookkeeping every rule shares (pegen.c's Parser struct)."""

    def __init__(self, tokens: list, types: list[int], source_lines: list[bytes], filename: str,
                 tokenizer_error: CompileError | None) -> None:
        self.tokens = tokens
        self.types = types
        self.source_lines = source_lines
        self.filename = filename
        self.tokenizer_error = tokenizer_error
        self.pos = 0
        self.max_pos = 0
        self.call_invalid_rules = False
        self.error_pass = False
        # '(' positions whose `arguments` failed in the error pass with the invalid rules off
        self.arguments_failed_plainly: set[int] = set()
        self.file_input = False
        self.encoding = "utf-8"
        self.warnings: list[tuple[int, str]] = []
        self.t_primary_memo: dict[int, tuple[object, int]] = {}
        self.strings_memo: dict[int, tuple[object, int]] = {}
        self.barry_as_bdfl = False
        self.prompt = False

    # -- positions -------------------------------------------------------------------------

    def reset(self, mark: int) -> None:
        """Backtrack to `mark`, remembering how far the parser had looked."""
        if self.pos > self.max_pos:
            self.max_pos = self.pos
        self.pos = mark

    def touch(self, index: int) -> None:
        """Record that the token at `index` was examined (it counts for error locations)."""
        if index > self.max_pos:
            self.max_pos = index

    def last_token(self):
        """The token that ends the node just parsed (_PyPegen_get_last_nonnwhitespace_token)."""
        i = self.pos - 1
        types = self.types
        while i > 0 and types[i] in WHITESPACE_TYPES:
            i -= 1
        return self.tokens[i]

    def expect(self, type_: int):
        """Consume and return the next token if it has `type_` (_PyPegen_expect_token)."""
        if self.types[self.pos] == type_:
            tok = self.tokens[self.pos]
            self.pos += 1
            return tok
        return None

    def expect_forced(self, type_: int, text: str):
        """`&&'x'`: the token must be there, else "expected 'x'" (_PyPegen_expect_forced_token)."""
        if self.types[self.pos] == type_:
            self.pos += 1
            return self.tokens[self.pos - 1]
        self.check_tokenizer_error()
        raise self.error_at_token(self.tokens[self.pos], f"expected '{text}'")

    def check_tokenizer_error(self) -> None:
        """Reaching the tokenizer's failure point raises its error, as fetching the token would."""
        error = self.fetched_error(self.pos)
        if error is not None:
            raise error

    def fetched_error(self, index: int) -> CompileError | None:
        """The error that fetching the token at `index` raises: the tokenizer's, where it
        failed. At a prompt the error pass reaching the end of the lines read so far also
        asks for more: our first pass records the tokens it examined less exactly than
        pegen's fill, so CPython's first pass would have read on there."""
        error = self.tokenizer_error
        if error is None or self.types[index] != ERROR_TYPE:
            return None
        return error

    def check_barry_as_flufl(self, tok) -> bool:
        """Whether the NOTEQUAL token is acceptable (_PyPegen_check_barry_as_flufl)."""
        if self.barry_as_bdfl:
            if tok.string != "<>":
                raise self.error_at_token(tok, "with Barry as BDFL, use '<>' instead of '!='")
            return True
        return tok.string == "!="

    def is_diamond(self, index: int) -> bool:
        """Whether the '<' at `index` and the '>' after it are written together: the obsolete
        '<>', which 3.14's tokenizer gives as two tokens."""
        less, greater = self.tokens[index], self.tokens[index + 1]
        return less.end_lineno == greater.lineno and less.end_col_offset == greater.col_offset

    def soft_keyword(self, word: str) -> bool:
        return self.types[self.pos] == T.NAME and self.tokens[self.pos].string == word

    # -- errors ----------------------------------------------------------------------------

    def error_line(self, lineno: int) -> bytes:
        """The text an error on line `lineno` shows and counts its offsets in: for a file, the
        line re-read from the file; otherwise the tokenizer's line, whose newline the tokenizer
        adds when the source lacks it (_PyPegen_raise_error_known_location)."""
        if self.file_input:
            text = program_line(self.filename, lineno, self.encoding)
            if text is not None:
                return text.encode("utf-8", "surrogatepass")
        if 1 <= lineno <= len(self.source_lines):
            line = self.source_lines[lineno - 1]
            return line if line.endswith(b"\n") else line + b"\n"
        return b""

    def error_at(self, kind: str, msg: str, lineno: int, col: int, end_lineno: int,
                 end_col: int) -> CompileError:
        """A SyntaxError at a known byte range (RAISE_ERROR_KNOWN_LOCATION); both offsets are
        counted in the first line's text, as CPython does."""
        line = self.error_line(lineno)
        offset = _char_offset(line, col)
        end_offset = _char_offset(line, end_col) if end_col >= 0 else end_col + 1
        return CompileError(kind, msg, self.filename, lineno, offset, line.decode("utf-8", "replace"),
                            end_lineno, end_offset)

    def error_at_token(self, tok, msg: str, kind: str = "SyntaxError") -> CompileError:
        return self.error_at(kind, msg, tok.lineno, tok.col_offset, tok.end_lineno, self.end_col(tok))

    def end_col(self, tok) -> int:
        """A token's end column as pegen has it: a NEWLINE token covers the newline character."""
        if tok.type == T.NEWLINE:
            return tok.end_col_offset + 1
        return tok.end_col_offset

    def error_at_last_token(self, msg: str) -> CompileError:
        """RAISE_SYNTAX_ERROR: at the last token the parser fetched."""
        index = min(max(self.max_pos, self.pos), len(self.tokens) - 1)
        return self.error_at_token(self.tokens[index], msg)

    def error_at_node(self, node, msg: str, end=None) -> CompileError:
        end = end or node
        return self.error_at("SyntaxError", msg, node.lineno, node.col_offset, end.end_lineno,
                             end.end_col_offset)

    def run(self, rule):
        """Parse with `rule`; on failure, the error pass and the error to raise
        (_PyPegen_run_parser).

        The first pass runs without the invalid_* alternatives. When it fails, the parser
        resets and runs again with `call_invalid_rules` set, so that those alternatives can
        raise a specialised error; the rule methods do not have them yet, so the second
        pass ends like the first and the generic error is reported.
        """
        try:
            tree = rule(self)
        except CompileError as exc:
            raise self._tokenizer_error_instead(exc) from None
        if tree is not None:
            return tree
        furthest = min(max(self.max_pos, self.pos), len(self.tokens) - 1)
        if self.tokenizer_error is not None and self.types[furthest] == ERROR_TYPE:
            # The first pass fetched the token where the tokenizer failed: its error stands, as
            # the error pass starts with p->error_indicator still set and does nothing. At a
            # prompt, that is the end of the lines read so far (_is_end_of_source).
            raise self.tokenizer_error
        self._reset_for_error_pass()
        try:
            rule(self)
        except CompileError as exc:
            raise self._tokenizer_error_instead(exc) from None
        raise self.generic_error(furthest)

    def _reset_for_error_pass(self) -> None:
        """reset_parser_state_for_error_pass."""
        self.pos = 0
        self.call_invalid_rules = True
        self.error_pass = True
        self.t_primary_memo.clear()
        self.strings_memo.clear()

    def _tokenizer_error_instead(self, error: CompileError) -> CompileError:
        """A tokenizer error later in the source replaces a parser's error, unless the
        lexer set no exception for it or it is inside an f-string (_PyPegen_set_syntax_error,
        _PyPegen_tokenize_full_source_to_check_for_errors)."""
        found = self.tokenizer_error
        return found if found is not None and error is not found and _overrides(found) else error

    def generic_error(self, index: int) -> CompileError:
        """The error for a failed parse with no better message, `index` being the furthest
        token of the first pass (_PyPegen_set_syntax_error).

        A tokenizer error the parser did not reach wins over "invalid syntax" (not over an
        unexpected indent), as _PyPegen_tokenize_full_source_to_check_for_errors lets it.
        """
        tok = self.tokens[index]
        error = self.tokenizer_error
        if error is not None and self.types[index] == ERROR_TYPE:
            return error
        if tok.type == T.INDENT or tok.type == T.DEDENT:
            # The token has no columns: CPython reports where the tokenizer stopped, after the
            # indentation (_PyPegen_raise_error with col_offset == -1).
            line = self.error_line(tok.lineno)
            offset = len(line) - len(line.lstrip(b" \t\f"))
            message = "unexpected indent" if tok.type == T.INDENT else "unexpected unindent"
            return CompileError("IndentationError", message, self.filename, tok.lineno, offset,
                                line.decode("utf-8", "replace"), tok.lineno, -1)
        if error is not None:
            # The rest of the source is tokenized for a better error; the lexer's
            # ERRORTOKENs without an exception (E_EOF, E_DEDENT, ...) only count for an
            # unclosed bracket opened before the line of the parser's error.
            if _overrides(error):
                return error
            if _without_exception(error) and error.msg.endswith("was never closed") and error.lineno is not None \
                    and error.lineno < tok.lineno:
                return error
        return self.error_at_token(tok, "invalid syntax")

    def warn(self, tok, message: str) -> None:
        """A SyntaxWarning attributed to `tok`'s line; none in the error pass (as CPython)."""
        if not self.call_invalid_rules:
            self.warnings.append((tok.lineno, message))
