"""Bytecode: CPython 3.14's opcode table, shared by the compiler and the VM."""
