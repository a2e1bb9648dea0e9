"""Raising guest exceptions from host code, and turning host exceptions into guest ones.

Mirrors Python/errors.c (PyErr_SetString, PyErr_Format, PyErr_GivenExceptionMatches). Host
operations on host values (1/0, [][1], int('x')) raise host exceptions; `to_guest` maps them
onto the guest exception of the same name with the same arguments, which is what CPython
raises, and rewrites the few messages the host words differently from 3.14.
Warnings are runtime/warnings.py's (Python/_warnings.c).
"""
from __future__ import annotations

import re
from typing import Any, NoReturn

from ..objects.exceptions import ExcInstance, init_exception
from ..objects.typeobject import HOST_TYPES, TypeObject

GUEST_EXCEPTIONS: dict[str, TypeObject] = {}   # filled by objects/builtin_types.py

_HOST_MESSAGES = {
    "maximum recursion depth exceeded while calling a Python object": "maximum recursion depth exceeded",
    "maximum recursion depth exceeded in comparison": "maximum recursion depth exceeded",
    "integer division or modulo by zero": "division by zero",
    "integer modulo by zero": "division by zero",
    "float modulo": "division by zero",
    "float divmod()": "division by zero",
    "float floor division by zero": "division by zero",
    "float division by zero": "division by zero",
    "complex division by zero": "division by zero",
    "integer divmod by zero": "division by zero",   # PyPy's
    "long division or modulo by zero": "division by zero",   # PyPy's
    "shift count too large": "too many digits in integer",   # PyPy's; longobject.c: long_lshift1
    "0.0 cannot be raised to a negative power": "zero to a negative power",
    "0.0 to a negative or complex power": "zero to a negative or complex power",
    "string keys in translate table must be of length 1":
        "string keys in translatetable must be of length 1",
    "max() arg is an empty sequence": "max() iterable argument is empty",
    "min() arg is an empty sequence": "min() iterable argument is empty",
    "can only assign an iterable": "must assign iterable to extended slice",
    "complex() can't take second arg if first is a string":
        "complex() argument 'real' must be a real number, not str",
    "complex() second arg can't be a string": "complex() argument 'imag' must be a real number, not str",
    # PyPy's words for messages that CPython words one way wherever they occur
    "set changed size during iteration": "Set changed size during iteration",
    "map() must have at least two arguments": "map() must have at least two arguments.",
    "I/O operation on closed file": "I/O operation on closed file.",
    "invalid hex string": "invalid hexadecimal floating-point string",
    "switching from automatic to manual numbering":
        "cannot switch from automatic field numbering to manual field specification",
    "switching from manual to automatic numbering":
        "cannot switch from manual field specification to automatic field numbering",
    "Recursion depth exceeded": "Max string recursion exceeded",
    "chr() arg out of range": "chr() arg not in range(0x110000)",
    "unicode character code out of range": "%c arg not in range(0x110000)",
    "step argument must not be zero": "range() arg 3 must not be zero",
}
# Host messages whose 3.14 exception has other arguments: floatobject.c: float_pow raises
# errno's ERANGE as OverflowError(34, strerror) where PyPy says "float power".
_HOST_ARGUMENTS = {"float power": (34, "Numerical result out of range")}
# A UnicodeError's codec name and reason as 3.14 words them (unicodeobject.c's fast paths
# name "latin-1"; PyPy's codecs say "latin1", "utf16-le" and "codepoint").
_CODEC_NAMES = {"latin1": "latin-1", "utf16-le": "utf-16-le", "utf16-be": "utf-16-be"}
_CODEC_REASONS = {"codepoint not in range(0x110000)": "code point not in range(0x110000)"}
# Host messages 3.14 words differently, by pattern: (prefix-free regex, replacement).
_HOST_PATTERNS = [
    (re.compile(r".* is not in list"), "list.index(x): x not in list"),
    (re.compile(r".* is not in range"), "range.index(x): x not in range"),
    (re.compile(r".* is not in tuple"), "tuple.index(x): x not in tuple"),
    (re.compile(r"'(.*)' is an invalid keyword argument for (.*)\(\)"),
     r"\2() got an unexpected keyword argument '\1'"),
    (re.compile(r"complex\(\) first argument must be a string or a number, not '(.*)'"),
     r"complex() argument must be a string or a number, not \1"),
    (re.compile(r"complex\(\) second argument must be a number, not '(.*)'"),
     r"complex() argument 'imag' must be a real number, not \1"),
    (re.compile(r"cannot convert dictionary update sequence element #\d+ to a sequence"),
     "object is not iterable"),
    # getargs.c: _PyArg_CheckPositional's wording, for the functions that parsed their
    # arguments with PyArg_ParseTuple (the str and bytes searches) or keywords (int) before 3.13;
    # the argument clinic's own "takes at most N arguments (M given)" is unchanged
    (re.compile(r"(int|count|find|rfind|index|rindex|startswith|endswith)\(\) takes "
                r"(at least|at most) (\d+ arguments?) \((\d+) given\)"),
     r"\1 expected \2 \3, got \4"),
    # PyPy's wordings of messages with an operand in them
    (re.compile(r"substring not found in string\.r?index"), "substring not found"),
    (re.compile(r"substring not found in (bytes|bytearray)\.r?index"), "subsection not found"),
    (re.compile(r"sequence item (\d+): expected str, (.*) found"),
     r"sequence item \1: expected str instance, \2 found"),
    (re.compile(r"(__repr__|__str__|__bytes__|__int__|__index__|__complex__) returned "
                r"non-(\w+) \(type '(.*)'\)"), r"\1 returned non-\2 (type \3)"),
    (re.compile(r"(int\(\) argument must be a string, a bytes-like object|float\(\) argument "
                r"must be a string) or a number, not '(.*)'"), r"\1 or a real number, not '\2'"),
    (re.compile(r"Exceeds the limit \((\d+)\) for integer string conversion: value has (\d+) "
                r"digits"), r"Exceeds the limit (\1 digits) for integer string conversion: value "
                            r"has \2 digits; use sys.set_int_max_str_digits() to increase the limit"),
    (re.compile(r"Exceeds the limit \((\d+)\) for integer string conversion(; use .*)"),
     r"Exceeds the limit (\1 digits) for integer string conversion\2"),
    (re.compile(r"decoding to str: a bytes-like object is required, not (.*)"),
     r"decoding to str: need a bytes-like object, \1 found"),
    (re.compile(r"(center|ljust|rjust)\(\) argument 2 must be a single character"),
     "The fill character must be exactly one character long"),
    (re.compile(r"requires bytes, or an object that implements __bytes__, not '(.*)'"),
     r"%b requires a bytes-like object, or an object that implements __bytes__, not '\1'"),
    (re.compile(r"('.*' object is not subscriptable) \(key .*\)"), r"\1"),
    (re.compile(r"expected integer, got (.*) object"), r"'\1' object cannot be interpreted as an integer"),
    (re.compile(r"\w+\.__format__ must return string, not (.*)"), r"__format__ must return a str, not \1"),
    (re.compile(r"invalid mode: ([^'].*)"), r"invalid mode: '\1'"),   # _io.open's
    (re.compile(r"int\.__new__\(\) takes from 1 to 3 positional arguments but (\d+) were given"),
     lambda match: f"int expected at most 2 arguments, got {int(match[1]) - 1}"),
    (re.compile(r"out of range: index (\d+) but only \d+ arguments?"),
     r"Replacement index \1 out of range for positional args tuple"),
    (re.compile(r"(?:en|de)coding with '.*' codec failed \(LookupError: unknown error handler "
                r"name (.*)\)"), r"unknown error handler name '\1'"),
    (re.compile(r".* keywords must be strings, not '.*'"), "keywords must be strings"),
    # methodobject.c: a builtin method of no argument (METH_NOARGS) or one (METH_O) counts
    # the arguments after self, where PyPy's host counts self as a positional parameter
    (re.compile(r"(\w+\.\w+\(\)) takes 1 positional argument but (\d+) were given"),
     lambda match: f"{match[1]} takes no arguments ({int(match[2]) - 1} given)"),
    (re.compile(r"(\w+\.\w+\(\)) takes 2 positional arguments but (\d+) were given"),
     lambda match: f"{match[1]} takes exactly one argument ({int(match[2]) - 1} given)"),
]


def new_exception(t: TypeObject | str, *args: Any) -> ExcInstance:
    """A fresh guest exception instance of type t (BaseException.__new__ without __init__)."""
    if isinstance(t, str):
        t = GUEST_EXCEPTIONS[t]
    exc = t.layout.__new__(t.layout, *args)
    try:
        super(ExcInstance, exc).__init__(*args)   # the host builtin's fields (StopIteration.value)
    except TypeError:
        pass
    init_exception(exc, args)
    return exc


def raise_error(t: TypeObject | str, message: str) -> NoReturn:
    raise new_exception(t, message)


def raise_type_error(message: str) -> NoReturn:
    raise new_exception("TypeError", message)


def to_guest(exc: BaseException) -> ExcInstance:
    """The guest exception for a host one (itself when it already is a guest exception)."""
    if isinstance(exc, ExcInstance):
        return exc
    from ..errors import CompileError
    if isinstance(exc, CompileError):
        from ..modules.builtins import _compile_error
        return _compile_error(exc)
    t = None
    for cls in exc.__class__.__mro__:
        t = GUEST_EXCEPTIONS.get(cls.__name__)
        if t is not None:
            break
    args = exc.args
    if isinstance(exc, OSError):
        return _os_error(t, exc)
    if len(args) == 1 and isinstance(args[0], str):
        args = _HOST_ARGUMENTS.get(args[0]) or (_reworded(args[0]),)
    elif isinstance(exc, UnicodeError) and len(args) == 5:
        encoding, obj, start, end, reason = args
        args = (_CODEC_NAMES.get(encoding, encoding), obj, start, end,
                _CODEC_REASONS.get(reason, reason))
    guest = new_exception(t, *args)
    if isinstance(exc, StopIteration):
        guest.dict["value"] = exc.value
    return guest


def _os_error(t: TypeObject, exc: OSError) -> ExcInstance:
    """The guest OSError for a host one: its errno, strerror and file names (which the host
    keeps out of args, as OSError.__init__ does) set by the guest's OSError.__init__."""
    from .protocol import call_method
    args = exc.args
    if exc.filename is not None:
        args = (exc.errno, exc.strerror, exc.filename) + (
            (None, exc.filename2) if exc.filename2 is not None else ())
    guest = new_exception(t, *args)
    call_method(guest, "__init__", *args)
    return guest


def _reworded(message: str) -> str:
    new = _HOST_MESSAGES.get(message)
    if new:
        return new
    for pattern, replacement in _HOST_PATTERNS:
        match = pattern.fullmatch(message)
        if match:
            return replacement(match) if callable(replacement) else match.expand(replacement)
    return message


def stop_value(exc: BaseException) -> Any:
    """The value of a host or guest StopIteration."""
    if isinstance(exc, ExcInstance):
        from ..objects.exceptions import stop_iteration_value
        return stop_iteration_value(exc)
    return exc.value


def exception_matches(exc: BaseException, names: tuple[str, ...]) -> bool:
    """Whether a host or guest exception is an instance of one of the named builtin exceptions."""
    t = HOST_TYPES.get(exc.__class__) if isinstance(exc, ExcInstance) else None
    if t is None:
        return any(cls.__name__ in names for cls in exc.__class__.__mro__)
    return any(GUEST_EXCEPTIONS[name] in t.mro for name in names)
