"""The PEG parser: tokens -> AST for the four start rules. Mirrors Parser/pegen.c
(_PyPegen_run_parser, _PyPegen_Parser_New) and the start rules of Grammar/python.gram
(file, interactive, eval, func_type).

The two passes and the choice of the error are ParserBase.run's (pegen.py); the invalid_*
rules of the second pass are rules_invalid.py's and rules_invalid_parameters.py's.
parse_interactive parses what is typed at the prompt (pegen.c: _PyPegen_run_parser_from_file_pointer
with the interactive tokenizer): lines read so far, "incomplete input" when the statement needs
more. Leaves out type comments and feature_version.
"""
from __future__ import annotations

import sys
import unicodedata

from ..errors import CompileError
from . import token_types as T
from .ast_nodes import Expression, FunctionType, ImportFrom, Interactive, Module, Pass
from .pegen import ERROR_TYPE, INCOMPLETE_INPUT, KEYWORD_TYPES, ParserBase
from .rules_expressions import ExpressionRules
from .rules_invalid import InvalidRules
from .rules_invalid_parameters import InvalidParameterRules
from .rules_patterns import PatternRules
from .rules_statements import StatementRules
from .rules_strings import StringRules
from .rules_targets import TargetRules
from .source_decoding import declared_encoding, decode_source
from .tokenizer import IncompleteInput, Token, tokenize

# Rules peek up to three tokens ahead; padding keeps those peeks inside the list.
_PADDING = -2
_BLANK = frozenset((T.NEWLINE, T.INDENT, T.DEDENT, T.ENDMARKER))
_RECURSION_LIMIT = 12000


class Parser(InvalidRules, InvalidParameterRules, StatementRules, PatternRules, TargetRules, StringRules, ExpressionRules, ParserBase):
    """All the rules over one token list (pegen.c's Parser)."""

    def file(self):
        """file: [statements] ENDMARKER."""
        body = self.statements() or []
        if self.types[self.pos] != T.ENDMARKER:
            return None
        return Module(body, [])

    def interactive(self):
        """interactive: statement_newline, and nothing but blank lines after it
        (_PyPegen_run_parser: bad_single_statement, which at a prompt has no text to look at)."""
        body = self.statement_newline()
        if body is None:
            return None
        if not self.prompt and any(t not in _BLANK for t in self.types[self.pos:-3]):
            last = self.tokens[max(self.max_pos, self.pos - 1)]
            raise self.error_at_token(last, "multiple statements found while compiling a single statement")
        return body

    def statement_newline(self):
        """statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE."""
        types = self.types
        t = types[self.pos]
        if t == T.NEWLINE:
            start = self.pos
            self.pos += 1
            return Interactive([Pass(*self.loc(start))])
        compound = self.compound_stmt()
        if compound is not None:
            # The string tokenizer ends a compound statement with DEDENTs, not the NEWLINE an
            # interactive prompt gives: accept the end of input too.
            if types[self.pos] == T.NEWLINE:
                self.pos += 1
                if self.prompt:
                    return Interactive([compound])
            if types[self.pos] == T.ENDMARKER:
                return Interactive([compound])
            return None
        body = self.simple_stmts()
        return None if body is None else Interactive(body)

    def eval(self):
        """eval: expressions NEWLINE* ENDMARKER."""
        body = self.expressions()
        if body is None:
            return None
        while self.types[self.pos] == T.NEWLINE:
            self.pos += 1
        if self.types[self.pos] != T.ENDMARKER:
            return None
        return Expression(body)

    def func_type(self):
        """func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER."""
        types = self.types
        if types[self.pos] != T.LPAR:
            return None
        self.pos += 1
        argtypes = []
        if types[self.pos] != T.RPAR:
            argtypes = self.type_expressions()
            if argtypes is None:
                return None
        if types[self.pos] != T.RPAR or types[self.pos + 1] != T.RARROW:
            return None
        self.pos += 2
        returns = self.expression()
        if returns is None:
            return None
        while types[self.pos] == T.NEWLINE:
            self.pos += 1
        if types[self.pos] != T.ENDMARKER:
            return None
        return FunctionType(argtypes, returns)

    def type_expressions(self) -> list | None:
        """type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression]
        (each part optional, in that order; the stars are dropped)."""
        types = self.types
        items = []
        stage = 0
        while True:
            t = types[self.pos]
            if t == T.STAR and stage < 1 or t == T.DOUBLESTAR and stage < 2:
                stage = 1 if t == T.STAR else 2
                self.pos += 1
            elif stage:
                return None
            e = self.expression()
            if e is None:
                return None
            items.append(e)
            if types[self.pos] != T.COMMA or stage == 2:
                return items
            self.pos += 1


_START_RULES = {"exec": Parser.file, "single": Parser.interactive, "eval": Parser.eval,
                "func_type": Parser.func_type}


def _source_text(source: bytes | str, filename: str) -> str:
    if isinstance(source, bytes):
        if b"\0" in source:
            raise CompileError("SyntaxError", "source code string cannot contain null bytes")
        source = decode_source(source, filename)
    elif "\0" in source:
        raise CompileError("SyntaxError", "source code string cannot contain null bytes")
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    return source


def make_parser(source: bytes | str, filename: str, interactive: bool = False,
                partial: bool = False) -> Parser:
    """Tokenize all of `source` and set up a parser over it (_PyPegen_Parser_New).

    A tokenizer error is kept, with an ERROR_TYPE token where it happened: CPython only
    raises it when the parser gets there, or after a failed parse (it tokenizes the rest
    of the source to look for one, _PyPegen_tokenize_full_source_to_check_for_errors).
    `interactive` and `partial` are the tokenizer's: where a partial source runs out, the
    ERROR_TYPE token stands for the line not read yet ("incomplete input").
    """
    text = _source_text(source, filename)
    tokens = []
    error = None
    incomplete = False
    tokenizer_warnings: list[tuple[str, int]] = []
    try:
        for tok in tokenize(text, filename, warnings=tokenizer_warnings, interactive=interactive,
                            partial=partial):
            tokens.append(tok)
    except CompileError as exc:
        error = exc
    except IncompleteInput:
        incomplete = True
    if interactive and not partial and len(tokens) > 1 and tokens[-1].type == T.ENDMARKER:
        # The end of input ends the statement: pegen reads the first ENDMARKER as a NEWLINE
        # (_PyPegen_fill_token in single-input mode).
        end = tokens[-1]
        tokens.insert(-1, Token(T.NEWLINE, "", end.lineno, end.col_offset, end.end_lineno,
                                end.end_col_offset, end.line))
    keywords = KEYWORD_TYPES
    types = [keywords.get(tok.string, T.NAME) if tok.type == T.NAME else tok.type for tok in tokens]
    for tok in tokens:
        # _PyPegen_new_identifier: identifiers are NFKC-normalized (after keyword matching).
        if tok.type == T.NAME and not tok.string.isascii():
            tok.string = unicodedata.normalize("NFKC", tok.string)
    if error is not None or incomplete:
        last = tokens[-1] if tokens else None
        tokens.append(last if last is not None else _empty_token())
        types.append(ERROR_TYPE)
    types.extend((_PADDING, _PADDING, _PADDING))
    encoded = text.encode("utf-8", "surrogatepass")
    lines = encoded.split(b"\n")
    source_lines = [line + b"\n" for line in lines[:-1]]
    if lines[-1]:
        source_lines.append(lines[-1])
    parser = Parser(tokens, types, source_lines, filename, error)
    parser.prompt = interactive
    if incomplete:
        parser.tokenizer_error = parser.error_at_token(tokens[-1], "incomplete input", INCOMPLETE_INPUT)
    if isinstance(source, bytes):
        parser.encoding = declared_encoding(source, filename)[0] or "utf-8"
    parser.warnings.extend((lineno, message) for message, lineno in tokenizer_warnings)
    return parser


def _empty_token() -> Token:
    return Token(T.ENDMARKER, "", 1, 0, 1, 0, "")


def parse_with_warnings(source: bytes | str, filename: str = "<unknown>",
                        mode: str = "exec") -> tuple[object, list[tuple[int, str]]]:
    """The AST of `source` and the SyntaxWarnings (line, message) its literals produced; a
    syntax error carries those met before it (CompileError.warnings)."""
    try:
        rule = _START_RULES[mode]
    except KeyError:
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'") from None
    parser = make_parser(source, filename)
    parser.file_input = mode == "exec"
    tree = _run(parser, rule)
    if type(tree) is Module and any(type(s) is ImportFrom and s.module == "__future__" for s in tree.body):
        # ast.parse also checks the future imports (_PyCompile_AstPreprocess: _PyFuture_FromAST).
        # Imported here: the compiler package loads the object model, which parsing does not need.
        from ..compiler.future import future_from_ast
        future_from_ast(tree, filename)
    return tree, _warnings_in_order(parser)


def parse_interactive(source: str, filename: str, partial: bool,
                      barry: bool = False) -> tuple[Interactive, list[tuple[int, str]]]:
    """The statement typed at a prompt, `source` being the lines read for it so far, and its
    SyntaxWarnings. With `partial` more lines may follow: a statement that needs them raises a
    CompileError of kind _IncompleteInputError, where CPython's tokenizer would prompt for
    the next line. `barry`: an earlier statement imported barry_as_FLUFL."""
    parser = make_parser(source, filename, interactive=True, partial=partial)
    parser.barry_as_bdfl = barry
    return _run(parser, Parser.interactive), _warnings_in_order(parser)


def _run(parser: Parser, rule) -> object:
    """Run the parser with the host stack pegen's C functions would have; a syntax error
    carries the warnings met before it."""
    # Rules recurse once per nesting level, as pegen's C functions do; pegen allows MAXSTACK
    # (6000) levels before giving up, so the host's default limit is too low.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        return parser.run(rule)
    except RecursionError:
        raise CompileError("MemoryError", "Parser stack overflowed - Python source too complex to parse") from None
    except CompileError as error:
        error.warnings = _warnings_in_order(parser)
        raise
    finally:
        sys.setrecursionlimit(limit)


def _warnings_in_order(parser: Parser) -> list[tuple[int, str]]:
    """CPython warns as it meets each token or literal: in line order, the tokenizer's first."""
    return sorted(parser.warnings, key=lambda warning: warning[0])


def parse(source: bytes | str, filename: str = "<unknown>", mode: str = "exec"):
    """The AST of `source` (ast.parse); a syntax error raises CompileError."""
    return parse_with_warnings(source, filename, mode)[0]
