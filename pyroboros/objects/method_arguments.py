"""Methods of host-valued builtin types whose arguments 3.14 takes differently from the host.

Mirrors the argument clinic of Objects/unicodeobject.c: unicode_replace (3.13 made `count` a
keyword) and of unicode_splitlines, bytes_splitlines and bytearray_splitlines (3.13 made
`keepends` a `bool`, any object's truth): each wrapper checks the arguments as 3.14's clinic
does, then calls the host method positionally; bytes_translate and bytearray_translate check
their positional-only table before the keywords; int.is_integer (METH_NOARGS) and
bytearray.resize (METH_O) and float/complex.from_number (METH_O|METH_CLASS), which 3.14 added
(objects/newer_methods.py), count their arguments as their calling conventions do; the slot
wrappers of __setitem__, __setattr__, __set__, __get__, __delete__, __delitem__, __delattr__,
__pow__ and __rpow__ count theirs as typeobject.c's wrap_* functions do; bytearray.extend
refuses a str as 3.14 does, int.from_bytes reports a missing argument before an unexpected
keyword. Left out: the wording of the type errors of the remaining methods.
"""
from __future__ import annotations

from typing import Any, Callable

from ..runtime.errors import raise_type_error
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


def _extend(self: bytearray, iterable_of_ints: Any) -> None:
    """Mirrors bytearrayobject.c: bytearray_extend (3.14 refuses a str before iterating it)."""
    if isinstance(iterable_of_ints, str):
        raise_type_error("expected iterable of integers; got: 'str'")
    bytearray.extend(self, iterable_of_ints)


def _from_bytes(fn: Callable) -> Callable:
    """Mirrors longobject.c: int_from_bytes_impl's clinic (a missing `bytes` is reported
    before an unexpected keyword), then the host's int.from_bytes."""
    signature = Signature("from_bytes", ("bytes", "byteorder", "signed"), ("big", False), 0, 2)

    def from_bytes(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
        data, byteorder, signed = signature.unpack(args, kwargs)
        return fn(cls, data, byteorder, signed=signed)
    return from_bytes


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


# typeobject.c's wrap_* functions whose argument checks the host words differently or the
# interpreter's own slot functions would not make: the positional arguments each takes after
# self, and the name its count error starts with (wrap_objobjargproc, wrap_setattr,
# wrap_descr_set and wrap_descr_get name themselves; check_num_args names nothing)
_SLOT_ARGUMENTS = {"__setitem__": (2, 2, "__setitem__ "), "__setattr__": (2, 2, "__setattr__ "),
                   "__set__": (2, 2, "__set__ "), "__get__": (1, 2, "__get__ "),
                   "__delete__": (1, 1, ""), "__delitem__": (1, 1, ""), "__delattr__": (1, 1, ""),
                   "__pow__": (1, 2, ""), "__rpow__": (1, 2, "")}


def counting_slot_arguments(name: str, fn: Callable) -> Callable:
    """fn, its arguments checked first as the slot's wrap_* function checks them when it is
    one of those (wrapperdescr_call refuses keywords before)."""
    bounds = _SLOT_ARGUMENTS.get(name)
    if bounds is None:
        return fn
    least, most, prefix = bounds

    def slot(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            raise_type_error(f"wrapper {name}() takes no keyword arguments")
        count = len(args)
        if not least <= count <= most:
            if least != most and not prefix:   # wrap_ternaryfunc
                raise_type_error(f"expected {least} or {most} arguments, got {count}")
            bound = "" if least == most else "at least " if count < least else "at most "
            expected = least if count < least else most
            raise_type_error(f"{prefix}expected {bound}{expected} argument"
                             f"{'s' if expected != 1 else ''}, got {count}")
        return fn(self, *args)
    return slot


def install() -> None:
    """Put the 3.14-checked methods in the types' dictionaries (with the methods 3.14 added,
    objects/newer_methods.py's, their calling conventions)."""
    for host, name, convention in [(int, "is_integer", _noargs), (bytearray, "resize", _one)]:
        owner = HOST_TYPES[host]
        descriptor = owner.dict[name]
        owner.dict[name] = MethodDescriptor(name, convention(f"{owner.name}.{name}", descriptor.fn),
                                            owner)
    owner = HOST_TYPES[bytearray]
    owner.dict["extend"] = MethodDescriptor("extend", _one("bytearray.extend", _extend), owner)
    owner = HOST_TYPES[int]
    owner.dict["from_bytes"] = BuiltinClassMethod(
        Builtin("from_bytes", _from_bytes(owner.dict["from_bytes"].func.fn),
                qualname="int.from_bytes"), owner)
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
