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
   _IncompleteInputError
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

# The types exceptions.c defines with SimpleExtendsException: each has its own __new__
# (BaseException_new). The others inherit their base's.
OWN_NEW = frozenset("""
Exception GeneratorExit KeyboardInterrupt ArithmeticError AssertionError BufferError EOFError
LookupError MemoryError ReferenceError RuntimeError StopAsyncIteration SystemError TypeError
ValueError Warning FloatingPointError OverflowError ZeroDivisionError IndexError
NotImplementedError PythonFinalizationError RecursionError UnicodeError BytesWarning
DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning
ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning UnicodeDecodeError
UnicodeEncodeError UnicodeTranslateError""".split())


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


# --- pickling (exceptions.c: BaseException___reduce__, BaseException___setstate__, OSError_reduce,
# ImportError_reduce / ImportError_getstate, AttributeError_reduce / AttributeError_getstate) --

def _fields(exc: ExcInstance) -> set[str]:
    """The names of the fields exceptions.c keeps in the instance struct (member descriptors
    here), which this layout keeps in the instance dict with the real attributes."""
    from .function import Member
    from .typeobject import type_of
    return {name for t in type_of(exc).mro for name, value in t.dict.items()
            if isinstance(value, Member)}


def instance_dict(exc: ExcInstance) -> dict:
    """The exception's __dict__ as CPython's would be: without the struct fields."""
    fields = _fields(exc)
    return {key: value for key, value in exc.dict.items() if key not in fields}


def _reduction(exc: ExcInstance, args: tuple, state: Any) -> tuple:
    from .typeobject import type_of
    return (type_of(exc), args) if state is None else (type_of(exc), args, state)


def exc_reduce(exc: ExcInstance) -> tuple:
    return _reduction(exc, exc.g_args, instance_dict(exc) or None)


def exc_setstate(exc: ExcInstance, state: Any) -> None:
    if state is not None:
        if not isinstance(state, dict):
            from ..runtime.errors import raise_type_error
            raise_type_error("state is not a dictionary")
        from ..runtime.protocol import setattr_
        for key, value in state.items():
            setattr_(exc, key, value)


def os_error_reduce(exc: ExcInstance) -> tuple:
    args = exc.g_args
    filename, filename2 = exc.dict.get("filename"), exc.dict.get("filename2")
    if len(args) == 2 and filename is not None:
        args = (*args, filename) if filename2 is None else (*args, filename, None, filename2)
    return _reduction(exc, args, instance_dict(exc) or None)


def import_error_getstate(exc: ExcInstance) -> Any:
    state = instance_dict(exc)
    for name in ("name", "path", "name_from"):
        if exc.dict.get(name) is not None:
            state[name] = exc.dict[name]
    return state or None


def import_error_reduce(exc: ExcInstance) -> tuple:
    return _reduction(exc, exc.g_args, import_error_getstate(exc))


def attribute_error_getstate(exc: ExcInstance) -> dict:
    state = instance_dict(exc)
    if exc.dict.get("name") is not None:
        state["name"] = exc.dict["name"]
    state["args"] = exc.g_args
    return state


def attribute_error_reduce(exc: ExcInstance) -> tuple:
    from .typeobject import type_of
    return type_of(exc), exc.g_args, attribute_error_getstate(exc)


def characters_written(exc: ExcInstance) -> int:
    """OSError.characters_written (exceptions.c: OSError_written_get): set only by
    BlockingIOError's third argument or an assignment."""
    written = getattr(exc, "g_written", -1)
    if written == -1:
        from ..runtime.errors import raise_error
        raise_error("AttributeError", "characters_written")
    return written


def set_characters_written(exc: ExcInstance, value: Any) -> None:
    """exceptions.c: OSError_written_set (MISSING deletes)."""
    import operator
    if value is MISSING:
        characters_written(exc)
        exc.g_written = -1
        return
    try:
        exc.g_written = operator.index(value)
    except OverflowError as error:
        from ..runtime.errors import raise_error
        raise_error("ValueError", str(error))
