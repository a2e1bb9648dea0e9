"""Shared by test_vm_async.py, test_vm_templates.py and test_vm_typeparams.py: run a program of
tests/vm_features/ (or a snippet) under python3.14 and pyroboros, from source and from the .pyc
python3.14 writes, and compare stdout, stderr and exit status."""
from __future__ import annotations

import shutil
from pathlib import Path

from pyroboros.reference import run_reference
from run_compare import run_both

FEATURES = Path(__file__).parent / "vm_features"


def assert_runs_like_python314(tmp_path: Path, source: str | Path) -> None:
    """`source`: a file name under tests/vm_features/ or a program's text."""
    prog = tmp_path / "prog.py"
    if isinstance(source, Path):
        shutil.copy(FEATURES / source, prog)
    else:
        prog.write_text(source)
    compiled = run_reference(["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], "
                              "cfile=sys.argv[2], doraise=True)", str(prog), str(prog) + "c"])
    assert compiled.returncode == 0, compiled.stderr
    for args in (["prog.py"], ["prog.pyc"]):
        theirs, ours = run_both(args, tmp_path)
        assert ours == theirs, args
