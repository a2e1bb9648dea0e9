"""Run what the command line asked for: read the program, compile it, execute it.

Mirrors Modules/main.c (pymain_run_python, pymain_run_file) and Python/pythonrun.c
(_PyRun_SimpleFileObject: a .pyc runs its code object directly, a source file is compiled
first; the module runs in a fresh __main__ namespace; an uncaught exception is printed by
_PyErr_Display and exits 1; SystemExit's code becomes the exit status). The guest runs on a
host thread with a large stack so that guest code re-entered from host protocols (a deep
chain of __repr__ or __init__ calls) fails with the guest's RecursionError, not the host's.
Left out: -m and the import system, -c and stdin (they need the compiler), -i.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Any

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
        sys.stderr.write(f"{prog}: can't open file {os.path.abspath(config.filename)!r}: "
                         f"[Errno {exc.errno}] {exc.strerror}\n")
        return 2


def _load_code(data: bytes, filename: str) -> Any:
    """The module's code object: a .pyc's, or our compiler's for source (None on failure)."""
    from .bytecode import pyc
    if data[:4] == pyc.MAGIC_NUMBER:
        return pyc.read_pyc(data, filename)
    if filename in ("<string>", "<stdin>"):
        sys.stderr.write("pyroboros: -c and stdin need the compiler; run a file\n")
        return None
    compiled = pyc.compile_file(filename, sys.stderr)
    return None if compiled is None else compiled[1]


def _exit_status(exc: Any) -> int:
    """Mirrors pythonrun.c: _Py_HandleSystemExit."""
    from .runtime import protocol
    code = protocol.getattr_or_missing(exc, "code")
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code & 0xFF
    sys.stdout.flush()
    sys.stderr.write(f"{code}\n")
    return 1


def execute_module(code: Any, filename: str) -> int:
    """Run a module's code object as __main__; the process exit status."""
    from .modules.builtins import BUILTINS, MODULE
    from .objects.exceptions import ExcInstance
    from .runtime import traceback
    from .runtime.errors import GUEST_EXCEPTIONS, to_guest
    from .vm.decode import decoded
    from .vm.eval import execute
    from .vm.frame import Frame
    from .objects.typeobject import MISSING, type_of
    globals_ = {"__name__": "__main__", "__doc__": None, "__package__": None, "__loader__": None,
                "__spec__": None, "__builtins__": MODULE, "__file__": filename,
                "__cached__": None}
    d = decoded(code)
    frame = Frame(code, d, globals_, BUILTINS, globals_, [MISSING] * d.nlocalsplus, None)
    try:
        execute(frame)
    except BaseException as raised:
        exc = to_guest(raised)
        sys.stdout.flush()
        if GUEST_EXCEPTIONS["SystemExit"] in type_of(exc).mro:
            return _exit_status(exc)
        traceback.print_exception(exc, sys.stderr)
        if GUEST_EXCEPTIONS["KeyboardInterrupt"] in type_of(exc).mro:
            return -signal.SIGINT   # main.c: exit_sigint re-raises SIGINT on itself
        return 1
    finally:
        sys.stdout.flush()
    return 0


def _run_on_big_stack(target: Any) -> int:
    result = [1]

    def main() -> None:
        result[0] = target()

    sys.setrecursionlimit(200_000)
    old = threading.stack_size(512 * 1024 * 1024)
    try:
        thread = threading.Thread(target=main)
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old)
    return result[0]


def _exit_by_signal(status: int) -> int:
    """A negative status means "die by that signal", as CPython does after KeyboardInterrupt."""
    if status >= 0:
        return status
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(-status, signal.SIG_DFL)
    os.kill(os.getpid(), -status)
    return 128 - status


def run(config: Config, prog: str) -> int:
    if config.module is not None:
        sys.stderr.write("pyroboros: -m needs the import system, which is not implemented yet\n")
        return 2
    program = _read_program(config, prog)
    if isinstance(program, int):
        return program
    data, filename = program
    try:
        code = _load_code(data, filename)
    except (ImportError, EOFError, ValueError) as exc:
        sys.stderr.write(f"{prog}: {exc}\n")
        return 1
    if code is None:
        return 1
    return _exit_by_signal(_run_on_big_stack(lambda: execute_module(code, filename)))
