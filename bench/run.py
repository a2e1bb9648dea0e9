"""Speed of pyroboros running whole programs, against python3.14 (what `./dev bench` runs).

Each builtins-only program in bench/programs/ is run once under python3.14, once natively under the
host Python (the interpreter pyroboros runs on), and once under pyroboros on that host, all in this one
invocation. Per program it prints the CPU times (user + system of the process) and the ratio
pyroboros / python3.14, then the geometric mean over the programs pyroboros ran correctly. A program
pyroboros cannot run yet (error, wrong output or timeout) is reported as such and left out of the
mean, never hidden.

    python bench/run.py [--host python|pypy|PATH] [--pyc] [--timeout SECONDS] [PROGRAM ...]

--pyc runs pyroboros on the .pyc python3.14 writes for each program instead of on its source (this
times the VM alone, without pyroboros's own compiler).
"""
from __future__ import annotations

import argparse
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pyroboros.reference import reference_python  # noqa: E402

PROGRAMS = Path(__file__).resolve().parent / "programs"
PYPY = Path.home() / ".cache/pyroboros/ref/root/usr/bin/pypy3"


@dataclass
class Timing:
    seconds: float
    stdout: bytes
    problem: str | None   # why the run does not count, or None


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str], timeout: float, env: dict[str, str]) -> Timing:
    """Run `command`, timing the CPU (user + system) it used: on a busy machine wall time
    mostly measures the other processes."""
    start = children_cpu_seconds()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, env=env, cwd=REPO)
    except subprocess.TimeoutExpired:
        return Timing(timeout, b"", f"timeout (> {timeout:g} s wall)")
    seconds = children_cpu_seconds() - start
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines() or [""]
        return Timing(seconds, done.stdout, f"exit {done.returncode}: {lines[-1][:70]}")
    return Timing(seconds, done.stdout, None)


def write_pyc(program: Path, directory: Path) -> str:
    pyc = directory / (program.stem + ".pyc")
    subprocess.run([reference_python(), "-c", "import py_compile, sys; "
                    "py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                    str(program), str(pyc)], check=True)
    return str(pyc)


def host_interpreter(name: str) -> str:
    if name == "python":
        return sys.executable
    if name == "pypy":
        if not PYPY.exists():
            sys.exit(f"no PyPy at {PYPY}: run tools/setup-reference --pypy")
        return str(PYPY)
    return name


def judge(run: Timing, expected: bytes) -> str | None:
    if run.problem is None and run.stdout != expected:
        return "wrong output"
    return run.problem


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="python",
                        help="interpreter pyroboros runs on: python (this one), pypy, or a path")
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed per run")
    parser.add_argument("--pyc", action="store_true", help="run pyroboros on python3.14's .pyc files")
    parser.add_argument("programs", nargs="*", help="program names (default: all of bench/programs)")
    args = parser.parse_args()
    host = host_interpreter(args.host)
    programs = sorted(PROGRAMS.glob("*.py"))
    if args.programs:
        programs = [p for p in programs if p.stem in args.programs or p.name in args.programs]
    env = dict(os.environ, PYTHON_COLORS="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    ours_env = dict(env, PYTHONPATH=str(REPO))

    print(f"reference: {reference_python()}\nhost:      {host}\n")
    print(f"{'program':<22}{'python3.14':>11}{'host':>10}{'pyroboros':>11}{'ratio':>10}   (CPU seconds)",
          flush=True)
    ratios = []
    scratch = tempfile.mkdtemp(prefix="pyroboros-bench-")
    for program in programs:
        reference = timed_run([reference_python(), str(program)], args.timeout, env)
        if reference.problem:
            print(f"{program.stem:<22}python3.14 failed: {reference.problem}", flush=True)
            continue
        native = timed_run([host, str(program)], args.timeout, env)
        target = str(program) if not args.pyc else write_pyc(program, Path(scratch))
        ours = timed_run([host, "-m", "pyroboros", target], args.timeout, ours_env)
        native_text = "-" if judge(native, reference.stdout) else f"{native.seconds:.2f}s"
        problem = judge(ours, reference.stdout)
        line = f"{program.stem:<22}{reference.seconds:>10.2f}s{native_text:>10}"
        if problem:
            print(f"{line}   cannot run yet: {problem}", flush=True)
            continue
        ratio = ours.seconds / reference.seconds
        ratios.append(ratio)
        print(f"{line}{ours.seconds:>10.2f}s{ratio:>9.1f}x", flush=True)
    shutil.rmtree(scratch)
    print()
    if ratios:
        mean = math.exp(sum(map(math.log, ratios)) / len(ratios))
        print(f"geometric mean pyroboros / python3.14: {mean:.1f}x over {len(ratios)} of {len(programs)} programs")
    else:
        print(f"geometric mean: none (pyroboros ran 0 of {len(programs)} programs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
