"""The Compile phase: AST -> symbol table -> instruction sequence -> flow graph -> code object."""
