"""`pyroboros-dump PHASE FILE`: print one phase of the pipeline in CPython 3.14's own format.

| phase    | prints exactly what CPython 3.14 prints for                                  |
|----------|------------------------------------------------------------------------------|
| tokens   | python3.14 -m tokenize -e FILE                                                |
| ast      | ast.dump(ast.parse(source, FILE), include_attributes=True, indent=1)         |
| symtable | python3.14 -m symtable FILE                                                   |
| dis      | python3.14 -m dis FILE                                                        |
| pyc      | writes (-o OUT) the .pyc python3.14 writes for FILE; prints its marshal data  |

Each phase is one function `(path, out, err, output) -> exit status` in the module that
implements the phase; `render` runs one in-process for the conformance command.
"""
from __future__ import annotations

import argparse
import importlib
import io
import sys
from typing import TextIO

PHASES = {
    "tokens": "pyroboros.parser.tokenize_dump:dump_tokens",
    "ast": "pyroboros.parser.ast_dump:dump_ast_file",
    "symtable": "pyroboros.compiler.symtable_dump:dump_symtable",
    "dis": "pyroboros.bytecode.dis:dump_dis",
    "pyc": "pyroboros.bytecode.pyc:dump_pyc",
}


def _phase_function(phase: str):
    module, _, function = PHASES[phase].partition(":")
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        return None


def run_phase(phase: str, path: str, out: TextIO, err: TextIO, output: str | None = None) -> int:
    function = _phase_function(phase)
    if function is None:
        err.write(f"pyroboros-dump: the {phase} phase is not implemented yet\n")
        return 2
    return function(path, out, err, output)


def render(phase: str, path: str) -> tuple[str, str, int]:
    """One phase's (stdout, stderr, exit status) for `path`, produced in-process."""
    out, err = io.StringIO(), io.StringIO()
    status = run_phase(phase, path, out, err)
    return out.getvalue(), err.getvalue(), status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pyroboros-dump",
                                     description="Print one phase of pyroboros in CPython 3.14's format.")
    parser.add_argument("phase", choices=list(PHASES))
    parser.add_argument("file")
    parser.add_argument("-o", dest="output", help="output file (pyc)")
    args = parser.parse_args(argv)
    return run_phase(args.phase, args.file, sys.stdout, sys.stderr, args.output)


if __name__ == "__main__":
    sys.exit(main())
