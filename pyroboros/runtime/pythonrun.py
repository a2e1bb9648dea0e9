"""Reporting an uncaught exception: sys.excepthook, its failures, and SystemExit's exit status.

Mirrors Python/pythonrun.c (_PyErr_PrintEx: sys.last_exc and friends, then sys.excepthook,
"Error in sys.excepthook:" / "Original exception was:" when the hook fails, "sys.excepthook is
missing"; _Py_HandleSystemExit: the exit status of a SystemExit's code; _PyErr_Display) and
Python/sysmodule.c (sys.excepthook, which is PyErr_Display; PySys_WriteStderr) and, at exit,
Python/pylifecycle.c (flush_std_files, whose failure makes the exit status 120;
finalize_modules: __main__'s namespace emptied as moduleobject.c's _PyModule_ClearDict does,
so that what the program left suspended is finalized). Everything is written to the guest's
sys.stderr: a guest object gets traceback.py's write() calls (each chunk, then print's empty
end) and flush() calls where CPython makes them. The report itself is runtime/traceback.py's.
Left out: audit hooks, finalizing modules other than __main__, pythonrun.c's own printer when
writing the report fails, and "lost sys.stderr" (CPython dumps the object's address).
"""
from __future__ import annotations

import io
import sys
from typing import Any

from ..objects.exceptions import ExcInstance
from ..objects.function import Builtin
from ..objects.typeobject import MISSING, type_of
from ..vm.frame import Traceback
from . import protocol, traceback
from .errors import GUEST_EXCEPTIONS, to_guest
from .getargs import check_positional, no_keywords

_HEADER = "Traceback (most recent call last):\n"


def _guest_stream(name: str) -> Any:
    from .importer import INTERP
    return INTERP.setting(name, MISSING)


def _call(stream: Any, method: str, *args: Any) -> Any:
    if isinstance(stream, io.TextIOBase):   # the host's own streams: no guest call needed
        return getattr(stream, method)(*args)
    return protocol.call_method(stream, method, *args)


def write_stderr(*chunks: str) -> None:
    """PyFile_WriteString on the guest's sys.stderr, as PyErr_Display writes (nothing when it
    is None; a failing write ends the report, as CPython clears the error)."""
    stream = _guest_stream("stderr")
    if stream is None:
        return
    if stream is MISSING:
        stream = sys.stderr
    sys.stdout.flush()
    try:
        if isinstance(stream, io.TextIOBase):
            stream.write("".join(chunks))
        else:
            for chunk in chunks:
                _call(stream, "write", chunk)
    except BaseException:
        pass


def sys_write_stderr(text: str) -> None:
    """sysmodule.c: PySys_WriteStderr: the guest's sys.stderr, else the process's own stderr."""
    stream = _guest_stream("stderr")
    sys.stdout.flush()
    try:
        _call(stream, "write", text)
    except BaseException:
        sys.stderr.write(text)


def flush_streams(*names: str) -> None:
    """pythonrun.c: flush_io: flush() on each guest stream that is not None, errors dropped."""
    for name in names:
        stream = _guest_stream(name)
        if stream is None or stream is MISSING:
            continue
        try:
            _call(stream, "flush")
        except BaseException:
            pass


def _is_closed(stream: Any) -> bool:
    """pylifecycle.c: file_is_closed (an unreadable or false `closed` is open)."""
    try:
        return bool(stream.closed if isinstance(stream, io.TextIOBase)
                    else protocol.getattr_(stream, "closed"))
    except BaseException:
        return False


def flush_std_files() -> bool:
    """pylifecycle.c: flush_std_files at exit: stdout then stderr; False when a flush failed
    (Py_FinalizeEx fails and the exit status becomes 120). A failure on stdout is reported
    as unraisable."""
    flushed = True
    for name in ("stdout", "stderr"):
        stream = _guest_stream(name)
        if stream is None or stream is MISSING or _is_closed(stream):
            continue
        try:
            _call(stream, "flush")
        except BaseException as raised:
            flushed = False
            if name == "stdout":
                write_unraisable("Exception ignored while flushing sys.stdout", to_guest(raised))
    return flushed


def write_unraisable(message: str, exc: Any) -> None:
    """errors.c: _PyErr_WriteUnraisableDefaultHook without an object: the message, the
    traceback as pythonrun.c's own printer writes it, the exception line."""
    write_stderr(f"{message}:\n", *traceback.format_unraisable(exc))


def exit_status(exc: Any) -> int:
    """Mirrors pythonrun.c: _Py_HandleSystemExit: an int code (truncated to a C int, -1 when
    it does not fit a long long) or 0 for None; anything else is printed and gives 1."""
    code = protocol.getattr_or_missing(exc, "code")
    if code is None:
        return 0
    if isinstance(code, int):
        if not -(1 << 63) <= code < (1 << 63):
            return 0xFF
        return code & 0xFF
    stream = _guest_stream("stderr")
    try:
        text = str(code)
        if stream is None or stream is MISSING:
            sys.stdout.flush()
            sys.stderr.write(text)   # PyObject_Print on the process's own stderr
        else:
            _call(stream, "write", text)
    except BaseException:
        pass   # PyFile_WriteObject failed: only the newline is written
    sys_write_stderr("\n")
    return 1


def display(exc: Any, frames: str = "") -> None:
    """Mirrors pythonrun.c: _PyErr_Display, as traceback.py's print_exception writes (each chunk
    printed with end=""); `frames`, CPython's own frozen frames, go above the guest's in the
    last traceback."""
    lines = traceback.format_exception(exc)
    if frames and _HEADER in lines:
        lines.insert(len(lines) - lines[::-1].index(_HEADER), frames)
    elif frames:
        lines.insert(0, _HEADER + frames)
    write_stderr(*(part for line in lines for part in (line, "")))


def _excepthook(*args: Any, **kwargs: Any) -> None:
    """Mirrors sysmodule.c: sys_excepthook_impl (PyErr_Display with the given traceback put on
    an exception that has none)."""
    no_keywords("sys.excepthook", kwargs)
    check_positional("excepthook", args, kwargs, 3, 3)
    _, value, tb = args
    if not isinstance(value, ExcInstance):
        write_stderr(f"TypeError: print_exception(): Exception expected for value, "
                     f"{type_of(value).name} found\n")
        return
    if isinstance(tb, Traceback) and value.g_tb is None:
        value.g_tb = tb
    display(value)


EXCEPTHOOK = Builtin("excepthook", _excepthook, module="sys")


def print_uncaught(exc: Any, sys_dict: dict, frames: str = "") -> int | None:
    """Mirrors pythonrun.c: _PyErr_PrintEx after SystemExit was handled: None, or the exit
    status of a SystemExit the hook raised."""
    tb = exc.g_tb
    sys_dict.update(last_exc=exc, last_type=type_of(exc), last_value=exc, last_traceback=tb)
    hook = sys_dict.get("excepthook", MISSING)
    if hook is EXCEPTHOOK:
        display(exc, frames)
        return None
    if hook is MISSING:
        sys_write_stderr("sys.excepthook is missing\n")
        display(exc, frames)
        return None
    try:
        hook(type_of(exc), exc, tb)
    except BaseException as raised:
        failure = to_guest(raised)
        if GUEST_EXCEPTIONS["SystemExit"] in type_of(failure).mro:
            return exit_status(failure)
        sys_write_stderr("Error in sys.excepthook:\n")
        display(failure)
        sys_write_stderr("\nOriginal exception was:\n")
        display(exc, frames)
    return None


def finalize_main(modules: dict) -> None:
    """Mirrors moduleobject.c: _PyModule_ClearDict on __main__ at exit: names with one leading
    underscore become None first, then every name but __builtins__ (dropping the last reference
    to a suspended generator closes it, running its finally blocks)."""
    main = modules.get("__main__")
    namespace = getattr(main, "dict", None)
    if not isinstance(namespace, dict):
        return
    for first_pass in (True, False):
        for key in list(namespace):
            if key.__class__ is not str:
                continue
            if key[:1] == "_" and key[1:2] != "_" if first_pass else key != "__builtins__":
                namespace[key] = None
