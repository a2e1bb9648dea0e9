"""`from __future__ import ...` at the top of a module: which features it turns on.

Mirrors Python/future.c (_PyFuture_FromAST, future_parse, future_check_features). The
placement rule ("from __future__ imports must occur at the beginning of the file") is the
symbol table's, which reads `location`. Nothing is left out.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import CompileError
from ..objects.code import CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL
from ..parser import ast_nodes as ast
from .instruction_sequence import NO_LOCATION, Location
from .source_text import program_text

# Features that are always on (or never were optional) and set no flag.
_IMPLIED = frozenset({"nested_scopes", "generators", "division", "absolute_import",
                      "with_statement", "print_function", "unicode_literals", "generator_stop"})
_FLAGS = {"barry_as_FLUFL": CO_FUTURE_BARRY_AS_BDFL, "annotations": CO_FUTURE_ANNOTATIONS}


@dataclass
class FutureFeatures:
    """_PyFutureFeatures: the CO_FUTURE_* flags and where the last future import is."""

    features: int = 0
    location: Location = NO_LOCATION


def get_docstring(body: list) -> str | None:
    """_PyAST_GetDocString: the string constant a body starts with, if any."""
    if body:
        first = body[0]
        if type(first) is ast.Expr and type(first.value) is ast.Constant \
                and type(first.value.value) is str:
            return first.value.value
    return None


def _check_features(ff: FutureFeatures, s: ast.ImportFrom, filename: str) -> None:
    for alias in s.names:
        feature = alias.name
        if feature in _IMPLIED:
            continue
        if feature in _FLAGS:
            ff.features |= _FLAGS[feature]
            continue
        msg = "not a chance" if feature == "braces" else f"future feature {feature[:100]} is not defined"
        raise CompileError("SyntaxError", msg, filename, alias.lineno, alias.col_offset + 1,
                           program_text(filename, alias.lineno), alias.end_lineno,
                           alias.end_col_offset + 1)


def future_from_ast(mod: ast.mod, filename: str) -> FutureFeatures:
    """_PyFuture_FromAST: scan the leading future imports (after an optional docstring)."""
    ff = FutureFeatures()
    if type(mod) not in (ast.Module, ast.Interactive):
        return ff
    body = mod.body
    start = 1 if get_docstring(body) is not None else 0
    for s in body[start:]:
        if type(s) is not ast.ImportFrom or s.level != 0 or s.module != "__future__":
            break
        _check_features(ff, s, filename)
        ff.location = Location(s.lineno, s.end_lineno, s.col_offset, s.end_col_offset)
    return ff
