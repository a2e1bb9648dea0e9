"""What one guest call costs in pyroboros's eval loop (vm/eval.py's CALL and RETURN_VALUE).

Each case runs a loop of N iterations twice under `python -m pyroboros` on the host: once with
the call in its body and once with the call replaced by an expression of the same shape, and
reports the difference in process CPU time divided by N (best of --repeat runs each), so
start-up and the loop's own instructions cancel out.

    python bench/micro_calls.py [--n 200000] [--repeat 3] [CASE ...]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PRELUDE = """\
def f0():
    return 1
def f1(a):
    return a
def f2(a, b):
    return a
def fd(a, b=2):
    return a
def fk(a, *, k=0):
    return a
class C:
    def m(self, a):
        return a
class P:
    def __init__(self, a):
        self.a = a
o = C()
"""

# name: (statement with the call, the same statement without it)
CASES = {
    "plain 0 args": ("x = f0()", "x = 1"),
    "plain 1 arg": ("x = f1(i)", "x = i"),
    "plain 2 args": ("x = f2(i, i)", "x = i"),
    "default used": ("x = fd(i)", "x = i"),
    "keyword arg": ("x = fk(i, k=1)", "x = i"),
    "method": ("x = o.m(i)", "x = i"),
    "__init__": ("x = P(i)", "x = i"),
}


def program(statement: str, n: int) -> str:
    return f"{PRELUDE}def run():\n    for i in range({n}):\n        {statement}\nrun()\n"


def cpu_seconds(source: str) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as file:
        file.write(source)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "pyroboros", file.name], check=True, cwd=REPO)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(file.name).unlink()
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("cases", nargs="*", default=list(CASES))
    args = parser.parse_args()
    for name in args.cases:
        with_call, without = CASES[name]
        called = min(cpu_seconds(program(with_call, args.n)) for _ in range(args.repeat))
        empty = min(cpu_seconds(program(without, args.n)) for _ in range(args.repeat))
        print(f"{name:14} {(called - empty) / args.n * 1e9:8.0f} ns per call")


if __name__ == "__main__":
    main()
