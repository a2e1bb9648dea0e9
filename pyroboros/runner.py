"""Run what the command line asked for: read the program, compile it, execute it.

Mirrors Modules/main.c (pymain_run_python and its helpers) and Python/pythonrun.c
(_PyRun_SimpleFileObject). Until the eval loop exists, a program is only compiled: syntax
errors are reported as CPython reports them, and running says plainly that it cannot yet.
"""
from __future__ import annotations

import sys

from .cli import Config


def _read_program(config: Config, prog: str) -> tuple[bytes, str] | int:
    if config.command is not None:
        return config.command.encode("utf-8", "surrogateescape"), "<string>"
    if config.filename in (None, "-"):
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        with open(config.filename, "rb") as f:
            return f.read(), config.filename
    except OSError as exc:
        import os
        sys.stderr.write(f"{prog}: can't open file {os.path.abspath(config.filename)!r}: "
                         f"[Errno {exc.errno}] {exc.strerror}\n")
        return 2


def run(config: Config, prog: str) -> int:
    if config.module is not None:
        sys.stderr.write("pyroboros: -m needs the import system, which is not implemented yet\n")
        return 2
    program = _read_program(config, prog)
    if isinstance(program, int):
        return program
    sys.stderr.write("pyroboros: running programs needs the eval loop, which is not implemented yet\n")
    return 2
