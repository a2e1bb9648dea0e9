"""The conformance command: `python -m pyroboros.conformance [PHASE ...] [--sample N]`.

For each phase, runs the reference CPython 3.14 and pyroboros over the phase's corpus (the
reference Lib/, or for "errors" the invalid programs of CPython's tests), compares what each prints (stdout, stderr, exit status) and reports files identical /
total and the time the phase's work took in each. Reference results are cached in
~/.cache/pyroboros/conformance (keyed by file size and mtime); the files that differ are
listed in .conformance/PHASE.txt with the first differing line.
"""
from __future__ import annotations

import argparse
import sys
import time

from .corpus import sample
from .phases import PHASES, compare_phase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pyroboros.conformance", description=__doc__.split("\n\n")[0])
    parser.add_argument("phases", nargs="*", default=list(PHASES), help=f"of {', '.join(PHASES)}")
    parser.add_argument("--sample", type=int, help="only N files spread over the corpus")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    rows = []
    for name in args.phases:
        if name not in PHASES:
            parser.error(f"unknown phase {name!r}")
        files = PHASES[name].corpus()
        if args.sample:
            files = sample(files, args.sample)
        start = time.perf_counter()
        result = compare_phase(PHASES[name], files, args.jobs)
        rows.append(result)
        print(f"{result.summary()}  [{time.perf_counter() - start:.0f}s]", flush=True)
    print("\n| phase | identical / total | ours (s) | CPython 3.14 (s) | ratio |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(r.table_row())
    return 0


if __name__ == "__main__":
    sys.exit(main())
