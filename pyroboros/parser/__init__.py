"""The Parse phase: source bytes -> tokens (tokenizer) -> AST (PEG parser). Mirrors Parser/.

`parse(source, filename, mode)` is ast.parse: modes exec, eval, single and func_type; a syntax
error raises pyroboros.errors.CompileError.
"""
from .parser import parse

__all__ = ["parse"]
