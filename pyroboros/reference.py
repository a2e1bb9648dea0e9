"""Where the reference CPython 3.14 lives, and how to run it.

pyroboros is checked against a real CPython 3.14 (differential tests, the conformance
command, the data generators). `./dev` provides it through tools/setup-reference and exports
its path as PYROBOROS_REFERENCE; without that variable we look in the default private
install and on PATH. Nothing here is needed to *run* pyroboros.
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

_PRIVATE = Path.home() / ".cache/pyroboros/ref/root/usr/bin/python3.14"


@functools.cache
def reference_python() -> str:
    """The path of the reference python3.14 executable."""
    candidates = [os.environ.get("PYROBOROS_REFERENCE"), str(_PRIVATE), shutil.which("python3.14")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError("no reference CPython 3.14: run tools/setup-reference "
                       "or set PYROBOROS_REFERENCE")


@functools.cache
def reference_stdlib() -> Path:
    """The reference's Lib/ directory (stdlib and Lib/test)."""
    out = subprocess.run([reference_python(), "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
                         check=True, capture_output=True, text=True).stdout
    return Path(out.strip())


def run_reference(args: list[str], *, input: bytes | None = None, cwd: str | None = None,
                  timeout: float = 120) -> subprocess.CompletedProcess:
    """Run python3.14 with `args`, capturing stdout and stderr as bytes."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHON_COLORS="0", NO_COLOR="1")
    env.pop("PYTHONPATH", None)
    return subprocess.run([reference_python(), *args], input=input, cwd=cwd, env=env,
                          capture_output=True, timeout=timeout)
