"""The builtin exception hierarchy as guest types, and the layout of exception instances.

Mirrors Objects/exceptions.c: BaseException's args / __traceback__ / __cause__ / __context__ /
__suppress_context__ / add_note, __str__ and __repr__, and the per-class extras Python code
observes (StopIteration.value, SystemExit.code, KeyError's str, NameError.name,
AttributeError.name/obj, ImportError.name/path/msg, OSError's errno/strerror/filename).
A guest exception instance is an `ExcInstance`, a host exception (of the host builtin of the
same name for the builtin hierarchy), so it propagates through host frames (a guest __eq__
raising inside host sorted()) with no wrapping and host `except` clauses see it. Its guest fields live in
g_* attributes because the host sets its own __context__/__traceback__ when it raises.
Left out: BaseExceptionGroup's split/subgroup, UnicodeError's detail fields, OSError's
subclass selection from errno.
"""
from __future__ import annotations

from typing import Any

from .instance import GuestProtocol
from .typeobject import MISSING


class ExcInstance(GuestProtocol, BaseException):
    """A guest exception instance (PyBaseExceptionObject). The host class of a builtin guest
    exception also derives from the host exception of that name, so host code catching
    IndexError, StopIteration or AttributeError (a sequence iterator, hasattr) catches it."""

    _descr = 0

    def __str__(self) -> str:
        return GuestProtocol.__str__(self)

    def __repr__(self) -> str:
        return GuestProtocol.__repr__(self)


HIERARCHY = """
BaseException
 BaseExceptionGroup
 GeneratorExit
 KeyboardInterrupt
 SystemExit
 Exception
  ArithmeticError
   FloatingPointError
   OverflowError
   ZeroDivisionError
  AssertionError
  AttributeError
  BufferError
  EOFError
  ImportError
   ModuleNotFoundError
  LookupError
   IndexError
   KeyError
  MemoryError
  NameError
   UnboundLocalError
  OSError
   BlockingIOError
   ChildProcessError
   ConnectionError
    BrokenPipeError
    ConnectionAbortedError
    ConnectionRefusedError
    ConnectionResetError
   FileExistsError
   FileNotFoundError
   InterruptedError
   IsADirectoryError
   NotADirectoryError
   PermissionError
   ProcessLookupError
   TimeoutError
  ReferenceError
  RuntimeError
   NotImplementedError
   PythonFinalizationError
   RecursionError
  StopAsyncIteration
  StopIteration
  SyntaxError
   IndentationError
    TabError
  SystemError
  TypeError
  ValueError
   UnicodeError
    UnicodeDecodeError
    UnicodeEncodeError
    UnicodeTranslateError
  Warning
   BytesWarning
   DeprecationWarning
   EncodingWarning
   FutureWarning
   ImportWarning
   PendingDeprecationWarning
   ResourceWarning
   RuntimeWarning
   SyntaxWarning
   UnicodeWarning
   UserWarning
"""


def init_exception(exc: ExcInstance, args: tuple) -> None:
    exc.g_args = args
    exc.g_tb = None
    exc.g_cause = None
    exc.g_context = None
    exc.g_suppress = False
    exc.dict = {}


def exc_str(exc: ExcInstance) -> str:
    """BaseException.__str__."""
    args = exc.g_args
    if len(args) == 1:
        return str(args[0])
    return "" if not args else str(args)


def key_error_str(exc: ExcInstance) -> str:
    """KeyError.__str__: a lone key is shown as its repr."""
    return repr(exc.g_args[0]) if len(exc.g_args) == 1 else exc_str(exc)


def exc_repr(exc: ExcInstance, type_name: str) -> str:
    args = exc.g_args
    if len(args) == 1:
        return f"{type_name}({args[0]!r})"
    return f"{type_name}{args!r}"


def stop_iteration_value(exc: ExcInstance) -> Any:
    value = exc.dict.get("value", MISSING)
    if value is MISSING:
        return exc.g_args[0] if exc.g_args else None
    return value
