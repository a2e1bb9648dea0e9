"""Reporting an uncaught exception: sys.excepthook, its failures, and SystemExit's exit status.

Mirrors Python/pythonrun.c (_PyErr_PrintEx: sys.last_exc and friends, then sys.excepthook,
"Error in sys.excepthook:" / "Original exception was:" when the hook fails, "sys.excepthook is
missing"; _Py_HandleSystemExit: the exit status of a SystemExit's code; _PyErr_Display) and
Python/sysmodule.c (sys.excepthook, which is PyErr_Display). The report itself is
runtime/traceback.py's. Left out: audit hooks, a guest sys.stderr (reports go to the host's
standard error, as the guest's sys.stderr is the host's).
"""
from __future__ import annotations

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
    sys.stdout.flush()
    try:
        text = str(code)
    except BaseException:
        text = ""   # PyFile_WriteObject failed: only the newline is written
    sys.stderr.write(f"{text}\n")
    return 1


def display(exc: Any, frames: str = "") -> None:
    """Mirrors pythonrun.c: _PyErr_Display (with `frames`, CPython's own frozen frames, put
    above the guest's in the last traceback)."""
    lines = traceback.format_exception(exc)
    if frames and _HEADER in lines:
        lines.insert(len(lines) - lines[::-1].index(_HEADER), frames)
    elif frames:
        lines.insert(0, _HEADER + frames)
    sys.stdout.flush()
    sys.stderr.write("".join(lines))


def _excepthook(*args: Any, **kwargs: Any) -> None:
    """Mirrors sysmodule.c: sys_excepthook_impl (PyErr_Display with the given traceback put on
    an exception that has none)."""
    no_keywords("sys.excepthook", kwargs)
    check_positional("excepthook", args, kwargs, 3, 3)
    _, value, tb = args
    if not isinstance(value, ExcInstance):
        sys.stdout.flush()
        sys.stderr.write(f"TypeError: print_exception(): Exception expected for value, "
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
        sys.stdout.flush()
        sys.stderr.write("sys.excepthook is missing\n")
        display(exc, frames)
        return None
    try:
        hook(type_of(exc), exc, tb)
    except BaseException as raised:
        failure = to_guest(raised)
        if GUEST_EXCEPTIONS["SystemExit"] in type_of(failure).mro:
            return exit_status(failure)
        sys.stdout.flush()
        sys.stderr.write("Error in sys.excepthook:\n")
        display(failure)
        sys.stderr.write("\nOriginal exception was:\n")
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
