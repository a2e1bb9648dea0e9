"""The Compile phase: AST -> symbol table -> instruction sequence -> flow graph -> code object."""

from .compile import compile_source  # noqa: E402,F401 - the public entry point
