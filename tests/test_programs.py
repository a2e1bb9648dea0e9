"""The differential program corpus: every tests/programs/*.py runs under pyroboros as under python3.14.

Each program is run by python3.14 (from source and from the .pyc python3.14 writes for it) and by
pyroboros the same two ways (`python -m pyroboros prog.py` and `python -m pyroboros prog.pyc`); stdout,
stderr and the exit status must be identical, with the program's path normalised. The reference's
results are cached under ~/.cache/pyroboros/programs, keyed by the program's content. Programs that do
not conform yet are listed in tests/programs/KNOWN_FAILURES.txt and are strict xfails, so a program
that starts to pass must be removed from the list.

    python tests/test_programs.py --update-known-failures [--jobs N] [--verbose]

reruns the whole corpus and rewrites that list. Each run may take PYROBOROS_PROGRAM_TIMEOUT seconds
(default 60) of wall time.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pyroboros.reference import reference_python  # noqa: E402

PROGRAMS = REPO / "tests" / "programs"
KNOWN_FAILURES = PROGRAMS / "KNOWN_FAILURES.txt"
CACHE = Path.home() / ".cache" / "pyroboros" / "programs"
MODES = ("source", "pyc")
TIMEOUT = float(os.environ.get("PYROBOROS_PROGRAM_TIMEOUT", 60))   # seconds of wall time per run
# Bump when the way results are produced or normalised changes, to invalidate the cache.
CACHE_FORMAT = 2
PLACEHOLDER = "PROGRAM"


class NondeterministicProgram(Exception):
    """A corpus defect: python3.14's own output varies between runs (ids, hash order, ...)."""


@dataclass(frozen=True)
class Outcome:
    """What a run printed and how it ended, with the program's paths normalised."""

    stdout: str
    stderr: str
    status: int | str   # the exit status, or "timeout"

    def mismatch(self, expected: Outcome) -> str | None:
        """A short description of the first difference from `expected`, or None."""
        for what in ("status", "stdout", "stderr"):
            got, want = getattr(self, what), getattr(expected, what)
            if got != want:
                if what == "status":
                    tail = self.stderr.strip().splitlines()[-1:] or ["(nothing on stderr)"]
                    return f"exit status {got!r}, expected {want!r}; stderr ends: {tail[0][:200]}"
                return f"{what} differs:\n{first_difference(got, want)}"
        return None


def first_difference(got: str, want: str) -> str:
    got_lines, want_lines = got.splitlines(), want.splitlines()
    for number, (ours, theirs) in enumerate(zip(got_lines, want_lines), 1):
        if ours != theirs:
            return f"  line {number}: got      {ours!r}\n  line {number}: expected {theirs!r}"
    number = min(len(got_lines), len(want_lines)) + 1
    if len(got_lines) > len(want_lines):
        return f"  line {number}: got extra {got_lines[number - 1]!r}"
    if len(got_lines) < len(want_lines):
        return f"  line {number}: missing   {want_lines[number - 1]!r}"
    return "  (same lines, different line endings)"


def program_files() -> list[Path]:
    return sorted(PROGRAMS.glob("*.py"))


def read_known_failures() -> dict[tuple[str, str], int]:
    """(file name, mode) -> line number of each entry in KNOWN_FAILURES.txt."""
    entries = {}
    if KNOWN_FAILURES.exists():
        for number, line in enumerate(KNOWN_FAILURES.read_text().splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if line:
                name, _, mode = line.partition(" ")
                entries[(name, mode.strip())] = number
    return entries


def _environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHON_COLORS="0", NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1", **extra)
    for name in ("PYTHONPATH", "PYTHONHASHSEED", "PYTHONSTARTUP", "PYTHONWARNINGS", "FORCE_COLOR"):
        if name not in extra:
            env.pop(name, None)
    return env


def _run(command: list[str], paths: list[Path], env: dict[str, str]) -> Outcome:
    try:
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome("", "", "timeout")

    def normalise(data: bytes) -> str:
        text = data.decode("utf-8", "surrogateescape")
        for path in paths:
            text = text.replace(str(path), PLACEHOLDER)
        return text

    return Outcome(normalise(done.stdout), normalise(done.stderr), done.returncode)


def compile_pycs(sources: list[Path], directory: Path) -> dict[Path, Path]:
    """Write each program's .pyc with python3.14's py_compile, into `directory`."""
    pycs = {source: directory / (source.stem + ".pyc") for source in sources}
    script = ("import py_compile, sys\n"
              "args = sys.argv[1:]\n"
              "for source, cfile in zip(args[::2], args[1::2]):\n"
              "    py_compile.compile(source, cfile=cfile, doraise=True)\n")
    arguments = [str(p) for pair in pycs.items() for p in pair]
    done = subprocess.run([reference_python(), "-c", script, *arguments], env=_environment(),
                          capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"python3.14 cannot compile the corpus:\n{done.stderr}")
    return pycs


def _cache_file(source: Path, mode: str) -> Path:
    """Keyed by the program's bytes and the reference executable (a new python3.14 build is new data)."""
    reference = Path(reference_python())
    stamp = f"{reference.resolve()}:{reference.stat().st_mtime_ns}:{CACHE_FORMAT}".encode()
    digest = hashlib.sha256(stamp + b"\0" + source.read_bytes()).hexdigest()
    return CACHE / f"{digest}-{mode}.json"


def reference_outcome(source: Path, mode: str, pyc: Path) -> Outcome:
    """python3.14's outcome, cached by content. A fresh result is checked for determinism by a
    second run under another hash seed: the corpus must not depend on hash randomisation."""
    cached = _cache_file(source, mode)
    if cached.exists():
        return Outcome(**json.loads(cached.read_text()))
    target = source if mode == "source" else pyc
    command, paths = [reference_python(), str(target)], [pyc, source]
    outcome = _run(command, paths, _environment())
    again = _run(command, paths, _environment(PYTHONHASHSEED="12345"))
    if again != outcome:
        raise NondeterministicProgram(f"{source.name} ({mode}) is not deterministic under python3.14: "
                                      f"{again.mismatch(outcome)}")
    CACHE.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(outcome.__dict__))
    temporary.replace(cached)
    return outcome


def pyroboros_outcome(source: Path, mode: str, pyc: Path) -> Outcome:
    target = source if mode == "source" else pyc
    env = _environment(PYTHONPATH=str(REPO))
    return _run([sys.executable, "-m", "pyroboros", str(target)], [pyc, source], env)


def check(source: Path, mode: str, pyc: Path) -> str | NondeterministicProgram | None:
    """None if pyroboros matches python3.14 on `source` run as `mode`, else what differs (or the
    corpus defect that makes the comparison meaningless)."""
    try:
        expected = reference_outcome(source, mode, pyc)
    except NondeterministicProgram as defect:
        return defect
    return pyroboros_outcome(source, mode, pyc).mismatch(expected)


def check_all(work: list[tuple[Path, str]], pycs: dict[Path, Path], workers: int) -> list:
    """check() for each (program, mode), `workers` runs at a time."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda job: check(job[0], job[1], pycs[job[0]]), work))


# pytest

def _params() -> list:
    known = read_known_failures()
    params = []
    for source in program_files():
        for mode in MODES:
            marks = []
            if (source.name, mode) in known:
                # Only a mismatch (AssertionError) is an expected failure; a corpus defect never is.
                marks.append(pytest.mark.xfail(strict=True, raises=AssertionError,
                                               reason="listed in tests/programs/KNOWN_FAILURES.txt"))
            params.append(pytest.param(source, mode, marks=marks, id=f"{source.stem}-{mode}"))
    return params


@pytest.fixture(scope="module")
def results(request, tmp_path_factory) -> dict[tuple[Path, str], str | NondeterministicProgram | None]:
    """Run the selected programs in parallel once; each test then looks up its own result."""
    selected = [item.callspec.params for item in request.session.items
                if item.module is request.module and hasattr(item, "callspec")
                and "source" in item.callspec.params]
    sources = sorted({params["source"] for params in selected})
    pycs = compile_pycs(sources, tmp_path_factory.mktemp("pyc"))
    jobs = [(params["source"], params["mode"]) for params in selected]
    return dict(zip(jobs, check_all(jobs, pycs, os.cpu_count() or 2)))


@pytest.mark.parametrize(("source", "mode"), _params())
def test_program(source: Path, mode: str, results) -> None:
    problem = results[(source, mode)]
    if isinstance(problem, NondeterministicProgram):
        raise problem
    assert problem is None, f"{source.name} ({mode}): {problem}"


def test_known_failures_name_real_programs() -> None:
    names = {source.name for source in program_files()}
    stale = [f"line {number}: {name} {mode}" for (name, mode), number in read_known_failures().items()
             if name not in names or mode not in MODES]
    assert not stale, f"KNOWN_FAILURES.txt names no such program/mode: {stale}"


def test_corpus_is_builtins_only_and_large() -> None:
    sources = program_files()
    assert len(sources) >= 150, f"only {len(sources)} programs"
    # `import sys` alone is allowed: sys is built into the interpreter (sys._getframe, sys.exit,
    # sys.excepthook), not a module of the standard library.
    import_statement = re.compile(r"^\s*(import\s+(?!sys\s*$)|from\s+[\w.]+\s+import\s)", re.MULTILINE)
    importing = [source.name for source in sources if import_statement.search(source.read_text())]
    assert not importing, f"programs must not import anything but sys: {importing}"


# command line

def update_known_failures(jobs: int, verbose: bool) -> int:
    sources = program_files()
    with tempfile.TemporaryDirectory() as directory:
        pycs = compile_pycs(sources, Path(directory))
        work = [(source, mode) for source in sources for mode in MODES]
        problems = check_all(work, pycs, jobs)
    defects = [problem for problem in problems if isinstance(problem, NondeterministicProgram)]
    failing = [f"{source.name} {mode}" for (source, mode), problem in zip(work, problems)
               if problem and not isinstance(problem, NondeterministicProgram)]
    header = ("# Programs of tests/programs/ that pyroboros does not run as python3.14 does yet: `file mode`,\n"
              "# mode = source|pyc. Regenerate with: python tests/test_programs.py --update-known-failures\n")
    KNOWN_FAILURES.write_text(header + "".join(line + "\n" for line in failing))
    if verbose:
        for (source, mode), problem in zip(work, problems):
            if isinstance(problem, str):
                print(f"{source.name} {mode}: {problem}")
    sources_failing = {line.split()[0] for line in failing if line.endswith(" source")}
    pycs_failing = {line.split()[0] for line in failing if line.endswith(" pyc")}
    print(f"failing from source only: {len(sources_failing - pycs_failing)}; from .pyc only: "
          f"{len(pycs_failing - sources_failing)}; both ways: {len(sources_failing & pycs_failing)}")
    print(f"{len(work) - len(failing)} of {len(work)} program runs conform; "
          f"{len(failing)} listed in {KNOWN_FAILURES.relative_to(REPO)}")
    for defect in defects:
        print(f"corpus defect, not listed (fix the program): {defect}")
    return 1 if defects else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update-known-failures", action="store_true", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--verbose", action="store_true", help="print what differs for each failing run")
    args = parser.parse_args()
    return update_known_failures(args.jobs, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
