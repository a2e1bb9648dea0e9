"""Measure the symbol table alone over the corpus: `python -m pyroboros.compiler.symtable_conformance`.

Like `./dev conformance symtable`, but our side starts from python3.14's own AST
(conformance/reference_ast.py), so that the figure measures symtable.c's mirror and not the
parser. Two differences are not counted, since no implementation could match them:

- the order of a run of `free symbol 'x': ` lines. C adds a block's pass-through free names
  from a set, so CPython's order follows the string hashes of the run (PYTHONHASHSEED);
- the traceback lines above a SyntaxError: only the error itself must match.

Files that python3.14 cannot parse are left out of the count (they test the parser).
"""
from __future__ import annotations

import argparse
import os
import re
import sys

from ..conformance.corpus import corpus_files, sample
from ..conformance.phases import reference_results, without_tool_traceback
from ..conformance.reference_ast import ReferenceSyntaxError, reference_asts
from ..errors import CompileError, format_compile_error
from .future import future_from_ast
from .symtable import build_symtable
from .symtable_dump import format_symtable

_FREE_RUN = re.compile(r"(?:^ *free symbol '[^\n]*': \n)+", re.MULTILINE)
BATCH = 64


def canonical(report: str) -> str:
    """The report with each run of bare `free symbol` lines sorted."""
    return _FREE_RUN.sub(lambda m: "".join(sorted(m.group(0).splitlines(True))), report)


def canonical_result(result: tuple[str, str, int]) -> tuple[str, str, int]:
    """(stdout, stderr, status) as compared: free runs sorted, the traceback above a
    SyntaxError dropped (the conformance command's normalisation of the symtable phase)."""
    out, err, status = result
    return canonical(out), without_tool_traceback(err), status


def ours(tree: object, path: str) -> tuple[str, str, int]:
    """Our (stdout, stderr, status) for a file whose AST is `tree`."""
    try:
        st = build_symtable(tree, path, future_from_ast(tree, path))
    except CompileError as exc:
        return "", format_compile_error(exc), 1
    return format_symtable(st.top, path), "", 0


def same(mine: tuple[str, str, int], theirs: list) -> bool:
    return canonical_result(mine) == canonical_result(tuple(theirs[:3]))


def compare(files: list[str], jobs: int) -> tuple[list[str], list[str]]:
    """The files whose report differs, and those python3.14 cannot parse."""
    reference = reference_results("symtable", files, jobs)
    differing, unparsable = [], []
    for start in range(0, len(files), BATCH):
        batch = files[start:start + BATCH]
        sources = []
        for path in batch:
            with open(path, "rb") as f:
                sources.append((f.read(), path, "exec"))
        for path, tree in zip(batch, reference_asts(sources)):
            if isinstance(tree, ReferenceSyntaxError):
                unparsable.append(path)
            elif not same(ours(tree, path), reference[path]):
                differing.append(path)
        print(f"\r{start + len(batch)}/{len(files)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return differing, unparsable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, help="only N files spread over the corpus")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files = [f for f in corpus_files() if os.path.isfile(f)]     # not a dangling symlink
    if args.sample:
        files = sample(files, args.sample)
    differing, unparsable = compare(files, args.jobs)
    for path in differing:
        print(path)
    total = len(files) - len(unparsable)
    print(f"symtable (reference AST): {total - len(differing)}/{total} identical "
          f"({len(unparsable)} files python3.14 cannot parse left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
