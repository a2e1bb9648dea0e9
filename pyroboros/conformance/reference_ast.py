"""The reference CPython 3.14's AST of a program, rebuilt as pyroboros AST nodes.

Lets the compile phase be developed and tested on exactly CPython's AST, independently of
our parser: python3.14 parses the sources and sends each tree back as nested tuples (pickled),
which become instances of pyroboros.parser.ast_nodes. One python3.14 process serves a batch.
"""
from __future__ import annotations

import pickle

from ..parser import ast_nodes
from ..reference import run_reference

_SCRIPT = r"""
import ast, pickle, sys
def encode(node):
    if isinstance(node, ast.AST):
        return (type(node).__name__, tuple(encode(getattr(node, f, None)) for f in node._fields),
                tuple(getattr(node, a, None) for a in node._attributes))
    if isinstance(node, list):
        return [encode(item) for item in node]
    return node
results = []
for source, filename, mode in pickle.load(sys.stdin.buffer):
    try:
        results.append(("ok", encode(ast.parse(source, filename, mode))))
    except (SyntaxError, ValueError) as exc:
        results.append(("error", (type(exc).__name__, str(exc))))
sys.stdout.buffer.write(pickle.dumps(results, protocol=4))
"""


class ReferenceSyntaxError(Exception):
    """python3.14 could not parse the source: (exception type name, message)."""


def _decode(value: object) -> object:
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], str) \
            and isinstance(value[1], tuple) and hasattr(ast_nodes, value[0]):
        name, fields, attributes = value
        return getattr(ast_nodes, name)(*(_decode(f) for f in fields), *attributes)
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def reference_asts(items: list[tuple[bytes | str, str, str]]) -> list[ast_nodes.AST | ReferenceSyntaxError]:
    """Parse each (source, filename, mode) with python3.14; a SyntaxError comes back as a value."""
    proc = run_reference(["-c", _SCRIPT], input=pickle.dumps(items, protocol=4))
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode(errors="replace"))
    return [_decode(tree) if status == "ok" else ReferenceSyntaxError(*tree)
            for status, tree in pickle.loads(proc.stdout)]


def reference_ast(source: bytes | str, filename: str = "<unknown>", mode: str = "exec") -> ast_nodes.AST:
    """python3.14's AST of one source; raises ReferenceSyntaxError where it fails to parse."""
    result = reference_asts([(source, filename, mode)])[0]
    if isinstance(result, ReferenceSyntaxError):
        raise result
    return result
