"""Differential testing against the reference CPython 3.14: the conformance command
(`python -m pyroboros.conformance`, `./dev conformance`) and helpers that obtain the
reference's view of a program (its AST, its code objects) for the tests."""
