"""Shared helper of the running tests (imports, sys, the command line): lay out a small
multi-file program in a directory, run it under python3.14 and under pyroboros with the same
arguments, and return both results with the interpreter's name and object addresses
normalised (the tmp path is the same for both runs, so it needs no rewriting)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pyroboros.reference import reference_python

_ADDRESS = re.compile(rb"0x[0-9a-f]+")
OURS = [sys.executable, "-m", "pyroboros"]
OUR_PROG = str(Path(__file__).resolve().parent.parent / "pyroboros" / "__main__.py")


def write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _normal(data: bytes, prog: str) -> str:
    data = data.replace(prog.encode(), b"PROG")
    return _ADDRESS.sub(b"0xADDR", data).decode()


def run_both(args: list[str], cwd: Path, *, input: bytes | None = None,
             env: dict[str, str] | None = None) -> tuple[tuple, tuple]:
    """(stdout, stderr, status) of python3.14 and of pyroboros."""
    extra = env or {}
    theirs = subprocess.run([reference_python(), *args], input=input, cwd=cwd, capture_output=True,
                            timeout=120, env=dict(_base_env(), **extra))
    ours = subprocess.run([*OURS, *args], input=input, cwd=cwd, capture_output=True, timeout=120,
                          env=dict(_base_env(), **extra))
    return ((_normal(theirs.stdout, reference_python()), _normal(theirs.stderr, reference_python()),
             theirs.returncode),
            (_normal(ours.stdout, OUR_PROG), _normal(ours.stderr, OUR_PROG), ours.returncode))


def _base_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="", PYTHON_COLORS="0", NO_COLOR="1")
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSAFEPATH", None)
    return env

