"""The guest `sys` module.

Mirrors Python/sysmodule.c (_PySys_InitCore's constants, _PySys_UpdateConfig's argv, path,
flags and dont_write_bytecode; sys.exit, intern, get/setrecursionlimit, exc_info/exception,
_getframe) and Objects/structseq.c for the named tuples (version_info, flags). The recursion
limit is the VM's (vm/frame.py: STATE.limit); stdin/stdout/stderr start as the host's streams
(print() writes to whatever sys.stdout is). Left out: tracing and profiling hooks, audit hooks, float_info/int_info/
hash_info, getsizeof, stdlib_module_names (the standard library is not on sys.path).
"""
from __future__ import annotations

import os
import sys as _host_sys
from typing import Any

from ..objects import builtin_types as bt
from ..objects import io_types  # noqa: F401  (the guest types of the streams below)
from ..objects.function import Builtin
from ..objects.module import Module
from ..objects.typeobject import type_of
from ..runtime.displayhook import displayhook
from ..runtime.errors import GUEST_EXCEPTIONS, raise_error, raise_type_error
from ..runtime.getargs import as_c_int, check_positional, no_keywords
from ..runtime.pythonrun import EXCEPTHOOK
from ..vm.frame import STATE

CACHE_TAG = "pyroboros-314"
VERSION_INFO_FIELDS = ("major", "minor", "micro", "releaselevel", "serial")
FLAGS_FIELDS = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                "warn_default_encoding", "safe_path", "int_max_str_digits")


def struct_seq(qualified: str, fields: tuple[str, ...]) -> type:
    """A named-tuple type whose guest repr is `qualified(field=value, ...)` (structseq.c)."""
    module, _, name = qualified.rpartition(".")

    class StructSeq(tuple):
        __slots__ = ()

        def __repr__(self) -> str:
            inner = ", ".join(f"{field}={value!r}" for field, value in zip(fields, self))
            return f"{qualified}({inner})"

    StructSeq.__name__ = StructSeq.__qualname__ = name
    t = bt.describe_host_type(StructSeq)
    t.dict["__module__"] = module
    t.dict["n_fields"] = t.dict["n_sequence_fields"] = len(fields)
    bt.method(t, "__repr__", repr)
    for index, field in enumerate(fields):
        bt.getset(t, field, lambda seq, _i=index: tuple.__getitem__(seq, _i))
    return StructSeq


class Namespace:
    """types.SimpleNamespace, as far as sys.implementation needs one."""

    __slots__ = ("dict",)

    def __init__(self, **fields: Any) -> None:
        self.dict = fields

    def __repr__(self) -> str:
        return "namespace(" + ", ".join(f"{k}={v!r}" for k, v in self.dict.items()) + ")"


_NAMESPACE = bt.make_type("SimpleNamespace", Namespace, (bt.OBJECT,), has_dict=True)
_NAMESPACE.dict["__module__"] = "types"
bt.method(_NAMESPACE, "__repr__", repr)

VersionInfo = struct_seq("sys.version_info", VERSION_INFO_FIELDS)
Flags = struct_seq("sys.flags", FLAGS_FIELDS)
VERSION_INFO = VersionInfo((3, 14, 10, "final", 0))
HEXVERSION = 0x030E0AF0


def _exit(*args: Any, **kwargs: Any) -> None:
    """Mirrors sysmodule.c: sys_exit_impl (sys.exit(None) is a SystemExit without arguments)."""
    no_keywords("sys.exit", kwargs)
    check_positional("exit", args, kwargs, 0, 1)
    raise GUEST_EXCEPTIONS["SystemExit"](*(arg for arg in args if arg is not None))


def _getrecursionlimit() -> int:
    return STATE.limit


def _setrecursionlimit(limit: Any) -> None:
    if not isinstance(limit, int) and type_of(limit).name != "int":
        raise_type_error(f"'{type_of(limit).name}' object cannot be interpreted as an integer")
    if limit < 1:
        raise_error("ValueError", "recursion limit must be greater or equal than 1")
    if limit <= STATE.depth:
        raise_error("RecursionError", f"cannot set the recursion limit to {limit} at the "
                    f"recursion depth {STATE.depth}: the limit is too low")
    STATE.limit = int(limit)


def _getframe(*args: Any, **kwargs: Any) -> Any:
    """Mirrors sysmodule.c: sys__getframe_impl (a negative depth is the current frame)."""
    no_keywords("sys._getframe", kwargs)
    check_positional("_getframe", args, kwargs, 0, 1)
    depth = as_c_int(args[0]) if args else 0
    frame = STATE.frame
    while depth > 0 and frame is not None:
        frame = frame.back
        depth -= 1
    if frame is None:
        raise_error("ValueError", "call stack is not deep enough")
    return frame


def _intern(string: Any) -> str:
    if not isinstance(string, str):
        raise_type_error(f"intern() argument must be str, not {type_of(string).name}")
    return _host_sys.intern(str(string)) if type(string) is str else string


def _exception() -> Any:
    return STATE.exc_info


def _exc_info() -> tuple:
    exc = STATE.exc_info
    if exc is None:
        return (None, None, None)
    return (type_of(exc), exc, getattr(exc, "g_tb", None))


def _getdefaultencoding() -> str:
    return "utf-8"


def _breakpointhook_for(config: Any) -> Any:
    """sys.breakpointhook for a run: reads PYTHONBREAKPOINT (unless -E/-I) at each call."""
    def breakpointhook(*args: Any, **kwargs: Any) -> Any:
        """Mirrors sysmodule.c: sys_breakpointhook."""
        from ..runtime import protocol
        from ..runtime.errors import exception_matches
        from ..runtime.importer import INTERP, import_name
        from ..runtime.warnings import warn_core
        hook_name = config.environ("PYTHONBREAKPOINT") or "pdb.set_trace"
        if hook_name == "0":
            return None
        module_path, dot, attribute = hook_name.rpartition(".")
        if dot and not module_path:
            return warn_core("RuntimeWarning", _UNIMPORTABLE_HOOK % hook_name)
        try:
            import_name(module_path or "builtins", None, None, ("__doc__",), 0)
            hook = protocol.getattr_(INTERP.sys.dict["modules"][module_path or "builtins"],
                                     attribute)
        except BaseException as exc:
            if not exception_matches(exc, ("ImportError", "AttributeError")):
                raise
            return warn_core("RuntimeWarning", _UNIMPORTABLE_HOOK % hook_name)
        return hook(*args, **kwargs)
    return breakpointhook


_UNIMPORTABLE_HOOK = 'Ignoring unimportable $PYTHONBREAKPOINT: "%s"'


def _functions() -> dict[str, Builtin]:
    table = {"exit": _exit, "getrecursionlimit": _getrecursionlimit,
             "setrecursionlimit": _setrecursionlimit, "intern": _intern,
             "exception": _exception, "exc_info": _exc_info, "_getframe": _getframe,
             "getdefaultencoding": _getdefaultencoding,
             "getfilesystemencoding": _getdefaultencoding, "displayhook": displayhook}
    functions = {}
    for name, fn in table.items():
        fn.__name__ = fn.__qualname__ = name
        functions[name] = Builtin(name, fn, module="sys")
    return functions


def flags_from(config: Any) -> Any:
    """sys.flags for a command-line Config (initconfig.c: the flags' sources, environment included)."""
    dont_write = bool(config.flag("B")) or (not config.ignore_environment and
                                            bool(os.environ.get("PYTHONDONTWRITEBYTECODE")))
    return Flags((config.flag("d"), config.flag("i"), config.flag("i"), config.optimize,
                  int(dont_write), config.flag("s") or int(config.isolated), config.flag("S"),
                  int(config.ignore_environment), config.flag("v"), config.flag("b"),
                  config.flag("q"), 1, int(config.isolated), config.dev_mode, 0, 0,
                  bool(config.flag("P") or config.isolated), 4300))


def make_module(config: Any, argv: list[str], orig_argv: list[str], path: list[str],
                modules: dict[str, Any]) -> Module:
    """The `sys` module of a run configured by `config` (sysmodule.c: _PySys_Create)."""
    module = Module("sys", "This module provides access to some objects used or maintained "
                    "by the\ninterpreter and to functions that interact strongly with it.")
    flags = flags_from(config)
    executable = os.path.abspath(_host_sys.argv[0]) if _host_sys.argv and _host_sys.argv[0] \
        else _host_sys.executable
    functions = _functions()
    functions["breakpointhook"] = Builtin("breakpointhook", _breakpointhook_for(config),
                                          module="sys")
    module.dict.update(functions)
    module.dict["__breakpointhook__"] = functions["breakpointhook"]
    module.dict["excepthook"] = module.dict["__excepthook__"] = EXCEPTHOOK
    module.adopt_functions()
    module.dict["__displayhook__"] = module.dict["displayhook"]
    module.dict.update({
        "argv": argv, "orig_argv": orig_argv, "path": path, "modules": modules,
        "meta_path": [], "path_hooks": [], "path_importer_cache": {},
        "flags": flags, "pycache_prefix": None,
        "dont_write_bytecode": bool(flags[FLAGS_FIELDS.index("dont_write_bytecode")]),
        "implementation": Namespace(name="pyroboros", cache_tag=CACHE_TAG, version=VERSION_INFO,
                                    hexversion=HEXVERSION),
        "version": "3.14.10 (pyroboros) [pure Python]", "version_info": VERSION_INFO,
        "hexversion": HEXVERSION, "api_version": 1013, "maxsize": _host_sys.maxsize,
        "maxunicode": 0x10FFFF, "byteorder": _host_sys.byteorder, "platform": _host_sys.platform,
        "executable": executable, "_base_executable": executable,
        "prefix": _host_sys.prefix, "base_prefix": _host_sys.base_prefix,
        "exec_prefix": _host_sys.exec_prefix, "base_exec_prefix": _host_sys.base_exec_prefix,
        "abiflags": "", "float_repr_style": "short", "warnoptions": config.sys_warnoptions(),
        "_xoptions": {opt.partition("=")[0]: opt.partition("=")[2] or True
                      for opt in config.xoptions},
        "builtin_module_names": ("_warnings", "builtins", "sys"),
        "stdin": _host_sys.stdin, "stdout": _host_sys.stdout, "stderr": _host_sys.stderr,
        "__stdin__": _host_sys.stdin, "__stdout__": _host_sys.stdout,
        "__stderr__": _host_sys.stderr,
    })
    return module
