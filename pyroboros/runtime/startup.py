"""Interpreter start-up: the `sys` module, sys.path and the `__main__` module.

Mirrors Python/pylifecycle.c (the built-in modules sys and builtins in sys.modules),
Python/pathconfig.c (_PyPathConfig_ComputeSysPath0: the script's directory, symlink resolved;
'' for -c and stdin; the working directory for -m; nothing under -P/-I) and Modules/main.c
(pymain_run_python: PYTHONPATH after it, the __main__ module with __builtins__).
`__future__` is built in (modules/future.py) until the standard library is on sys.path.
Left out: the standard library's directories (not on sys.path yet), site, .pth files.
"""
from __future__ import annotations

import os
import sys as _host_sys
from typing import Any

from ..objects.module import Module
from . import import_finders
from .importer import INTERP


def _sys_path_0(config: Any) -> str | None:
    """Mirrors pathconfig.c: _PyPathConfig_ComputeSysPath0."""
    if config.flag("P") or config.isolated or (
            not config.ignore_environment and os.environ.get("PYTHONSAFEPATH")):
        return None
    if config.module is not None:
        return os.getcwd()
    if config.command is not None or config.filename in (None, "-"):
        return ""
    script = config.filename
    if os.path.isdir(script):   # main.c: pymain_get_importer, the directory runs its __main__
        return os.path.abspath(script)
    if os.path.islink(script):
        target = os.readlink(script)
        script = target if os.path.isabs(target) else os.path.join(os.path.dirname(script), target)
    return os.path.dirname(os.path.abspath(script))


def initialise(config: Any, prog: str) -> Module:
    """Set up INTERP (sys, sys.modules, builtins) for a run; the fresh __main__ module."""
    from ..modules import _warnings, future, sys as sys_module
    from . import warnings
    from ..modules.builtins import MODULE as BUILTINS_MODULE
    path = []
    first = _sys_path_0(config)
    if first is not None:
        path.append(first)
    if not config.ignore_environment:
        path.extend(entry for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry)
    argv = list(config.argv)
    if config.module is not None:
        argv[0] = "-m"   # until runpy knows the module's file
    modules: dict[str, Any] = {}
    sys = sys_module.make_module(config, argv, [prog, *_host_sys.argv[1:]], path, modules)
    INTERP.sys = sys
    INTERP.modules = modules
    warnings.reset()
    INTERP.builtin_modules = {"builtins": BUILTINS_MODULE, "sys": sys,
                              "_warnings": _warnings.make_module(),
                              "__future__": future.make_module()}
    for name, module in INTERP.builtin_modules.items():
        d = module.dict
        d["__package__"] = ""
        d["__loader__"] = import_finders.BUILTIN_IMPORTER
        d["__spec__"] = import_finders.builtin_spec(name, INTERP.builtin_modules)
    modules["sys"] = sys
    modules["builtins"] = BUILTINS_MODULE
    main = Module("__main__")
    main.dict["__builtins__"] = BUILTINS_MODULE
    modules["__main__"] = main
    return main
