"""Checks the disassembler alone: python3.14's own code objects through our marshal and printer.

For each file python3.14 compiles it, prints `python3.14 -m dis FILE` and marshals the code;
we read that marshal data and disassemble it; the two listings must be identical (object
addresses aside, and the element order of frozenset constants, which follows str hashes that
python3.14 randomises per process). This isolates the printer from our compiler, whose output the "dis"
conformance phase judges. `python -m pyroboros.bytecode.dis_check [--sample N] [--jobs J]`
runs it over the corpus and writes the differing files to .conformance/dis-printer.txt.
"""
from __future__ import annotations

import argparse
import base64
import io
import json
import multiprocessing.pool
import sys
from pathlib import Path

from ..conformance.canonical_code import canonical_listing
from ..conformance.corpus import corpus_files, sample
from ..reference import run_reference
from . import marshal
from .dis import disassemble_recursive

_REFERENCE = r"""
import base64, contextlib, dis, io, json, marshal, sys
out = []
for path in json.load(sys.stdin):
    try:
        code = compile(open(path, "rb").read(), path, "exec")
    except (SyntaxError, ValueError):
        continue
    listing = io.StringIO()
    with contextlib.redirect_stdout(listing):
        dis.main([path])
    out.append([path, base64.b64encode(marshal.dumps(code)).decode(), listing.getvalue()])
print(json.dumps(out))
"""


def reference_listings(files: list[str]) -> list[tuple[str, str, str]]:
    """(path, base64 marshal of python3.14's code, python3.14's dis listing) per compilable file."""
    proc = run_reference(["-c", _REFERENCE], input=json.dumps(files).encode(), timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode(errors="replace"))
    return json.loads(proc.stdout)


def first_difference(path: str, data: str, expected: str) -> str | None:
    """None if our listing of the marshalled code equals `expected`, else the first difference."""
    out = io.StringIO()
    disassemble_recursive(marshal.loads(base64.b64decode(data)), out)
    ours = canonical_listing(out.getvalue()).splitlines()
    theirs = canonical_listing(expected).splitlines()
    if ours == theirs:
        return None
    for i, (a, b) in enumerate(zip(ours, theirs)):
        if a != b:
            return f"line {i + 1}: ours {a[:200]!r} / CPython {b[:200]!r}"
    return f"ours has {len(ours)} lines, CPython {len(theirs)}"


def check(files: list[str], jobs: int) -> tuple[int, list[tuple[str, str]]]:
    """(number of files compared, [(path, first difference)]) over `files`."""
    batches = [files[i:i + 25] for i in range(0, len(files), 25)]
    failures = []
    total = 0
    with multiprocessing.pool.ThreadPool(max(jobs, 1)) as pool:
        for listings in pool.imap_unordered(reference_listings, batches):
            for path, data, expected in listings:
                total += 1
                why = first_difference(path, data, expected)
                if why is not None:
                    failures.append((path, why))
    return total, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pyroboros.bytecode.dis_check")
    parser.add_argument("--sample", type=int, help="only N files spread over the corpus")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files = corpus_files()
    if args.sample:
        files = sample(files, args.sample)
    total, failures = check(files, args.jobs)
    report = Path(".conformance/dis-printer.txt")
    report.parent.mkdir(exist_ok=True)
    report.write_text("".join(f"{path}\n    {why}\n" for path, why in sorted(failures)))
    print(f"dis printer: {total - len(failures)}/{total} identical")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
