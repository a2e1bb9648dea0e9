"""Keyword-typo suggestions for a generic SyntaxError ("invalid syntax. Did you mean 'for'?").

Mirrors Lib/traceback.py (3.14): TracebackException._find_keyword_typos, with the metadata
the parser gives a file's error (line 0, the whole source): the source up to the error's line,
dedented, is tokenized; each of its first ten names that is not a keyword is replaced by up to
three close keywords (the _suggestions ranking of Python/suggestions.c, then
difflib.get_close_matches) and the variant is checked as codeop.compile_command would, with
OUR parser and compiler (whose final compile shows its SyntaxWarnings, as codeop's does). The source is re-read from the file (errors only carry the filename).
"""
from __future__ import annotations

import difflib
import textwrap

from ..errors import CompileError
from . import token_types as T
from .pegen import ERROR_TYPE, HARD_KEYWORDS

_MAX_SOURCE = 1024
_MAX_NAMES = 10
_MAX_MATCHES = 3
_KEYWORDS = list(HARD_KEYWORDS)
_END_TYPES = frozenset((T.DEDENT, T.ENDMARKER))


def _compiles_or_incomplete(code: str) -> bool:
    """codeop.compile_command(code, symbol="exec") raises no SyntaxError (codeop._maybe_compile):
    blank code is a `pass`; code that does not parse but parses, or is incomplete, with a
    newline added is accepted; otherwise the final compile of the code decides, and its
    SyntaxWarnings are shown (the earlier attempts' are ignored)."""
    if all(not line.strip() or line.strip().startswith("#") for line in code.split("\n")):
        return True
    if not _parse(code)[0] and any(_parse(code + "\n")):
        return True
    return _compiles(code)


def _compiles(code: str) -> bool:
    """The whole compilation succeeds (symbol table and code generation errors count), its
    SyntaxWarnings emitted as "<input>"'s."""
    from ..compiler.compile import compile_source
    try:
        compile_source(code, "<input>", "exec")
    except CompileError:
        return False
    return True


def _parse(code: str) -> tuple[bool, bool]:
    """(parsed, incomplete): one first pass of the parser over `code`; incomplete when it
    failed having reached the end of the source (pegen.c: _is_end_of_source). codeop asks for
    no implied dedents at the end: the parser reaching our final DEDENTs reached the end."""
    from .parser import make_parser
    try:
        parser = make_parser(code, "<input>")
        if parser.file() is not None:
            return True, False
        reached = max(parser.max_pos, parser.pos)
        at_eof = parser.tokenizer_error is None or _eof_error(parser.tokenizer_error)
        return False, at_eof and all(t in _END_TYPES or t == ERROR_TYPE for t in parser.types[reached:-3])
    except CompileError as exc:
        return False, _eof_error(exc)
    except RecursionError:
        return False, False


def _eof_error(error: CompileError) -> bool:
    """A tokenizer error at the end of the source (E_EOF: unclosed bracket or string)."""
    return error.msg.startswith(("unterminated triple-quoted", "unexpected EOF")) or \
        error.msg.endswith("was never closed")


def suggest_keyword(error: CompileError) -> CompileError | None:
    """The error with a keyword suggestion, or None when no keyword fixes the line."""
    from ..runtime.suggestions import best_match
    from .tokenizer import tokenize
    if error.msg != "invalid syntax" and "Perhaps you forgot a comma" not in error.msg:
        return None
    if error.lineno is None or not error.filename:
        return None
    try:
        with open(error.filename, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeError, ValueError):
        return None
    end_line = error.lineno
    error_code = textwrap.dedent("\n".join(lines[0:end_line]))
    if len(error_code) > _MAX_SOURCE:
        return None
    error_lines = error_code.splitlines()
    names_left = _MAX_NAMES
    try:
        for tok in tokenize(error_code, extra_tokens=True):
            if tok.type != T.NAME or tok.string in _KEYWORDS:
                continue
            names_left -= 1
            if names_left < 0:
                break
            wrong = tok.string
            matches = []
            best = best_match(_KEYWORDS, wrong)
            if best:
                matches.append(best)
            matches.extend(difflib.get_close_matches(wrong, _KEYWORDS, n=_MAX_MATCHES, cutoff=0.5))
            for suggestion in matches[:_MAX_MATCHES]:
                if not suggestion or suggestion == wrong:
                    continue
                candidate = error_lines.copy()
                row = tok.start[0] - 1
                line = candidate[row]
                candidate[row] = line[:tok.start[1]] + suggestion + line[tok.end[1]:]
                if not _compiles_or_incomplete("\n".join(candidate)):
                    continue
                return CompileError(error.kind, f"invalid syntax. Did you mean '{suggestion}'?", error.filename,
                                    tok.start[0], tok.start[1] + 1, tok.line, tok.end[0], tok.end[1] + 1)
    except CompileError:
        return None
    return None
