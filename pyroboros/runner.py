"""Run what the command line asked for: read the program, compile it, execute it.

Mirrors Modules/main.c (pymain_run_python, pymain_run_file) and Python/pythonrun.c
(_PyRun_SimpleFileObject: a .pyc runs its code object directly, a source file is compiled
first; the module runs in a fresh __main__ namespace; an uncaught exception is printed by
_PyErr_Display and exits 1; SystemExit's code becomes the exit status). The guest runs on a
host thread with a large stack so that guest code re-entered from host protocols (a deep
chain of __repr__ or __init__ calls) fails with the guest's RecursionError, not the host's.
-c, stdin and -m (runtime/run_module.py: runpy's semantics, "PROG: message" errors) run in the
same __main__ module that runtime/startup.py registers in sys.modules. -x, -u, -W (and
PYTHONWARNINGS, runtime/warning_options.py) and -X dev are honoured; the options not honoured
yet (-b, -v, other -X options, --check-hash-based-pycs) say so on stderr. An interactive stdin,
and -i or PYTHONINSPECT after the program, start the REPL (runtime/repl.py).
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Any

from .bytecode.opcodes import MAGIC_NUMBER
from .cli import Config
from .runtime import signals
from .runtime.repl import inspect_after_run, inspect_requested, run_stdin, stdin_is_interactive


def _read_program(config: Config, prog: str) -> tuple[bytes, str] | int:
    if config.command is not None:
        from .runtime.traceback import REGISTERED_SOURCES
        REGISTERED_SOURCES["<string>"] = config.command.splitlines()
        return config.command.encode("utf-8", "surrogateescape"), "<string>"
    if config.filename in (None, "-"):
        return sys.stdin.buffer.read(), "<stdin>"
    filename = os.path.abspath(config.filename)   # main.c: config_run_filename_abspath
    try:
        with open(filename, "rb") as f:
            data = f.read()
    except OSError as exc:
        sys.stderr.write(f"{prog}: can't open file {filename!r}: "
                         f"[Errno {exc.errno}] {exc.strerror}\n")
        return 2
    if config.flag("x"):
        # main.c: the first line is skipped up to, not including, its newline, so that
        # line numbers stay those of the file.
        newline = data.find(b"\n")
        data = data[newline:] if newline >= 0 else b""
    return data, filename


# Options pyroboros parses but cannot honour yet: said plainly, never silently ignored.
# (-d, -q and -s are honoured: a release build's -d does nothing, -q only concerns the REPL,
# and there is no user site directory. -X dev is honoured as far as the guest sees it:
# sys.flags.dev_mode and its "default" warnings filter.)
_NOT_HONOURED = {"b": "-b (bytes warnings)", "v": "-v (import tracing)"}


def _warn_not_honoured(config: Config) -> None:
    unsupported = [text for letter, text in _NOT_HONOURED.items() if config.flag(letter)]
    unsupported += [f"-X {option}" for option in config.xoptions
                    if option.partition("=")[0] != "dev"]
    if config.check_hash_based_pycs != "default":
        unsupported.append(f"--check-hash-based-pycs {config.check_hash_based_pycs}")
    for text in unsupported:
        sys.stderr.write(f"pyroboros: {text} is not supported yet; ignored\n")


def _load_code(data: bytes, filename: str, optimize: int) -> Any:
    """The module's code object: a .pyc's, or our compiler's for source (None on failure)."""
    from .bytecode import pyc
    from .compiler import compile_source
    from .errors import CompileError, as_file_error, format_compile_error
    if data[:4] == pyc.MAGIC_NUMBER:
        return pyc.read_pyc(data, filename)
    try:
        return compile_source(data, filename, "exec", optimize)
    except CompileError as exc:
        if filename != "<string>":
            exc = as_file_error(exc, filename)
        sys.stderr.write(format_compile_error(exc))
        return None


def report_uncaught(raised: BaseException, frames: str = "", inspect: bool = False) -> int:
    """Print an uncaught guest exception through sys.excepthook (runtime/pythonrun.py, with
    `frames`, CPython's own frozen frames, above the guest ones); the process exit status.
    With `inspect` (-i), a SystemExit is printed like any exception (_Py_HandleSystemExit)."""
    from .runtime import pythonrun
    from .runtime.errors import GUEST_EXCEPTIONS, to_guest
    from .runtime.importer import INTERP
    from .objects.typeobject import type_of
    exc = to_guest(raised)
    sys.stdout.flush()
    if GUEST_EXCEPTIONS["SystemExit"] in type_of(exc).mro and not inspect:
        return pythonrun.exit_status(exc)
    status = pythonrun.print_uncaught(exc, INTERP.sys.dict, frames)
    if status is not None:
        return status
    if GUEST_EXCEPTIONS["KeyboardInterrupt"] in type_of(exc).mro:
        return -signal.SIGINT   # main.c: exit_sigint re-raises SIGINT on itself
    return 1


def execute_module(code: Any, main: Any, frames: str = "", inspect: bool = False) -> int:
    """Run a module's code object in the __main__ module; the process exit status."""
    from .runtime.importer import run_code
    from .runtime.pythonrun import flush_streams
    try:
        run_code(code, main.dict)
    except BaseException as raised:
        flush_streams("stderr", "stdout")   # pythonrun.c: flush_io before PyErr_Print
        return report_uncaught(raised, frames, inspect)
    flush_streams("stderr", "stdout")
    return 0


def _run_on_big_stack(target: Any) -> int:
    result = [1]

    def main() -> None:
        result[0] = target()

    sys.setrecursionlimit(200_000)
    # the host runs signal handlers on this thread only: runtime/signals.py passes SIGINT on
    signals.install()
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


def _run_module(config: Config, prog: str, main: Any) -> int:
    """Mirrors runpy._run_module_as_main (for -m, or for a directory given as the script)."""
    from .runtime.run_module import (RUN_CODE_FRAMES, DetailsFailed, RunModuleError,
                                     main_module_details, module_details, prepare_main)
    try:
        if config.module is not None:
            _, spec, code = module_details(config.module)
        else:
            _, spec, code = main_module_details(os.path.abspath(config.filename))
    except RunModuleError as error:
        sys.stdout.flush()
        sys.stderr.write(f"{prog}: {error}\n")
        return 1
    except DetailsFailed as failure:
        return report_uncaught(failure.raised, failure.frames, inspect_requested(config))
    prepare_main(main, spec, alter_argv=config.module is not None)
    return execute_module(code, main, RUN_CODE_FRAMES, inspect_requested(config))


def _run_program(config: Config, prog: str) -> int:
    from .compiler.compile import syntax_warnings_to
    from .runtime.startup import initialise
    from .runtime.warning_options import process_options
    from .runtime.warnings import warn_syntax
    main = initialise(config, prog)
    # pylifecycle.c: with sys.warnoptions, the warnings module is imported and applies them
    process_options(config.sys_warnoptions())
    with syntax_warnings_to(warn_syntax):
        # main.c: pymain_run_python, the REPL on an interactive stdin or after the program
        if config.command is None and config.module is None and config.filename in (None, "-") \
                and stdin_is_interactive(config):
            return run_stdin(config, main)
        return inspect_after_run(config, main, _run_main(config, prog, main))


def _run_main(config: Config, prog: str, main: Any) -> int:
    if config.module is not None or (config.filename not in (None, "-")
                                     and os.path.isdir(config.filename)):
        return _run_module(config, prog, main)
    program = _read_program(config, prog)
    if isinstance(program, int):
        return program
    data, filename = program
    try:
        code = _load_code(data, filename, config.optimize)
    except (ImportError, EOFError, ValueError) as exc:
        sys.stderr.write(f"{prog}: {exc}\n")
        return 1
    if code is None:
        return 1
    from .runtime.import_finders import BUILTIN_IMPORTER, Loader
    if filename in ("<string>", "<stdin>"):
        main.dict["__loader__"] = BUILTIN_IMPORTER
    else:
        kind = "SourcelessFileLoader" if data[:4] == MAGIC_NUMBER else "SourceFileLoader"
        main.dict["__loader__"] = Loader(kind, "__main__", filename)
    if config.command is None:
        main.dict["__file__"] = filename
        main.dict["__cached__"] = None
    return execute_module(code, main, inspect=inspect_requested(config))


def run(config: Config, prog: str) -> int:
    _warn_not_honoured(config)
    if config.flag("u"):   # unbuffered binary layer: text written is passed on at once
        for stream in (sys.stdout, sys.stderr):
            stream.reconfigure(write_through=True)
    return _exit_by_signal(_run_on_big_stack(lambda: _finalized(_run_program(config, prog))))


def _finalized(status: int) -> int:
    """pylifecycle.c: Py_FinalizeEx after the program (and its report) ended: __main__ is cleared."""
    from .runtime.importer import INTERP
    from .runtime.pythonrun import finalize_main, flush_std_files
    flushed = flush_std_files()   # Py_FinalizeEx flushes before finalize_modules
    finalize_main(INTERP.modules)
    sys.stdout.flush()
    # main.c: Py_RunMain: a failed finalization exits 120, unless KeyboardInterrupt kills it
    return status if flushed or status < 0 else 120
