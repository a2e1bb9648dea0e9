"""Methods of host-valued builtin types whose arguments 3.14 takes differently from the host.

Mirrors the argument clinic of Objects/unicodeobject.c: unicode_replace (3.13 made `count` a
keyword) and of unicode_splitlines, bytes_splitlines and bytearray_splitlines (3.13 made
`keepends` a `bool`, any object's truth): each wrapper checks the arguments as 3.14's clinic
does, then calls the host method positionally; bytes_translate and bytearray_translate check
their positional-only table before the keywords; int.is_integer (METH_NOARGS) and
bytearray.resize (METH_O) and float/complex.from_number (METH_O|METH_CLASS), which 3.14 added
(objects/newer_methods.py), count their arguments as their calling conventions do. Left out: the wording of the type errors of the remaining
methods.
"""
from __future__ import annotations

from typing import Any, Callable

from ..runtime.getargs import Signature, check_noargs, check_one
from .function import Builtin, BuiltinClassMethod, MethodDescriptor
from .typeobject import HOST_TYPES


def _replace(host: type) -> Callable:
    signature = Signature("replace", ("old", "new", "count"), (-1,), 2, 3)

    def replace(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return host.replace(self, *signature.unpack(args, kwargs))
    return replace


def _splitlines(host: type) -> Callable:
    signature = Signature("splitlines", ("keepends",), (False,), 0, 1)

    def splitlines(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        keepends, = signature.unpack(args, kwargs)
        return host.splitlines(self, bool(keepends))
    return splitlines


def _translate(host: type) -> Callable:
    signature = Signature("translate", ("table", "delete"), (b"",), 1, 2)

    def translate(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return host.translate(self, *signature.unpack(args, kwargs))
    return translate


def _noargs(name: str, fn: Callable) -> Callable:
    """A METH_NOARGS method (methodobject.c: method_vectorcall_NOARGS)."""
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        check_noargs(name, args, kwargs)
        return fn(self)
    return method


def _one(name: str, fn: Callable) -> Callable:
    """A METH_O method (methodobject.c: method_vectorcall_O)."""
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        check_one(name, args, kwargs)
        return fn(self, args[0])
    return method


def _class_one(name: str, fn: Callable) -> Callable:
    """A METH_O|METH_CLASS method: the class, then exactly one argument."""
    def method(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
        check_one(name, args, kwargs)
        return fn(cls, args[0])
    return method


def install() -> None:
    """Put the 3.14-checked methods in the types' dictionaries (with the methods 3.14 added,
    objects/newer_methods.py's, their calling conventions)."""
    for host, name, convention in [(int, "is_integer", _noargs), (bytearray, "resize", _one)]:
        owner = HOST_TYPES[host]
        descriptor = owner.dict[name]
        owner.dict[name] = MethodDescriptor(name, convention(f"{owner.name}.{name}", descriptor.fn),
                                            owner)
    for host in (float, complex):
        owner = HOST_TYPES[host]
        qualname = f"{owner.name}.from_number"
        fn = owner.dict["from_number"].func.fn
        owner.dict["from_number"] = BuiltinClassMethod(
            Builtin("from_number", _class_one(qualname, fn), qualname=qualname), owner)
    for host, name, make in [(str, "replace", _replace), (str, "splitlines", _splitlines),
                             (bytes, "splitlines", _splitlines),
                             (bytearray, "splitlines", _splitlines),
                             (bytes, "translate", _translate), (bytearray, "translate", _translate)]:
        owner = HOST_TYPES[host]
        fn = make(host)
        fn.__wrapped__ = getattr(host, name)   # its documentation is the host method's
        owner.dict[name] = MethodDescriptor(name, fn, owner)
