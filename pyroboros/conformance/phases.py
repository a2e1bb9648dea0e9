"""The phases the conformance command compares, and the comparison itself.

A phase pairs a reference command (run by reference_runner.py under python3.14) with our
side of the same phase over a corpus of files: for the dump phases, pyroboros.dump.render
over CPython's Lib/; for "errors", the `pyroboros` command over the invalid programs of
CPython's own tests (collect_invalid.py). Both sides give (stdout, stderr, exit status); a
file conforms when the three are identical after the phase's normalisation.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import multiprocessing.pool
import os
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..reference import run_reference
from .corpus import corpus_files

Result = tuple[str, str, int]
CACHE = Path.home() / ".cache/pyroboros/conformance"
REPORTS = Path(".conformance")
PER_FILE_TIMEOUT = 60
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _without_addresses(result: Result) -> Result:
    out, err, status = result
    return _ADDRESS.sub(" at 0x...", out), _ADDRESS.sub(" at 0x...", err), status


def _identity(result: Result) -> Result:
    return result


def _render_dump(phase: str, path: str) -> Result:
    from ..dump import render
    return render(phase, path)


def _run_command_line(phase: str, path: str) -> Result:
    """`pyroboros FILE`, in-process, with its standard streams captured."""
    import contextlib
    import io
    from ..cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        saved_argv0, sys.argv[0] = sys.argv[0], "pyroboros"
        try:
            status = main([path])
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.argv[0] = saved_argv0
    return out.getvalue(), err.getvalue(), status


def invalid_programs() -> list[str]:
    """The invalid programs of CPython 3.14's tests, extracted once into the cache."""
    listing = CACHE / "invalid_programs.json"
    if not listing.exists():
        script = str(Path(__file__).with_name("collect_invalid.py"))
        proc = run_reference([script, str(CACHE / "invalid")])
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.decode(errors="replace"))
        CACHE.mkdir(parents=True, exist_ok=True)
        listing.write_bytes(proc.stdout)
    return json.loads(listing.read_text())


@dataclass(frozen=True)
class Phase:
    name: str
    command: str                      # what python3.14 runs, for the reports
    normalize: Callable[[Result], Result] = _identity
    ours: Callable[[str, str], Result] = _render_dump
    corpus: Callable[[], list[str]] = corpus_files


_ERROR_START = re.compile(r'^  File ".*", line -?\d+\n', re.MULTILINE)   # not a frame's ", in f"


def without_tool_traceback(err: str) -> str:
    """stderr without the traceback CPython's own tool (Lib/dis.py, Lib/symtable.py run by
    runpy) prints above a SyntaxError: those frames are CPython's implementation of the
    command, not the phase's output; the error itself must match."""
    starts = list(_ERROR_START.finditer(err))
    if starts and err.startswith("Traceback (most recent call last):\n"):
        return err[starts[-1].start():]
    return err


def _canonical_dis(result: Result) -> Result:
    from .canonical_code import canonical_listing
    out, err, status = _without_addresses(result)
    return canonical_listing(out), without_tool_traceback(err), status


def _canonical_pyc(result: Result) -> Result:
    from .canonical_code import canonical_text  # arrives with the marshal reader
    out, err, status = result
    return (canonical_text(out) if status == 0 else out), err, status


def _canonical_symtable(result: Result) -> Result:
    from ..compiler.symtable_conformance import canonical_result  # hash-ordered free names
    return canonical_result(result)


PHASES = {p.name: p for p in (
    Phase("tokens", "python3.14 -m tokenize -e FILE"),
    Phase("ast", "ast.dump(ast.parse(source, FILE), include_attributes=True, indent=1)"),
    Phase("symtable", "python3.14 -m symtable FILE", _canonical_symtable),
    Phase("dis", "python3.14 -m dis FILE", _canonical_dis),
    Phase("pyc", "marshal.dumps(compile(source, FILE, 'exec')), compared canonically", _canonical_pyc),
    Phase("errors", "python3.14 FILE, FILE an invalid program from CPython's tests", _identity,
          _run_command_line, invalid_programs),
)}


@dataclass
class PhaseResult:
    phase: Phase
    total: int = 0
    identical: int = 0
    ours_seconds: float = 0.0
    reference_seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.phase.name}: {self.identical}/{self.total} identical "
                f"({100 * self.identical / max(self.total, 1):.1f}%), ours {self.ours_seconds:.1f}s, "
                f"CPython {self.reference_seconds:.1f}s")

    def table_row(self) -> str:
        ratio = self.ours_seconds / self.reference_seconds if self.reference_seconds else float("nan")
        return (f"| {self.phase.name} | {self.identical} / {self.total} | {self.ours_seconds:.1f} | "
                f"{self.reference_seconds:.1f} | {ratio:.1f}x |")


def _key(path: str) -> str:
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}"


def _cache_entry(phase: str, path: str) -> Path:
    return CACHE / phase / (hashlib.sha1(path.encode()).hexdigest() + ".json")


def _cached(phase: str, path: str) -> list | None:
    try:
        entry = json.loads(_cache_entry(phase, path).read_text())
    except (OSError, ValueError):  # absent, or torn by a run that was killed
        return None
    return entry["result"] if entry.get("key") == _key(path) else None


def reference_results(phase: str, files: list[str], jobs: int) -> dict[str, list]:
    """python3.14's [stdout, stderr, status, seconds] per file, from the cache where it is fresh.

    One small cache file per (phase, file), written whole and renamed, so that concurrent
    runs never see half an entry."""
    (CACHE / phase).mkdir(parents=True, exist_ok=True)
    results = {f: _cached(phase, f) for f in files}
    missing = [f for f, r in results.items() if r is None]
    runner = str(Path(__file__).with_name("reference_runner.py"))
    batches = [b for b in (missing[i::jobs] for i in range(jobs)) if b]
    with multiprocessing.pool.ThreadPool(max(jobs, 1)) as pool:
        outputs = pool.map(lambda batch: run_reference([runner, phase], input=json.dumps(batch).encode(),
                                                       timeout=3600), batches)
    for batch, proc in zip(batches, outputs):
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.decode(errors="replace"))
        for path, result in zip(batch, json.loads(proc.stdout)):
            results[path] = result
            entry = _cache_entry(phase, path)
            scratch = entry.with_suffix(f".{os.getpid()}.tmp")
            scratch.write_text(json.dumps({"key": _key(path), "result": result}))
            os.replace(scratch, entry)
    return results


def _timeout(signum, frame):
    raise TimeoutError(f"more than {PER_FILE_TIMEOUT}s")


def _ours(task: tuple[str, str]) -> tuple[str, Result, float]:
    phase, path = task
    signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(PER_FILE_TIMEOUT)
    start = time.perf_counter()
    try:
        result = PHASES[phase].ours(phase, path)
    except BaseException as exc:  # a crash is a difference to report, not the end of the run
        result = ("", f"pyroboros crashed: {type(exc).__name__}: {exc}\n", -1)
    finally:
        signal.alarm(0)
    return path, result, time.perf_counter() - start


def _first_difference(ours: Result, theirs: Result) -> str:
    for label, a, b in (("stdout", ours[0], theirs[0]), ("stderr", ours[1], theirs[1])):
        if a != b:
            la, lb = a.splitlines(), b.splitlines()
            for i, (x, y) in enumerate(zip(la, lb)):
                if x != y:
                    return f"{label} line {i + 1}: ours {x[:200]!r} / CPython {y[:200]!r}"
            return f"{label}: ours has {len(la)} lines, CPython {len(lb)}"
    return f"exit status: ours {ours[2]}, CPython {theirs[2]}"


def compare_phase(phase: Phase, files: list[str], jobs: int) -> PhaseResult:
    reference = reference_results(phase.name, files, jobs)
    result = PhaseResult(phase, total=len(files))
    result.reference_seconds = sum(r[3] for r in reference.values())
    progress = sys.stderr.isatty()
    with multiprocessing.Pool(jobs) as pool:
        for done, (path, ours, seconds) in enumerate(
                pool.imap_unordered(_ours, [(phase.name, f) for f in files], chunksize=4), 1):
            result.ours_seconds += seconds
            theirs = tuple(reference[path][:3])
            try:
                ours, theirs = phase.normalize(ours), phase.normalize(theirs)  # report what differs
                same = ours == theirs
            except Exception as exc:  # noqa: BLE001 - a normaliser failing on our output is a difference
                same, ours = False, ("", f"normalisation failed: {exc}", -1)
            if same:
                result.identical += 1
            else:
                result.failures.append((path, _first_difference(ours, theirs)))
            if progress:
                print(f"\r{phase.name}: {done}/{len(files)}", end="", file=sys.stderr, flush=True)
    if progress:
        print("\r", end="", file=sys.stderr)
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / f"{phase.name}.txt").write_text(
        "".join(f"{path}\n    {why}\n" for path, why in sorted(result.failures)))
    return result
