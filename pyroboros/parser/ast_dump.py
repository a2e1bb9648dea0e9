"""ast.dump's text for pyroboros AST nodes, and the `ast` phase of pyroboros-dump.

Mirrors Lib/ast.py's dump() of CPython 3.14 (annotated fields, show_empty=False): optional
fields holding None and empty list fields are omitted; a node whose arguments are all simple
and at most three fits on one line. The dump phase prints
`ast.dump(ast.parse(source, FILE), include_attributes=True, indent=1)`, the SyntaxWarnings
the parse emits, or the error as traceback.format_exception_only shows it.
"""
from __future__ import annotations

from typing import TextIO

from ..errors import CompileError, format_compile_error
from ..objects.unicode_repr import str_repr
from .ast_nodes import AST
from .parser import parse_with_warnings
from .source_decoding import decode_source


def dump(node: AST, *, include_attributes: bool = False, indent: int | str | None = None) -> str:
    """The text ast.dump(node, include_attributes=..., indent=...) produces."""
    if not isinstance(node, AST):
        raise TypeError(f"expected AST, got {type(node).__name__!r}")
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def format_value(value, level: int) -> tuple[str, bool]:
        """(text, simple) as Lib/ast.py's _format: `simple` when the text has no nested node."""
        cls = type(value)
        if indent is not None:
            level += 1
            prefix = "\n" + indent * level
            sep = ",\n" + indent * level
        else:
            prefix = ""
            sep = ", "
        if cls is list:
            if not value:
                return "[]", True
            return "[" + prefix + sep.join([format_value(x, level)[0] for x in value]) + "]", False
        if not issubclass(cls, AST):
            return (str_repr(value) if cls is str else repr(value)), True
        args = []
        allsimple = True
        for name, kind in _fields_of(cls):
            field = getattr(value, name)
            if (field is None and kind == "?") or (kind == "*" and not field):
                continue
            text, simple = format_value(field, level)
            allsimple = allsimple and simple
            args.append(name + "=" + text)
        if include_attributes:
            for name in cls._attributes:
                field = getattr(value, name)
                if field is not None:
                    args.append(name + "=" + repr(field))
        if allsimple and len(args) <= 3:
            return cls.__name__ + "(" + ", ".join(args) + ")", not args
        return cls.__name__ + "(" + prefix + sep.join(args) + ")", False

    return format_value(node, 0)[0]


_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, str], ...]:
    """A node class's fields with their kinds ('*' list, '?' optional, '' other)."""
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = tuple((name, cls._field_kinds.get(name, "")) for name in cls._fields)
    return fields


def _warning_text(path: str, lineno: int, message: str, lines: list[str]) -> str:
    """warnings.formatwarning's text for a SyntaxWarning, with its source line (linecache's)."""
    text = f"{path}:{lineno}: SyntaxWarning: {message}\n"
    if 1 <= lineno <= len(lines):
        text += f"  {lines[lineno - 1].strip()}\n"
    return text


def dump_ast_file(path: str, out: TextIO, err: TextIO, output: str | None = None) -> int:
    """pyroboros-dump ast FILE: what the conformance reference prints for the file."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree, warnings = parse_with_warnings(source, path)
    except CompileError as exc:
        err.write(format_compile_error(exc))
        return 1
    if warnings:
        # linecache reads the file with its declared encoding and universal newlines.
        lines = decode_source(source, path).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for lineno, message in warnings:
            err.write(_warning_text(path, lineno, message, lines))
    out.write(dump(tree, include_attributes=True, indent=1) + "\n")
    return 0
