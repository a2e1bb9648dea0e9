"""Shared by bench/parse.py and bench/compile.py: time one phase of pyroboros against the same phase
of python3.14 over a sample of the reference's Lib/, and report MB/s for both.

pyroboros's phase runs in this process (on whatever interpreter runs the script, e.g. PyPy); the
reference's runs in one python3.14 subprocess over the same files. Times are CPU time of the
process (time.process_time), so a busy machine skews them little. Throughput counts only the files
both sides handled; files pyroboros fails on (and the reason) are listed, and a missing pyroboros
module is reported as such.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pyroboros.conformance.corpus import corpus_files, sample  # noqa: E402
from pyroboros.reference import reference_python  # noqa: E402

# Reads a JSON list of paths on stdin; prints {path: seconds or null} for `PHASE(source, path)`.
REFERENCE_TIMER = """
import ast, json, sys, time
paths = json.load(sys.stdin)
phase = PHASE
times = {}
for path in paths:
    with open(path, "rb") as f:
        source = f.read()
    start = time.process_time()
    try:
        phase(source, path)
    except (SyntaxError, ValueError):
        times[path] = None
    else:
        times[path] = time.process_time() - start
print(json.dumps(times))
"""


def reference_times(expression: str, paths: list[str]) -> dict[str, float | None]:
    script = REFERENCE_TIMER.replace("PHASE", expression)
    done = subprocess.run([reference_python(), "-c", script], input=json.dumps(paths),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def our_times(phase: Callable, paths: list[str]) -> tuple[dict[str, float | None], dict[str, str]]:
    try:
        phase(b"pass\n", "<warm-up>")   # lazy imports happen here, not in the first file's time
    except Exception:
        pass   # a failing phase is reported file by file below
    times, failures = {}, {}
    for path in paths:
        source = Path(path).read_bytes()
        start = time.process_time()
        try:
            phase(source, path)
        except Exception as exc:   # every failure is reported per file, not fatal to the run
            times[path] = None
            failures[path] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        else:
            times[path] = time.process_time() - start
    return times, failures


def main(title: str, module: str, function: str, reference_expression: str) -> int:
    parser = argparse.ArgumentParser(description=f"{title} throughput: pyroboros vs python3.14")
    parser.add_argument("--sample", type=int, default=100, help="files from the reference Lib/ (default 100)")
    parser.add_argument("--all", action="store_true", help="every file of the reference Lib/")
    parser.add_argument("files", nargs="*", help="explicit files instead of a sample")
    args = parser.parse_args()
    paths = args.files or (corpus_files() if args.all else sample(corpus_files(), args.sample))

    try:
        phase = getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError) as exc:
        print(f"{module}.{function} is missing: {type(exc).__name__}: {exc}")
        return 1
    theirs = reference_times(reference_expression, paths)
    ours, failures = our_times(phase, paths)
    both = [p for p in paths if ours[p] is not None and theirs[p] is not None]
    megabytes = sum(Path(p).stat().st_size for p in both) / 1e6
    print(f"{title}: {len(paths)} files; both handled {len(both)} ({megabytes:.2f} MB) "
          f"on {sys.implementation.name} {sys.version.split()[0]}")
    for path in [p for p in paths if theirs[p] is None]:
        print(f"  python3.14 rejects {path} (left out)")
    ours_failing = [p for p in paths if p in failures and theirs[p] is not None]
    for path in ours_failing[:20]:
        print(f"  pyroboros fails on {path}: {failures[path][:100]}")
    if len(ours_failing) > 20:
        print(f"  ... and {len(ours_failing) - 20} more files pyroboros fails on")
    if not both:
        print("no file handled by both: no throughput to report")
        return 1
    ours_seconds = sum(ours[p] for p in both)
    theirs_seconds = sum(theirs[p] for p in both)
    print(f"  python3.14: {theirs_seconds:8.3f} s  {megabytes / theirs_seconds:9.3f} MB/s")
    print(f"  pyroboros:  {ours_seconds:8.3f} s  {megabytes / ours_seconds:9.3f} MB/s")
    print(f"  pyroboros is {ours_seconds / theirs_seconds:.1f}x slower")
    return 0
