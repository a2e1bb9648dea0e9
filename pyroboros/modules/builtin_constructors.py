"""The argument checks of builtin type constructors, worded as CPython 3.14 words them.

Mirrors the constructors of Python/bltinmodule.c (map_new with 3.14's strict=, zip_new),
Objects/enumobject.c (enum_vectorcall), Objects/funcobject.c (cm_init, sm_init),
Objects/descrobject.c (property_init), and the argument clinic of complex_new, bytes_new,
bytearray___init__, memoryview and unicode_new: type_call calls these in place of the host
constructors (protocol.HOST_CONSTRUCTORS), which then build the host values. Left out: the
constructors of subclasses, which run __new__ and __init__ through the type's dictionary.
"""
from __future__ import annotations

from typing import Any, Callable

from ..objects.callable_types import wrapper_init
from ..objects.code import Code
from ..objects.function import BoundMethod, Cell, ClassMethod, Function, Property, StaticMethod
from ..objects.module import Module
from ..objects.newer_methods import truth
from ..objects.typeobject import MISSING, TypeObject, type_of
from ..runtime import core_warnings, protocol
from ..runtime.errors import raise_error, raise_type_error
from ..runtime.getargs import Signature, check_positional


class _Map(map):
    """The constructor of the guest `map` (type_call calls its host): bltinmodule.c's map_new
    with 3.14's strict=. It returns plain host map objects, so their type stays `map`."""

    def __new__(cls, /, *args: Any, **kwargs: Any) -> Any:
        strict, = _STRICT["map"].unpack((), kwargs)
        if not strict or len(args) < 2:
            return map(*args)
        func, *iterables = args
        return map(lambda items: func(*items), _strict_zip([iter(x) for x in iterables]))


def _strict_zip(iters: list) -> Any:
    """zip_next's strict check, worded for map()."""
    while True:
        items = []
        for k, it in enumerate(iters):
            try:
                items.append(next(it))
            except StopIteration:
                if k:
                    plural = f"s 1-{k}" if k > 1 else " 1"
                    raise_error("ValueError", f"map() argument {k + 1} is shorter than argument{plural}")
                for j, other in enumerate(iters[1:], 2):
                    try:
                        next(other)
                    except StopIteration:
                        continue
                    plural = f"s 1-{j - 1}" if j > 2 else " 1"
                    raise_error("ValueError", f"map() argument {j} is longer than argument{plural}")
                return
        yield tuple(items)


_Map.__name__ = _Map.__qualname__ = "map"
_STRICT = {name: Signature(name, ("strict",), (False,), 0, 0) for name in ("map", "zip")}


def _zip(*args: Any, **kwargs: Any) -> Any:
    """bltinmodule.c: zip_new's keyword parsing ("|$p:zip")."""
    strict, = _STRICT["zip"].unpack((), kwargs)
    return zip(*args, strict=bool(strict))


def _enumerate(*args: Any, **kwargs: Any) -> Any:
    """Mirrors enumobject.c: enum_vectorcall, which parses its two arguments by hand."""
    names = list(kwargs)
    if len(args) + len(names) == 2:
        if len(names) == 2 and names[0] == "start":
            names.reverse()
        for name, expected in zip(names, ("iterable", "start")[len(args):]):
            if name != expected:
                raise_type_error(f"'{name}' is an invalid keyword argument for enumerate()")
        return enumerate(*args, *[kwargs[name] for name in names])
    if len(args) + len(names) == 1:
        if names and names[0] != "iterable":
            raise_type_error(f"'{names[0]}' is an invalid keyword argument for enumerate()")
        return enumerate(*args, *kwargs.values())
    if not args:
        raise_type_error("enumerate() missing required argument 'iterable'")
    raise_type_error(f"enumerate() takes at most 2 arguments ({len(args) + len(names)} given)")


def _counted(host: type, signature: Signature) -> Callable:
    """The host constructor, after the clinic's count and keyword checks."""
    def construct(*args: Any, **kwargs: Any) -> Any:
        signature.unpack(args, kwargs)
        return host(*args, **kwargs)
    return construct


def _str(*args: Any, **kwargs: Any) -> str:
    """Mirrors unicodeobject.c: unicode_vectorcall (positional arguments: counted, then
    arg_as_utf8's wording for encoding and errors); with keywords, unicode_new's clinic."""
    if kwargs:
        _STR.unpack(args, kwargs)
    else:
        check_positional("str", args, kwargs, 0, 3)
        for name, value in zip(("encoding", "errors"), args[1:]):
            if not isinstance(value, str):
                raise_type_error(f"str() argument '{name}' must be str, not {type_of(value).name}")
    return str(*args, **kwargs)


_STR = Signature("str", ("object", "encoding", "errors"), (MISSING, MISSING, MISSING), 0, 3)


def _complex(*args: Any, **kwargs: Any) -> complex:
    """complex_new's clinic, and 3.14's wording for a real part that is no number when an
    imaginary part is given."""
    real, imag = _COMPLEX.unpack(args, kwargs)
    if kwargs or len(args) > 1:
        core_warnings.complex_arguments(real, imag)
    try:
        return complex(*args, **kwargs)
    except TypeError as exc:
        if imag is MISSING or real is MISSING or not str(exc).startswith("complex() first argument"):
            raise
    raise_type_error(f"complex() argument 'real' must be a real number, not {type_of(real).name}")


_COMPLEX = Signature("complex", ("real", "imag"), (MISSING, MISSING), 0, 2)


def _one_function(host: type, name: str) -> Callable:
    """cm_init / sm_init: one positional argument, no keywords; the callable's identity is
    copied into the wrapper's dict (functools_wraps)."""
    def construct(*args: Any, **kwargs: Any) -> Any:
        check_positional(name, args, kwargs, 1, 1)
        wrapper = host(args[0])
        wrapper_init(wrapper, args[0])
        return wrapper
    return construct


_PROPERTY = Signature("property", ("fget", "fset", "fdel", "doc"), (None, None, None, None), 0, 4)
_FUNCTION = Signature("function", ("code", "globals", "name", "argdefs", "closure", "kwdefaults"),
                      (None, None, None, None), 0, 6)
_MODULE = Signature("module", ("name", "doc"), (None,), 0, 2)


def _function(*args: Any, **kwargs: Any) -> Function:
    """Mirrors funcobject.c: func_new_impl."""
    code, globals_, name, defaults, closure, kwdefaults = _FUNCTION.unpack(args, kwargs)
    if not isinstance(code, Code):
        raise_type_error(f"function() argument 'code' must be code, not {type_of(code).name}")
    if not isinstance(globals_, dict):
        raise_type_error(f"function() argument 'globals' must be dict, not {type_of(globals_).name}")
    if name is not None and not isinstance(name, str):
        raise_type_error("arg 3 (name) must be None or string")
    if defaults is not None and not isinstance(defaults, tuple):
        raise_type_error("arg 4 (defaults) must be None or tuple")
    nfree = len(code.co_freevars)
    if not isinstance(closure, tuple):
        if nfree and closure is None:
            raise_type_error("arg 5 (closure) must be tuple")
        if closure is not None:
            raise_type_error("arg 5 (closure) must be None or tuple")
    if kwdefaults is not None and not isinstance(kwdefaults, dict):
        raise_type_error("arg 6 (kwdefaults) must be None or dict")
    nclosure = 0 if closure is None else len(closure)
    if nfree != nclosure:
        raise_error("ValueError", f"{code.co_name} requires closure of length {nfree}, not {nclosure}")
    for cell in closure or ():
        if not isinstance(cell, Cell):
            raise_type_error(f"arg 5 (closure) expected cell, found {type_of(cell).name}")
    func = Function(code, globals_)
    if name is not None:
        func.name = name
    func.defaults, func.kwdefaults, func.closure = defaults, kwdefaults, closure
    return func


def _method(*args: Any, **kwargs: Any) -> BoundMethod:
    """Mirrors classobject.c: method_new."""
    if kwargs:
        raise_type_error("method() takes no keyword arguments")
    if len(args) != 2:
        raise_type_error(f"method expected 2 arguments, got {len(args)}")
    func, self_ = args
    if protocol.lookup_special(func, "__call__") is MISSING:
        raise_type_error("first argument must be callable")
    if self_ is None:
        raise_type_error("instance must not be None")
    return BoundMethod(func, self_)


def _module(*args: Any, **kwargs: Any) -> Module:
    """Mirrors moduleobject.c: module___init___impl (its argument clinic)."""
    name, doc = _MODULE.unpack(args, kwargs)
    if not isinstance(name, str):
        raise_type_error(f"module() argument 'name' must be str, not {type_of(name).name}")
    return Module(name, doc)


def _bool(*args: Any, **kwargs: Any) -> bool:
    """Mirrors boolobject.c: bool_vectorcall."""
    check_positional("bool", args, kwargs, 0, 1)
    return truth(args[0]) if args else False


def install(map_type: TypeObject) -> None:
    """Make type_call use these constructors for the exact builtin types."""
    map_type.host = _Map
    protocol.HOST_CONSTRUCTORS.update({
        zip: _zip,
        bool: _bool,
        enumerate: _enumerate,
        str: _str,
        complex: _complex,
        bytes: _counted(bytes, Signature("bytes", ("source", "encoding", "errors"), (0, 0, 0), 0, 3)),
        bytearray: _counted(bytearray, Signature("bytearray", ("source", "encoding", "errors"),
                                                 (0, 0, 0), 0, 3)),
        memoryview: _counted(memoryview, Signature("memoryview", ("object",), (), 0, 1)),
        Property: lambda *args, **kwargs: Property(*_PROPERTY.unpack(args, kwargs)),
        ClassMethod: _one_function(ClassMethod, "classmethod"),
        StaticMethod: _one_function(StaticMethod, "staticmethod"),
        Function: _function,
        BoundMethod: _method,
        Module: _module,
    })
