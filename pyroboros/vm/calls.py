"""Calling guest functions: binding arguments to a new frame.

Mirrors Python/ceval.c: initialize_locals (positional, *args, keywords, **kwargs, defaults)
with its error messages (too_many_positional, missing_arguments, unexpected keyword,
multiple values, positional-only passed as keyword), and _PyEvalFramePushAndInit.
Left out: vectorcall; keyword names are a host dict here.
"""
from __future__ import annotations

from typing import Any

from ..objects.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS
from ..bytecode.opcodes import COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR
from ..objects.function import Cell, Function
from ..objects.typeobject import MISSING
from ..runtime.errors import raise_type_error
from ..runtime.getargs import unexpected_keyword
from .decode import decoded
from .frame import Frame

GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _name_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def make_frame(func: Function, args: Any, kwargs: dict | None) -> Frame:
    """A new frame for func with its arguments bound (initialize_locals)."""
    code = func.code
    d = code._cache or decoded(code)
    fast = [MISSING] * d.nlocalsplus
    argcount = code.co_argcount
    flags = code.co_flags
    nargs = len(args)
    if nargs <= argcount and not kwargs and flags & 12 == 0 and not code.co_kwonlyargcount:
        # Positional arguments only, the rest (if any) from the defaults: no keyword matching.
        fast[:nargs] = args
        if nargs < argcount:
            defaults = func.defaults or ()
            first_default = argcount - len(defaults)
            if nargs < first_default:
                _raise_missing(func, list(code.co_localsplusnames[nargs:first_default]),
                               "positional")
            fast[nargs:argcount] = defaults[nargs - first_default:]
    else:
        _bind_general(func, code, fast, args, kwargs)
    return Frame(code, d, func.globals, func.builtins, None, fast, func)


def _bind_general(func: Function, code: Any, fast: list, args: Any, kwargs: dict | None) -> None:
    argcount = code.co_argcount
    kwonly = code.co_kwonlyargcount
    posonly = code.co_posonlyargcount
    flags = code.co_flags
    names = code.co_localsplusnames
    nargs = len(args)
    total = argcount + kwonly
    extra: dict | None = None
    if flags & CO_VARKEYWORDS:
        extra = {}
        fast[total + (1 if flags & CO_VARARGS else 0)] = extra
    n = min(nargs, argcount)
    fast[:n] = args[:n]
    if flags & CO_VARARGS:
        fast[total] = tuple(args[argcount:])
    elif nargs > argcount:
        _too_many_positional(func, code, nargs, kwargs)
    if kwargs:
        posonly_as_keyword = []
        for key, value in kwargs.items():
            try:
                index = names.index(key, posonly, total)
            except ValueError:
                index = -1
            if index < 0:
                if extra is not None:
                    extra[key] = value
                    continue
                if key in names[:posonly]:
                    posonly_as_keyword.append(key)
                    continue
                if not isinstance(key, str):
                    raise_type_error(f"{func.qualname}() keywords must be strings")
                unexpected_keyword(func.qualname, key, names[posonly:total])
            if fast[index] is not MISSING:
                raise_type_error(f"{func.qualname}() got multiple values for argument '{key}'")
            fast[index] = value
        if posonly_as_keyword:
            raise_type_error(f"{func.qualname}() got some positional-only arguments passed as "
                             f"keyword arguments: '{', '.join(posonly_as_keyword)}'")
    if nargs < argcount:
        defaults = func.defaults or ()
        first_default = argcount - len(defaults)
        missing = [names[i] for i in range(nargs, first_default) if fast[i] is MISSING]
        if missing:
            _raise_missing(func, missing, "positional")
        for i in range(max(nargs, first_default), argcount):
            if fast[i] is MISSING:
                fast[i] = defaults[i - first_default]
    if kwonly:
        kwdefaults = func.kwdefaults or {}
        missing = []
        for i in range(argcount, total):
            if fast[i] is MISSING:
                value = kwdefaults.get(names[i], MISSING)
                if value is MISSING:
                    missing.append(names[i])
                fast[i] = value
        if missing:
            _raise_missing(func, missing, "keyword-only")


def _raise_missing(func: Function, missing: list[str], kind: str) -> None:
    raise_type_error(f"{func.qualname}() missing {len(missing)} required {kind} "
                     f"argument{'s' if len(missing) > 1 else ''}: {_name_list(missing)}")


def _too_many_positional(func: Function, code: Any, nargs: int, kwargs: dict | None) -> None:
    argcount = code.co_argcount
    ndefaults = len(func.defaults or ())
    if ndefaults:
        expected = f"from {argcount - ndefaults} to {argcount} positional arguments"
    else:
        expected = f"{_plural(argcount, 'positional argument')}"
    kwonly_given = 0
    if kwargs:
        kwonly_names = code.co_localsplusnames[argcount:argcount + code.co_kwonlyargcount]
        kwonly_given = sum(1 for k in kwargs if k in kwonly_names)
    given = f"{nargs}"
    if kwonly_given:
        given = (f"{_plural(nargs, 'positional argument')} "
                 f"(and {_plural(kwonly_given, 'keyword-only argument')})")
    verb = "was" if nargs == 1 and not kwonly_given else "were"
    raise_type_error(f"{func.qualname}() takes {expected} but {given} {verb} given")


def make_generator(frame: Frame, func: Function) -> Any:
    """RETURN_GENERATOR: run the cell set-up before it, then suspend the frame just after it."""
    from ..objects.generator import Coroutine, Generator
    fast = frame.fast
    instrs = frame.decoded.instrs
    i = 0
    while True:
        opcode, arg, nxt = instrs[i]
        if opcode == RETURN_GENERATOR:
            break
        if opcode == COPY_FREE_VARS:
            fast[len(fast) - arg:] = func.closure
        elif opcode == MAKE_CELL:
            fast[arg] = Cell(fast[arg])
        i = nxt
    frame.pc = nxt
    if func.code.co_flags & CO_ASYNC_GENERATOR:
        from ..objects.asyncgen import AsyncGenerator
        return AsyncGenerator(frame, func)
    if func.code.co_flags & CO_COROUTINE:
        return Coroutine(frame, func)
    return Generator(frame, func)


def call_function(func: Function, args: Any, kwargs: dict | None) -> Any:
    """Call a guest function from host code: a nested run of the eval loop."""
    from .eval import execute
    frame = make_frame(func, args, kwargs)
    if func.code.co_flags & GENERATOR_FLAGS:
        return make_generator(frame, func)
    return execute(frame)
