"""The Run phase, differentially: each program in tests/vm_programs/ is compiled to a .pyc by
python3.14, then run by python3.14 and by pyroboros; stdout, stderr and the exit status must be
identical (tracebacks included)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pyroboros.reference import run_reference

PROGRAMS = sorted((Path(__file__).parent / "vm_programs").glob("*.py"))


def compile_pyc(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    shutil.copy(source, target)
    pyc = target.with_suffix(".pyc")
    result = run_reference(["-c", "import py_compile, sys; "
                            "py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                            str(target), str(pyc)])
    assert result.returncode == 0, result.stderr
    return pyc


def run_ours(pyc: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyroboros", str(pyc)], capture_output=True,
                          cwd=pyc.parent, timeout=120)


def test_programs_exist():
    assert len(PROGRAMS) >= 10


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_python314(program, tmp_path):
    pyc = compile_pyc(program, tmp_path)
    theirs = run_reference([str(pyc)], cwd=str(tmp_path))
    ours = run_ours(pyc)
    assert ours.stdout.decode() == theirs.stdout.decode()
    assert ours.stderr.decode() == theirs.stderr.decode()
    assert ours.returncode == theirs.returncode
