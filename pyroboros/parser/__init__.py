"""The Parse phase: source bytes -> tokens (tokenizer) -> AST (PEG parser). Mirrors Parser/.

`parse(source, filename, mode)` is ast.parse: modes exec, eval, single and func_type; a syntax
error raises pyroboros.errors.CompileError.
"""
from __future__ import annotations


def parse(source: bytes | str, filename: str = "<unknown>", mode: str = "exec"):
    """The AST of `source` (see pyroboros.parser.parser.parse)."""
    # Imported on first use: the tokenizer imports the compiler package, which imports this
    # package back (for parse), so this package must load without the parser.
    from .parser import parse as parse_source
    return parse_source(source, filename, mode)


__all__ = ["parse"]
