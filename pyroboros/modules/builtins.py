"""The builtins module.

Mirrors Python/bltinmodule.c: __build_class__ (metaclass calculation, __prepare__, running
the class body with the namespace as locals), print, len, iter/next, isinstance/issubclass,
getattr/setattr/hasattr/delattr, super (Objects/typeobject.c: super_init_without_args reads
the calling frame's first argument and __class__ cell), globals/locals/vars/dir, min/max,
sorted (and list.sort: objects/listsort.py), sum, compile/exec/eval (through our compiler),
and the builtin types and exceptions. Functions the host implements with the
same behaviour on guest values (abs, round, divmod, pow, hash, id, chr, ord, hex, repr, any,
all, ...) are the host's, wrapped as builtin_function_or_method. __import__ is
runtime/importer.py's. Left out: open(), input(), breakpoint, help.
"""
from __future__ import annotations

import itertools
import sys as _host_sys
from typing import Any

from ..objects import asyncgen, builtin_types as bt
from ..objects.exceptions import ExcInstance
from ..objects.listsort import list_sort
from ..objects.function import Builtin, Cell, ClassMethod, Function, Property, StaticMethod
from ..objects.module import Module
from ..objects.typeobject import MISSING, TypeObject, lookup, type_of
from ..objects.value_repr import value_repr, value_str
from ..runtime import protocol
from ..runtime.importer import guest_stdout, import_name
from ..runtime.errors import GUEST_EXCEPTIONS, raise_error, raise_type_error
from ..vm.frame import STATE, frame_locals
from .builtin_names import NAMES

BUILTINS: dict[str, Any] = {}


def builtin(name: str | None = None):
    def register(fn):
        key = name or fn.__name__.rstrip("_")
        fn.__name__ = fn.__qualname__ = key   # host argument errors then name the builtin
        BUILTINS[key] = Builtin(key, fn)
        return fn
    return register


def print_(*args: Any, sep: Any = " ", end: Any = "\n", file: Any = None, flush: bool = False) -> None:
    if sep is None:
        sep = " "
    elif not isinstance(sep, str):
        raise_type_error(f"sep must be None or a string, not {type_of(sep).name}")
    if end is None:
        end = "\n"
    elif not isinstance(end, str):
        raise_type_error(f"end must be None or a string, not {type_of(end).name}")
    if file is None:
        file = guest_stdout()
        if file is None:
            return
    if file is _host_sys.stdout:
        _host_sys.stdout.write(sep.join([a if a.__class__ is str else value_str(a) for a in args]) + end)
        if flush:
            _host_sys.stdout.flush()
        return
    write = protocol.getattr_(file, "write")
    for i, arg in enumerate(args):
        if i:
            write(sep)
        write(arg if arg.__class__ is str else value_str(arg))
    write(end)
    if flush:
        protocol.call_method(file, "flush")


print_.__name__ = print_.__qualname__ = "print"
BUILTINS["print"] = Builtin("print", print_)


def _update_bases(bases: tuple) -> tuple:
    """Mirrors bltinmodule.c: update_bases: non-class bases replaced by their __mro_entries__."""
    if all(isinstance(base, TypeObject) for base in bases):
        return bases
    new: list = []
    for base in bases:
        entries = MISSING if isinstance(base, TypeObject) else \
            protocol.getattr_or_missing(base, "__mro_entries__")
        if entries is MISSING:
            new.append(base)
            continue
        result = entries(bases)
        if not isinstance(result, tuple):
            raise_type_error("__mro_entries__ must return a tuple")
        new.extend(result)
    return tuple(new)


@builtin("__build_class__")
def build_class(*args: Any, **kwargs: Any) -> Any:
    """Mirrors bltinmodule.c: builtin___build_class__."""
    if len(args) < 2:
        raise_type_error("__build_class__: not enough arguments")
    func, name, *bases = args
    orig_bases = tuple(bases)
    bases = _update_bases(orig_bases)
    if not isinstance(func, Function):
        raise_type_error("__build_class__: func must be a function")
    if not isinstance(name, str):
        raise_type_error("__build_class__: name is not a string")
    meta = kwargs.pop("metaclass", MISSING)
    is_class = True
    if meta is MISSING:
        meta = type_of(bases[0]) if bases else bt.TYPE
    else:
        is_class = isinstance(meta, TypeObject)
    if is_class:
        for base in bases:
            base_meta = type_of(base)
            if protocol.is_subclass(meta, base_meta):
                continue
            if protocol.is_subclass(base_meta, meta):
                meta = base_meta
                continue
            raise_type_error("metaclass conflict: the metaclass of a derived class must be a "
                             "(non-strict) subclass of the metaclasses of all its bases")
    prepare = protocol.getattr_or_missing(meta, "__prepare__")
    ns = {} if prepare is MISSING else prepare(name, bases, **kwargs)
    if lookup(type_of(ns), "__getitem__") is MISSING:   # PyMapping_Check
        raise_type_error(f"{meta.name if is_class else '<metaclass>'}.__prepare__() must return "
                         f"a mapping, not {type_of(ns).name}")
    from ..vm.calls import make_frame
    from ..vm.eval import execute
    frame = make_frame(func, (), None)
    frame.locals = ns
    cell = execute(frame)
    if bases is not orig_bases:
        ns["__orig_bases__"] = orig_bases
    cls = meta(name, bases, ns, **kwargs)
    if isinstance(cell, Cell) and isinstance(cls, TypeObject) and cell.value is not cls:
        if cell.value is MISSING:
            raise_error("RuntimeError", f"__class__ not set defining {name!r} as {cls!r}. Was "
                                        "__classcell__ propagated to type.__new__?")
        raise_type_error(f"__class__ set to {cell.value!r} defining {name!r} as {cls!r}")
    return cls


class Super:
    """A super object (typeobject.c: superobject)."""

    __slots__ = ("start", "obj")

    def __init__(self, start: Any, obj: Any) -> None:
        self.start = start
        self.obj = obj

    def __repr__(self) -> str:
        obj_type = type_of(self.obj).name if self.obj is not None else "NULL"
        return f"<super: <class '{self.start.name}'>, <{obj_type} object>>"


def _super_new(cls: Any, *args: Any) -> Super:
    if not args:
        frame = STATE.frame
        code = frame.code if frame is not None else None
        if code is None or code.co_argcount == 0:
            raise_error("RuntimeError", "super(): no arguments")
        first = frame.fast[0]
        if isinstance(first, Cell):
            first = first.value
        cell_index = None
        for index, name in enumerate(code.co_localsplusnames):
            if name == "__class__" and code.co_localspluskinds[index] & 0x80:
                cell_index = index
        if cell_index is None:
            raise_error("RuntimeError", "super(): __class__ cell not found")
        start = frame.fast[cell_index].value
        if start is MISSING:
            raise_error("RuntimeError", "super(): empty __class__ cell")
        return Super(start, first)
    start = args[0]
    if not isinstance(start, TypeObject):
        raise_type_error(f"super() argument 1 must be a type, not {type_of(start).name}")
    obj = args[1] if len(args) > 1 else None
    if obj is not None and not (isinstance(obj, TypeObject) and protocol.is_subclass(obj, start)) \
            and not protocol.isinstance_(obj, start):
        kind = f"type {obj.name}" if isinstance(obj, TypeObject) else f"instance of {type_of(obj).name}"
        raise_type_error(f"super(type, obj): obj ({kind}) is not an instance or subtype of "
                         f"type ({start.name}).")
    return Super(start, obj)


def _super_getattribute(sup: Super, name: str) -> Any:
    if name != "__class__" and sup.obj is not None:
        value = protocol.super_lookup(sup.start, sup.obj, name)
        if value is not MISSING:
            return value
    return protocol.generic_getattr(sup, name)


SUPER = bt.make_type("super", Super, (bt.OBJECT,))
SUPER.dict["__new__"] = StaticMethod(Builtin("__new__", _super_new))
bt.method(SUPER, "__getattribute__", _super_getattribute)
bt.method(SUPER, "__repr__", repr)
bt.getset(SUPER, "__thisclass__", lambda s: s.start)
bt.getset(SUPER, "__self__", lambda s: s.obj)
bt.getset(SUPER, "__self_class__", lambda s: None if s.obj is None else s.obj
          if isinstance(s.obj, TypeObject) and protocol.is_subclass(s.obj, s.start) else type_of(s.obj))
SUPER.host = None
SUPER.layout = None
SUPER_BUILTIN = SUPER


@builtin()
def isinstance_(*args: Any) -> bool:
    if len(args) != 2:
        _wrong_arity("isinstance", args, 2, 2)
    return protocol.isinstance_(*args)


@builtin()
def issubclass_(*args: Any) -> bool:
    if len(args) != 2:
        _wrong_arity("issubclass", args, 2, 2)
    return protocol.issubclass_(*args)


def _wrong_arity(name: str, args: tuple, least: int, most: int) -> None:
    """Mirrors getargs.c: _PyArg_CheckPositional's error."""
    count = least if len(args) < least else most
    bound = "" if least == most else "at least " if len(args) < least else "at most "
    raise_type_error(f"{name} expected {bound}{count} argument{'s' if count != 1 else ''}, "
                     f"got {len(args)}")


@builtin()
def getattr_(*args: Any) -> Any:
    if not 2 <= len(args) <= 3:
        _wrong_arity("getattr", args, 2, 3)
    obj, name, *default = args
    if not isinstance(name, str):
        raise_type_error(f"attribute name must be string, not '{type_of(name).name}'")
    if default:
        value = protocol.getattr_or_missing(obj, name)
        return default[0] if value is MISSING else value
    return protocol.getattr_(obj, name)


@builtin()
def setattr_(obj: Any, name: Any, value: Any) -> None:
    if not isinstance(name, str):
        raise_type_error(f"attribute name must be string, not '{type_of(name).name}'")
    protocol.setattr_(obj, name, value)


@builtin()
def delattr_(obj: Any, name: Any) -> None:
    protocol.setattr_(obj, name, MISSING)


@builtin()
def hasattr_(obj: Any, name: Any) -> bool:
    if not isinstance(name, str):
        raise_type_error(f"attribute name must be string, not '{type_of(name).name}'")
    return protocol.getattr_or_missing(obj, name) is not MISSING


@builtin()
def globals_() -> dict:
    return STATE.frame.globals


@builtin()
def locals_() -> Any:
    return frame_locals(STATE.frame)


@builtin()
def vars_(*obj: Any) -> Any:
    if len(obj) > 1:
        raise TypeError(f"vars expected at most 1 argument, got {len(obj)}")
    if not obj:
        return locals_()
    value = protocol.getattr_or_missing(obj[0], "__dict__")
    if value is MISSING:
        raise_type_error("vars() argument must have __dict__ attribute")
    return value


@builtin()
def dir_(*obj: Any) -> list:
    if not obj:
        return sorted(locals_())
    return sorted(protocol.call_method(obj[0], "__dir__"))


@builtin()
def hash_(obj: Any, /) -> int:
    if obj.__class__ is slice:   # hashable since 3.12
        return hash((obj.start, obj.stop, obj.step))
    return hash(obj)


@builtin()
def sorted_(*args: Any, **kwargs: Any) -> list:
    """Mirrors bltinmodule.c: builtin_sorted (list.sort checks the keywords)."""
    if len(args) != 1:
        raise TypeError(f"sorted expected 1 argument, got {len(args)}")
    result = list(args[0])
    list_sort(result, **kwargs)
    return result


# list.sort must make CPython's comparisons in CPython's order, which the host's sort does not.
bt.method(bt.HOST_TYPES[list], "sort", list_sort)


@builtin()
def sum_(iterable: Any, /, start: Any = 0) -> Any:
    """Mirrors bltinmodule.c: builtin_sum_impl, with its compensated float summation."""
    if isinstance(start, (str, bytes, bytearray)):
        kind = {str: "strings", bytes: "bytes", bytearray: "bytearray"}[type(start)]
        what = "''.join(seq)" if kind == "strings" else "b''.join(seq)"
        raise TypeError(f"sum() can't sum {kind} [use {what} instead]")
    # a host for loop over the iterator would call its (guest) __iter__ a second time
    return _sum_items(map(next, itertools.repeat(iter(iterable))), start)


def _sum_items(it: Any, result: Any) -> Any:
    """sum()'s loop over an iterator (its float fast path switches from int without calling
    the iterable's __iter__ again)."""
    if result.__class__ is float:
        total, compensation = result, 0.0
        for item in it:
            if item.__class__ is float or (item.__class__ is int and -(1 << 52) < item < (1 << 52)):
                x = float(item)
                t = total + x
                if abs(total) >= abs(x):
                    compensation += (total - t) + x
                else:
                    compensation += (x - t) + total
                total = t
                continue
            if compensation and compensation - compensation == 0:
                total += compensation
            result = total + item
            break
        else:
            if compensation and compensation - compensation == 0:
                total += compensation
            return total
    elif result.__class__ is int:
        for item in it:
            if item.__class__ is int or item.__class__ is bool:
                result += item
                continue
            if item.__class__ is float:
                return _sum_items(it, result + item)
            result = result + item
            break
        else:
            return result
    for item in it:
        result = result + item
    return result


for _name in ("abs", "all", "any", "ascii", "bin", "chr", "divmod", "hex", "oct", "ord", "pow",
              "round", "min", "max", "aiter", "anext", "len", "repr", "id", "format",
              "iter", "next", "callable"):
    if hasattr(__builtins__ if isinstance(__builtins__, dict) else __builtins__, "get"):
        _fn = __builtins__.get(_name)
    else:
        _fn = getattr(__builtins__, _name, None)
    if _fn is not None:
        BUILTINS[_name] = Builtin(_name, _fn)

for _name in ("int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict",
              "set", "frozenset", "range", "slice", "bool", "memoryview", "object", "type"):
    BUILTINS[_name] = protocol.BUILTIN[_name]
for _name, _host in (("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter),
                     ("reversed", reversed)):
    BUILTINS[_name] = bt.describe_host_type(_host)
class _Map(map):
    """The constructor of the guest `map` (type_call calls its host): bltinmodule.c's map_new
    with 3.14's strict=. It returns plain host map objects, so their type stays `map`."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        strict = kwargs.pop("strict", False)
        if kwargs:
            raise_type_error(f"map() got an unexpected keyword argument '{next(iter(kwargs))}'")
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
BUILTINS["map"].host = _Map
BUILTINS["repr"] = Builtin("repr", value_repr)
BUILTINS["aiter"] = Builtin("aiter", asyncgen.aiter_)
BUILTINS["anext"] = Builtin("anext", asyncgen.anext_)
BUILTINS["property"] = bt.PROPERTY
BUILTINS["classmethod"] = bt.CLASSMETHOD
BUILTINS["staticmethod"] = bt.STATICMETHOD
BUILTINS["super"] = SUPER
BUILTINS.update(GUEST_EXCEPTIONS)
BUILTINS["EnvironmentError"] = BUILTINS["IOError"] = GUEST_EXCEPTIONS["OSError"]
BUILTINS.update({"None": None, "True": True, "False": False, "Ellipsis": ...,
                 "NotImplemented": NotImplemented, "__debug__": True, "__name__": "builtins",
                 "__doc__": "Built-in functions, types, exceptions, and other objects."})


# --- compile, exec, eval -----------------------------------------------------------------------

def _compile_error(error: Any) -> Any:
    """A host CompileError (pyroboros/errors.py) as the guest SyntaxError it stands for."""
    from ..runtime.errors import new_exception
    details = (error.filename, error.lineno, error.offset, error.text, error.end_lineno,
               error.end_offset)
    # an error raised without a location (PyErr_SetString) has the message as its only argument
    args = (error.msg, details) if details != (None,) * 6 else (error.msg,)
    exc = new_exception(error.kind if error.kind in GUEST_EXCEPTIONS else "SyntaxError", *args)
    _syntax_error_fields(exc, args)
    return exc


def _syntax_error_fields(exc: Any, args: tuple) -> None:
    names = ("filename", "lineno", "offset", "text", "end_lineno", "end_offset")
    exc.dict["msg"] = args[0] if args else None
    values = args[1] if len(args) == 2 and isinstance(args[1], tuple) else ()
    for name, value in zip(names, (*values, *([None] * 6))):
        exc.dict[name] = value
    exc.dict["print_file_and_line"] = None


def _syntax_error_init(exc: Any, *args: Any) -> None:
    exc.g_args = args
    _syntax_error_fields(exc, args)


def _syntax_error_str(exc: Any) -> str:
    from ..errors import CompileError
    d = exc.dict
    msg = d.get("msg")
    if not isinstance(msg, str):
        return str(msg)
    filename = d.get("filename")
    return str(CompileError("SyntaxError", msg, filename if isinstance(filename, str) else None,
                            d.get("lineno") if isinstance(d.get("lineno"), int) else None))


_SYNTAX_ERROR = GUEST_EXCEPTIONS["SyntaxError"]
bt.method(_SYNTAX_ERROR, "__init__", _syntax_error_init)
bt.method(_SYNTAX_ERROR, "__str__", _syntax_error_str)
for _field in ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
               "print_file_and_line"):
    bt.getset(_SYNTAX_ERROR, _field, lambda e, _f=_field: e.dict.get(_f),
              lambda e, v, _f=_field: e.dict.__setitem__(_f, v))


def _to_code(source: Any, filename: str, mode: str, caller: str) -> Any:
    from ..errors import CompileError
    from ..objects.code import Code
    if isinstance(source, Code):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source)
    elif not isinstance(source, str):
        raise_type_error(f"{caller}() arg 1 must be a string, bytes or code object")
    if isinstance(source, str) and "\0" in source:
        from ..errors import CompileError
        raise _compile_error(CompileError("SyntaxError", "source code string cannot contain null bytes"))
    from ..compiler import compile_source
    try:
        return compile_source(source, filename, mode)
    except CompileError as error:
        raise _compile_error(error) from None


@builtin()
def compile_(source: Any, filename: Any, mode: Any, flags: Any = 0, dont_inherit: Any = False,
             optimize: Any = -1, *, _feature_version: Any = -1) -> Any:
    if mode not in ("exec", "eval", "single"):
        raise_error("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")
    return _to_code(source, str(filename), mode, "compile")


def _run_code(code: Any, globals_: Any, locals_: Any, caller: str) -> Any:
    from ..vm.decode import decoded
    from ..vm.eval import execute
    from ..vm.frame import Frame
    frame = STATE.frame
    if globals_ is None:
        globals_ = frame.globals
        if locals_ is None:
            locals_ = frame_locals(frame)
    elif not isinstance(globals_, dict):
        raise_type_error(f"{caller}() globals must be a dict, not {type_of(globals_).name}")
    if locals_ is None:
        locals_ = globals_
    if "__builtins__" not in globals_:
        globals_["__builtins__"] = BUILTINS
    builtins_ = builtins_of(globals_)
    d = decoded(code)
    new = Frame(code, d, globals_, builtins_, locals_, [MISSING] * d.nlocalsplus, None)
    return execute(new)


@builtin()
def exec_(source: Any, globals: Any = None, locals: Any = None, /, *, closure: Any = None) -> None:
    _run_code(_to_code(source, "<string>", "exec", "exec"), globals, locals, "exec")


@builtin()
def eval_(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    if isinstance(source, str):
        source = source.lstrip(" \t")
    return _run_code(_to_code(source, "<string>", "eval", "eval"), globals, locals, "eval")


BUILTINS["__import__"] = Builtin("__import__", import_name)
_ours = dict(BUILTINS)
BUILTINS.clear()
BUILTINS.update({name: _ours.pop(name) for name in NAMES if name in _ours})
BUILTINS.update(_ours)
MODULE = Module("builtins", BUILTINS["__doc__"])
MODULE.dict = BUILTINS


def builtins_of(globals_: dict) -> dict:
    """The builtins a frame with these globals uses (`__builtins__`, a module or a dict)."""
    value = globals_.get("__builtins__", BUILTINS)
    if isinstance(value, Module):
        return value.dict
    return value if isinstance(value, dict) else BUILTINS
