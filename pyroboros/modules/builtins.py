"""The builtins module.

Mirrors Python/bltinmodule.c: __build_class__ (metaclass calculation, __prepare__, running
the class body with the namespace as locals), print, input, len, iter/next,
isinstance/issubclass, getattr/setattr/hasattr/delattr, super (Objects/typeobject.c:
super_init_without_args reads the calling frame's first argument and __class__ cell),
globals/locals/vars/dir, min/max, sorted (and list.sort: objects/listsort.py), sum,
compile/exec/eval (through our compiler), and the builtin types and exceptions. Every
function checks its arguments with its CPython calling convention (runtime/getargs.py); the
type constructors' checks are modules/builtin_constructors.py's, exit and quit
modules/site_builtins.py's. Functions the host implements with the same behaviour on guest
values (abs, round, divmod, pow, id, ord, hex, any, all, ...) are the host's, wrapped as
builtin_function_or_method. __import__ is runtime/importer.py's, open() modules/io_open.py's.
Left out: input()'s readline editing on a terminal.
"""
from __future__ import annotations

import builtins as builtins_module
import itertools
import sys as _host_sys
from typing import Any

from ..objects import asyncgen, builtin_types as bt, genericalias, method_arguments  # noqa: F401
from ..objects.exceptions import ExcInstance
from ..objects.listsort import list_sort
from ..objects.newer_methods import truth
from ..objects.function import Builtin, Cell, ClassMethod, Function, Property
from ..objects.module import Module
from ..objects.superobject import SUPER, Super  # noqa: F401  (vm/ops.py's LOAD_SUPER_ATTR)
from ..objects.typeobject import MISSING, TypeObject, lookup, type_of
from ..objects.value_repr import value_repr, value_str
from ..runtime import protocol, signals
from ..runtime.abstract import NUMBER_BUILTINS, power
from ..runtime.importer import guest_stdout, import_name
from ..runtime.errors import GUEST_EXCEPTIONS, raise_error, raise_type_error
from ..vm.frame import STATE, frame_locals
from ..runtime.getargs import (Signature, as_c_int, as_str, checked_noargs, checked_one,
                               checked_positional)
from . import builtin_constructors, io_open, site_builtins
from .builtin_names import DOCS, NAMES

BUILTINS: dict[str, Any] = {}


NOARGS = "noargs"
ONE = "one"


def builtin(name: str | None = None, args: Any = None):
    """Register fn as the builtin `name`, its arguments checked as CPython checks them: args is
    NOARGS, ONE (METH_O), (least, most) (positional only), a Signature, or None (fn checks)."""
    def register(fn):
        key = name or fn.__name__.rstrip("_")
        fn.__name__ = fn.__qualname__ = key
        BUILTINS[key] = Builtin(key, _checked(key, fn, args))
        return fn
    return register


def _checked(name: str, fn: Any, args: Any) -> Any:
    if args is None:
        return fn
    if args == NOARGS:
        return checked_noargs(name, fn)
    if args == ONE:
        return checked_one(name, fn)
    if isinstance(args, Signature):
        return args.wrap(fn)
    return checked_positional(name, fn, *args)


def print_(*args: Any) -> None:
    """Mirrors bltinmodule.c: builtin_print_impl; the last four arguments are sep, end, file
    and flush."""
    *args, sep, end, file, flush = args
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


_PRINT = Signature("print", ("sep", "end", "file", "flush"), (None, None, None, False), 0, 0, True)


@builtin("print")
def _print_checked(*args: Any, **kwargs: Any) -> None:
    print_(*args, *_PRINT.unpack((), kwargs))


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


SUPER_BUILTIN = SUPER


@builtin(args=(2, 2))
def isinstance_(obj: Any, classinfo: Any) -> bool:
    return protocol.isinstance_(obj, classinfo)


@builtin(args=(2, 2))
def issubclass_(cls: Any, classinfo: Any) -> bool:
    return protocol.issubclass_(cls, classinfo)


def _attribute_name(name: Any) -> None:
    if not isinstance(name, str):
        raise_type_error(f"attribute name must be string, not '{type_of(name).name}'")


@builtin(args=(2, 3))
def getattr_(obj: Any, name: Any, *default: Any) -> Any:
    _attribute_name(name)
    if default:
        value = protocol.getattr_or_missing(obj, name)
        return default[0] if value is MISSING else value
    return protocol.getattr_(obj, name)


@builtin(args=(3, 3))
def setattr_(obj: Any, name: Any, value: Any) -> None:
    _attribute_name(name)
    protocol.setattr_(obj, name, value)


@builtin(args=(2, 2))
def delattr_(obj: Any, name: Any) -> None:
    _attribute_name(name)
    protocol.setattr_(obj, name, MISSING)


@builtin(args=(2, 2))
def hasattr_(obj: Any, name: Any) -> bool:
    _attribute_name(name)
    return protocol.getattr_or_missing(obj, name) is not MISSING


@builtin(args=NOARGS)
def globals_() -> dict:
    return STATE.frame.globals


@builtin(args=NOARGS)
def locals_() -> Any:
    return frame_locals(STATE.frame)


@builtin(args=(0, 1))
def vars_(*obj: Any) -> Any:
    if not obj:
        return locals_()
    value = protocol.getattr_or_missing(obj[0], "__dict__")
    if value is MISSING:
        raise_type_error("vars() argument must have __dict__ attribute")
    return value


@builtin(args=(0, 1))
def dir_(*obj: Any) -> list:
    """Mirrors object.c: PyObject_Dir (the names of the scope, or the object's __dir__(),
    as a sorted list)."""
    names = list(locals_() if not obj else protocol.call_method(obj[0], "__dir__"))
    list_sort(names)
    return names


@builtin(args=ONE)
def hash_(obj: Any) -> int:
    from ..objects.newer_methods import guest_hash
    return guest_hash(obj)


def sys_stream(name: str) -> Any:
    """sys.<name> as the guest set it (None when missing)."""
    from ..runtime.importer import INTERP
    if INTERP.sys is None:
        return getattr(_host_sys, name)
    return INTERP.sys.dict.get(name)


def _flush(stream: Any) -> None:
    """_PyFile_Flush with its errors cleared, as builtin_input_impl does."""
    try:
        protocol.call_method(stream, "flush")
    except Exception:
        pass


@builtin(args=(0, 1))
def input_(*prompt: Any) -> str:
    """Mirrors bltinmodule.c: builtin_input_impl's non-interactive path and fileobject.c:
    PyFile_GetLine."""
    streams = {}
    for name in ("stdin", "stdout", "stderr"):
        streams[name] = sys_stream(name)
        if streams[name] is None:
            raise_error("RuntimeError", f"input(): lost sys.{name}")
    _flush(streams["stderr"])
    if prompt:
        protocol.call_method(streams["stdout"], "write", value_str(prompt[0]))
    _flush(streams["stdout"])
    signals.wait_for_terminal(streams["stdin"])   # Ctrl-C while a terminal is read
    line = protocol.call_method(streams["stdin"], "readline")
    if not isinstance(line, (str, bytes)):
        raise_type_error("object.readline() returned non-string")
    if not line:
        raise_error("EOFError", "EOF when reading a line")
    return line[:-1] if line[-1:] in ("\n", b"\n") else line


@builtin(args=Signature("pow", ("base", "exp", "mod"), (None,), 0, 3))
def pow_(base: Any, exp: Any, mod: Any) -> Any:
    """Mirrors abstract.c: ternary_op with 3.14's typeobject.c: slot_nb_power, which lets a
    three-argument pow() fall back on the exponent's __rpow__ (the host's does not)."""
    if mod is None:
        return power(base, exp)
    try:
        return pow(base, exp, mod)
    except TypeError as exc:
        names = ", ".join(f"'{type_of(x).name}'" for x in (base, exp, mod))
        if str(exc) != f"unsupported operand type(s) for ** or pow(): {names}":
            raise
        exp_type = type_of(exp)
        rpow = lookup(exp_type, "__rpow__")
        if exp_type is type_of(base) or rpow is MISSING or rpow is None:
            raise
        result = protocol.bind(rpow, exp, exp_type)(base, mod)
        if result is NotImplemented:
            raise
        return result


@builtin()
def breakpoint_(*args: Any, **kwargs: Any) -> Any:
    """Mirrors bltinmodule.c: builtin_breakpoint: sys.breakpointhook(*args, **kws)."""
    hook = sys_stream("breakpointhook")
    if hook is None:
        raise_error("RuntimeError", "lost sys.breakpointhook")
    return hook(*args, **kwargs)


@builtin(args=ONE)
def all_(iterable: Any) -> bool:
    """Mirrors bltinmodule.c: builtin_all (truth through PyObject_IsTrue, which the host's
    all() would take from an older host for NotImplemented)."""
    return all(map(truth, iterable))


@builtin(args=ONE)
def any_(iterable: Any) -> bool:
    """Mirrors bltinmodule.c: builtin_any."""
    return any(map(truth, iterable))


@builtin(args=ONE)
def chr_(i: Any) -> str:
    """Mirrors bltinmodule.c: builtin_chr (an index too large for a C long is out of range)."""
    try:
        return chr(i)
    except OverflowError:
        raise_error("ValueError", "chr() arg not in range(0x110000)")


@builtin()
def sorted_(*args: Any, **kwargs: Any) -> list:
    """Mirrors bltinmodule.c: builtin_sorted (list.sort checks the keywords)."""
    if len(args) != 1:
        raise_type_error(f"sorted expected 1 argument, got {len(args)}")
    result = list(args[0])
    list_sort(result, **kwargs)
    return result


# list.sort must make CPython's comparisons in CPython's order, which the host's sort does not.
bt.method(bt.HOST_TYPES[list], "sort", list_sort)
method_arguments.install()


@builtin(args=Signature("sum", ("iterable", "start"), (0,), 1, 2))
def sum_(iterable: Any, start: Any) -> Any:
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


# The host's functions where they behave as 3.14's on guest values, with 3.14's argument checks
# (abs, divmod and pow word their TypeErrors through runtime/abstract.py).
_HOST_FUNCTIONS = {
    "abs": ONE, "ascii": ONE, "bin": ONE, "callable": ONE,
    "hex": ONE, "id": ONE, "len": ONE, "oct": ONE, "ord": ONE,
    "divmod": (2, 2), "format": (1, 2), "iter": (1, 2), "next": (1, 2),
    "round": Signature("round", ("number", "ndigits"), (None,), 0, 2),
}
for _name, _args in _HOST_FUNCTIONS.items():
    _fn = NUMBER_BUILTINS.get(_name) or getattr(builtins_module, _name)
    BUILTINS[_name] = Builtin(_name, _checked(_name, _fn, _args))


def _min_max(fn: Any, name: str) -> Any:
    """The host's min or max, with bltinmodule.c: min_max's argument checks."""
    signature = Signature(name, ("key", "default"), (None, MISSING), 0, 0)

    def checked(*args: Any, **kwargs: Any) -> Any:
        if not args:
            raise_type_error(f"{name} expected at least 1 argument, got 0")
        key, default = signature.unpack((), kwargs)
        if default is not MISSING:
            return fn(*args, key=key, default=default)
        try:
            return fn(*args, key=key)
        except ValueError as exc:   # PyPy's host words it "arg is an empty sequence"
            if isinstance(exc, ExcInstance) or exc.args != ("arg is an empty sequence",):
                raise
        raise_error("ValueError", f"{name}() iterable argument is empty")
    checked.__name__ = checked.__qualname__ = name
    checked.__wrapped__ = fn
    return checked


BUILTINS["min"] = Builtin("min", _min_max(min, "min"))
BUILTINS["max"] = Builtin("max", _min_max(max, "max"))

for _name in ("int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict",
              "set", "frozenset", "range", "slice", "bool", "memoryview", "object", "type"):
    BUILTINS[_name] = protocol.BUILTIN[_name]
for _name, _host in (("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter),
                     ("reversed", reversed)):
    BUILTINS[_name] = bt.describe_host_type(_host)
builtin_constructors.install(BUILTINS["map"])
BUILTINS["repr"] = Builtin("repr", checked_one("repr", value_repr))
BUILTINS["aiter"] = Builtin("aiter", checked_one("aiter", asyncgen.aiter_))
BUILTINS["anext"] = Builtin("anext", checked_positional("anext", asyncgen.anext_, 1, 2))
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
               "print_file_and_line", "_metadata"):
    bt.member(_SYNTAX_ERROR, _field, lambda e, _f=_field: e.dict.get(_f),
              lambda e, v, _f=_field: e.dict.__setitem__(_f, v))


def _source_text(source: Any, caller: str, kinds: str) -> str | bytes:
    """Mirrors pythonrun.c: _Py_SourceAsString: the text of a str, bytes or buffer source."""
    from ..errors import CompileError
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = bytes(source)
    elif not isinstance(source, str):
        raise_type_error(f"{caller}() arg 1 must be a {kinds} object")
    if ("\0" if isinstance(source, str) else b"\0") in source:
        raise _compile_error(CompileError("SyntaxError", "source code string cannot contain null bytes"))
    return source


def _compiled(source: str | bytes, filename: str, mode: str) -> Any:
    from ..compiler import compile_source
    from ..errors import CompileError
    try:
        return compile_source(source, filename, mode)
    except CompileError as error:
        raise _compile_error(error) from None


def _fs_path(value: Any) -> str:
    """Mirrors unicodeobject.c: PyUnicode_FSDecoder (str, bytes or os.PathLike)."""
    path = protocol.fspath(value)
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path


# compile()'s valid flags: PyCF_MASK, PyCF_MASK_OBSOLETE and PyCF_COMPILE_MASK (compile.h)
_COMPILE_FLAGS = 0x1fef610


@builtin(args=Signature("compile", ("source", "filename", "mode", "flags", "dont_inherit",
                                    "optimize", "_feature_version"), (0, False, -1, -1), 0, 6))
def compile_(source: Any, filename: Any, mode: Any, flags: Any, dont_inherit: Any,
             optimize: Any, _feature_version: Any) -> Any:
    """Mirrors bltinmodule.c: builtin_compile_impl and its clinic conversions (flags are
    checked, not applied)."""
    from ..objects.code import Code
    filename = _fs_path(filename)
    mode = as_str("compile", "mode", mode)
    flags = as_c_int(flags)
    bool(dont_inherit)
    optimize = as_c_int(optimize)
    as_c_int(_feature_version)
    if flags & ~_COMPILE_FLAGS:
        raise_error("ValueError", "compile(): unrecognised flags")
    if not -1 <= optimize <= 2:
        raise_error("ValueError", "compile(): invalid optimize value")
    if mode not in ("exec", "eval", "single"):
        raise_error("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")
    if isinstance(source, Code):
        return source
    return _compiled(_source_text(source, "compile", "string, bytes or AST"), filename, mode)


def _namespaces(globals_: Any, locals_: Any) -> tuple[dict, Any]:
    """The globals and locals of exec()/eval(): the caller's when globals is None, and the
    globals given `__builtins__` as ceval.c does."""
    frame = STATE.frame
    if globals_ is None:
        globals_ = frame.globals
        if locals_ is None:
            locals_ = frame_locals(frame)
    elif locals_ is None:
        locals_ = globals_
    return globals_, locals_


def _run_code(code: Any, globals_: dict, locals_: Any, closure: Any = None) -> Any:
    """Mirrors ceval.c: PyEval_EvalCodeEx: a frame for code over these namespaces."""
    from ..vm.decode import decoded
    from ..vm.eval import execute
    from ..vm.frame import Frame
    if "__builtins__" not in globals_:
        globals_["__builtins__"] = BUILTINS
    func = None
    if closure is not None:
        func = Function(code, globals_)
        func.closure = closure
    d = decoded(code)
    new = Frame(code, d, globals_, builtins_of(globals_), locals_, [MISSING] * d.nlocalsplus, func)
    return execute(new)


def _is_mapping(value: Any) -> bool:
    """Mirrors abstract.c: PyMapping_Check (the type has __getitem__)."""
    return lookup(type_of(value), "__getitem__") not in (MISSING, None)


@builtin(args=Signature("exec", ("source", "globals", "locals", "closure"), (None, None, None), 1, 3))
def exec_(source: Any, globals: Any, locals: Any, closure: Any) -> None:
    """Mirrors bltinmodule.c: builtin_exec_impl."""
    from ..objects.code import Code
    globals, locals = _namespaces(globals, locals)
    if not isinstance(globals, dict):
        raise_type_error(f"exec() globals must be a dict, not {type_of(globals).name}")
    if not _is_mapping(locals):
        raise_type_error(f"locals must be a mapping or None, not {type_of(locals).name}")
    if isinstance(source, Code):
        free = len(source.co_freevars)
        if not free:
            if closure is not None:
                raise_type_error("cannot use a closure with this code object")
        elif not (type(closure) is tuple and len(closure) == free
                  and all(isinstance(cell, Cell) for cell in closure)):
            raise_type_error(f"code object requires a closure of exactly length {free}")
        _run_code(source, globals, locals, closure)
        return
    if closure is not None:
        raise_type_error("closure can only be used when source is a code object")
    _run_code(_compiled(_source_text(source, "exec", "string, bytes or code"), "<string>", "exec"),
              globals, locals)


@builtin(args=Signature("eval", ("source", "globals", "locals"), (None, None), 1, 3))
def eval_(source: Any, globals: Any, locals: Any) -> Any:
    """Mirrors bltinmodule.c: builtin_eval_impl."""
    from ..objects.code import Code
    if locals is not None and not _is_mapping(locals):
        raise_type_error("locals must be a mapping")
    if globals is not None and not isinstance(globals, dict):
        raise_type_error("globals must be a real dict; try eval(expr, {}, mapping)"
                         if _is_mapping(globals) else "globals must be a dict")
    globals, locals = _namespaces(globals, locals)
    if isinstance(source, Code):
        if source.co_freevars:
            raise_type_error("code object passed to eval() may not contain free variables")
        return _run_code(source, globals, locals)
    text = _source_text(source, "eval", "string, bytes or code")
    text = text.lstrip(" \t" if isinstance(text, str) else b" \t")
    return _run_code(_compiled(text, "<string>", "eval"), globals, locals)


BUILTINS["__import__"] = Builtin("__import__", Signature(
    "__import__", ("name", "globals", "locals", "fromlist", "level"), (None, None, (), 0), 0, 5).wrap(import_name))
site_builtins.install(BUILTINS)
io_open.install(BUILTINS)
for _name, (_doc, _signature) in DOCS.items():
    # the guest reads python3.14's documentation, not this module's docstrings
    _value = BUILTINS.get(_name)
    if isinstance(_value, Builtin):
        _value.fn.__doc__, _value.fn.__text_signature__ = _doc, _signature
_ours = dict(BUILTINS)
BUILTINS.clear()
BUILTINS.update({name: _ours.pop(name) for name in NAMES if name in _ours})
BUILTINS.update(_ours)
MODULE = Module("builtins", BUILTINS["__doc__"])
MODULE.dict = BUILTINS
MODULE.adopt_functions()


def builtins_of(globals_: dict) -> dict:
    """The builtins a frame with these globals uses (`__builtins__`, a module or a dict)."""
    value = globals_.get("__builtins__", BUILTINS)
    if isinstance(value, Module):
        return value.dict
    return value if isinstance(value, dict) else BUILTINS
