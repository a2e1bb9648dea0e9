"""The interactive interpreter: `pyroboros` at a terminal, `pyroboros -i`, PYTHONINSPECT.

Mirrors Modules/main.c (pymain_header's banner, pymain_run_stdin, pymain_repl: the REPL after
the program, with inspect reset so that SystemExit exits again) and Python/pythonrun.c
(_PyRun_InteractiveLoopObject, PyRun_InteractiveOneObjectEx, pyrun_one_parse_ast and run_mod:
one statement at a time in __main__, compiled in 'single' mode as "<stdin-N>" with its source
kept for tracebacks, errors printed and the loop going on until end of input). Lines come from
the host's stdin as PyOS_StdioReadline reads them, the prompts sys.ps1 and sys.ps2 going to
stderr; the parser says when a statement needs another line (parser.parse_interactive).
Left out: CPython's _pyrepl, which 3.14 starts on a terminal (the basic REPL runs instead),
line editing, sys.__interactivehook__ (no site module: hence no
"Type "help", ..." line in the banner, as with -S).
"""
from __future__ import annotations

import os
import signal
import sys as _host_sys
from typing import Any

from ..errors import CompileError, format_compile_error
from ..objects.module import Module
from ..objects.typeobject import MISSING, type_of
from ..objects.value_repr import value_str
from . import signals, traceback
from .errors import GUEST_EXCEPTIONS, to_guest
from .importer import INTERP, run_code

_FILENAME = "<stdin>"
# the runner's exit status for "kill the process with SIGINT" (main.c: exit_sigint)
_DIE_BY_SIGINT = -signal.SIGINT


def stdin_is_interactive(config: Any) -> bool:
    """main.c: stdin_is_interactive (a terminal, or -i)."""
    stdin = _host_sys.stdin
    return (stdin is not None and stdin.isatty()) or bool(config.flag("i"))


def inspect_requested(config: Any) -> bool:
    """config->inspect: -i, or PYTHONINSPECT unless -E."""
    return bool(config.flag("i")) or (not config.ignore_environment and bool(os.environ.get("PYTHONINSPECT")))


def run_stdin(config: Any, main: Module) -> int:
    """pymain_header and pymain_run_stdin for an interactive stdin: the banner, the
    PYTHONSTARTUP file, then the REPL."""
    if not config.flag("q"):
        _host_sys.stderr.write(f"Python {INTERP.sys.dict['version']} on {_host_sys.platform}\n")
    from .import_finders import BUILTIN_IMPORTER
    main.dict["__loader__"] = BUILTIN_IMPORTER
    startup = "" if config.ignore_environment else os.environ.get("PYTHONSTARTUP", "")
    if startup:
        status = _run_startup(startup, main, config.optimize)
        if status is not None:
            return status
    return interactive_loop(main, config.optimize)


def _run_startup(path: str, main: Module, optimize: int) -> int | None:
    """main.c: pymain_run_startup, with _PyRun_SimpleFileObject's __file__ for the run: the
    file runs in __main__, its errors are printed and the session goes on; an exit status
    when it raises SystemExit."""
    from ..compiler import compile_source
    from .import_finders import Loader
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        _host_sys.stderr.write(f"Could not open PYTHONSTARTUP\n{type(exc).__name__}: "
                               f"[Errno {exc.errno}] {exc.strerror}: {path!r}\n")
        return None
    try:
        code = compile_source(data, path, "exec", optimize)
    except CompileError as error:
        _print_compile_error(error)
        return None
    main.dict["__loader__"] = Loader("SourceFileLoader", "__main__", path)
    named = "__file__" not in main.dict
    if named:
        main.dict.update(__file__=path, __cached__=None)
    try:
        run_code(code, main.dict)
    except BaseException as raised:
        return _print_exception(raised)
    finally:
        if named:
            main.dict.pop("__file__", None)
            main.dict.pop("__cached__", None)
        _host_sys.stdout.flush()
    return None


def inspect_after_run(config: Any, main: Module, status: int) -> int:
    """pymain_repl: after the program, the REPL when inspection was asked for and stdin is
    interactive; its exit status replaces the program's, except a KeyboardInterrupt's."""
    if not (inspect_requested(config) and stdin_is_interactive(config)):
        return status
    return interactive_loop(main, config.optimize, interrupted=status == _DIE_BY_SIGINT)


def interactive_loop(main: Module, optimize: int, interrupted: bool = False) -> int:
    """_PyRun_InteractiveLoopObject: statements until the end of input; the exit status (0, or
    a SystemExit's; "die by SIGINT" once a KeyboardInterrupt went unhandled, here or in the
    program before: Py_RunMain's unhandled_keyboard_interrupt)."""
    sys_dict = INTERP.sys.dict
    _stop_inspecting(sys_dict)
    sys_dict.setdefault("ps1", ">>> ")
    sys_dict.setdefault("ps2", "... ")
    session = _Session(main, optimize)
    session.interrupted = interrupted
    status = None
    while status is None:
        try:
            statement = session.read_statement(_prompt(sys_dict, "ps1"), _prompt(sys_dict, "ps2"))
        except KeyboardInterrupt:   # Ctrl-C at a prompt drops the lines read so far
            _host_sys.stderr.write("\nKeyboardInterrupt\n")
            continue
        if statement is None:
            status = 0
        elif isinstance(statement, CompileError):
            _print_compile_error(statement)
        else:
            status = session.run_statement(*statement)
    return _DIE_BY_SIGINT if session.interrupted else status


class _Session:
    """What the loop keeps from one statement to the next: the compiler flags that future
    statements set (PyCompilerFlags, merged by each compile) and the count that names each
    statement's code "<stdin-N>" (interp->_interactive_src_count)."""

    def __init__(self, main: Module, optimize: int) -> None:
        self.main = main
        self.optimize = optimize
        self.flags = 0
        self.count = 0
        self.interrupted = False

    def read_statement(self, ps1: str, ps2: str) -> tuple | CompileError | None:
        """Lines until they make a statement (tok_underflow_interactive, the parser asking
        for more): (tree, source), the syntax error, or None at the end of input. The
        SyntaxWarnings of the lines read so far are emitted before the next prompt, as
        CPython warns while it parses (one turned into an error ends the statement)."""
        from ..objects.code import CO_FUTURE_BARRY_AS_BDFL
        from ..parser.parser import parse_interactive
        from ..parser.pegen import INCOMPLETE_INPUT
        lines: list[str] = []
        prompt = ps1
        emitted = 0
        barry = bool(self.flags & CO_FUTURE_BARRY_AS_BDFL)
        while True:
            line = _readline(prompt)
            if not line:
                _host_sys.stderr.write("\n")
                if not lines:
                    return None
            else:
                lines.append(line)
            source = "".join(lines)
            try:
                tree, warnings = parse_interactive(source, _FILENAME, partial=bool(line), barry=barry)
            except CompileError as error:
                warned = _warned(error.warnings[emitted:], source)
                if warned is not None or error.kind != INCOMPLETE_INPUT:
                    return warned or error
                emitted = len(error.warnings)
                prompt = ps2
                continue
            return _warned(warnings[emitted:], source) or (tree, source)

    def run_statement(self, tree: Any, source: str) -> int | None:
        """run_mod and PyErr_Print: compile and run one statement; an exit status when a
        SystemExit ends the session."""
        from ..compiler.compile import PyCF_MASK, compile_ast
        filename = f"<stdin-{self.count}>"
        self.count += 1
        try:
            code = compile_ast(tree, filename, self.optimize, self.flags)
        except CompileError as error:
            _print_compile_error(_with_text(error, source))
            return None
        self.flags |= code.co_flags & PyCF_MASK
        traceback.REGISTERED_SOURCES[filename] = source.splitlines()
        try:
            run_code(code, self.main.dict)
        except BaseException as raised:
            exc = to_guest(raised)
            self.interrupted |= GUEST_EXCEPTIONS["KeyboardInterrupt"] in type_of(exc).mro
            return _print_exception(exc)
        finally:
            _host_sys.stdout.flush()
            _host_sys.stderr.flush()
        return None


def _stop_inspecting(sys_dict: dict) -> None:
    """pymain_set_inspect(config, 0): inside the REPL, SystemExit exits and sys.flags says so."""
    from ..modules.sys import FLAGS_FIELDS, Flags
    flags = sys_dict.get("flags")
    if isinstance(flags, Flags):
        index = FLAGS_FIELDS.index("inspect")
        sys_dict["flags"] = Flags(flags[:index] + (0,) + flags[index + 1:])


def _prompt(sys_dict: dict, name: str) -> str:
    """pyrun_one_parse_ast: str(sys.psN), or no prompt when it is missing or str() fails."""
    value = sys_dict.get(name, MISSING)
    if value is MISSING:
        return ""
    try:
        return value if isinstance(value, str) else value_str(value)
    except BaseException:
        return ""


def _readline(prompt: str) -> str:
    """PyOS_StdioReadline: the prompt on stderr, then one line of stdin ('' at its end);
    KeyboardInterrupt when SIGINT arrives while a terminal is waited on (my_fgets' EINTR)."""
    _host_sys.stdout.flush()
    _host_sys.stderr.write(prompt)
    _host_sys.stderr.flush()
    stdin = _host_sys.stdin
    if stdin is None:
        return ""
    signals.wait_for_terminal(stdin)
    return stdin.readline()


def _warned(warnings: list[tuple[int, str]], source: str) -> CompileError | None:
    """Emit the parser's SyntaxWarnings as the compiler does; the SyntaxError one of them
    became, if any."""
    from ..compiler.compile import emit_parse_warnings
    try:
        emit_parse_warnings(warnings, source, _FILENAME)
    except CompileError as error:
        return _with_text(error, source)
    return None


def _with_text(error: CompileError, source: str) -> CompileError:
    """The error with the statement's line as its text when it has none (there is no file to
    re-read it from)."""
    if error.text is None and error.lineno is not None:
        lines = source.splitlines()
        if 0 < error.lineno <= len(lines):
            error.text = lines[error.lineno - 1]
    return error


def _print_compile_error(error: CompileError) -> None:
    """A SyntaxError as PyErr_Print shows it."""
    _host_sys.stdout.flush()
    _host_sys.stderr.write(format_compile_error(error))


def _print_exception(raised: BaseException) -> int | None:
    """PyErr_Print: a SystemExit ends the session with its status; anything else goes to
    sys.excepthook (runtime/pythonrun.py), which may itself end it with a SystemExit."""
    from . import pythonrun
    exc = to_guest(raised)
    _host_sys.stdout.flush()
    if GUEST_EXCEPTIONS["SystemExit"] in type_of(exc).mro:
        return pythonrun.exit_status(exc)
    return pythonrun.print_uncaught(exc, INTERP.sys.dict)
