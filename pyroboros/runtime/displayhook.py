"""sys.displayhook and the instruction that calls it.

Mirrors Python/sysmodule.c (sys_displayhook: print repr(value) on sys.stdout and keep it in
builtins._) and Python/intrinsics.c (print_expr, the INTRINSIC_PRINT that code compiled in
'single' mode runs for each expression statement). Left out: the fallback for a repr that
sys.stdout's encoding cannot encode (sys_displayhook_unencodable); the streams are UTF-8.
"""
from __future__ import annotations

from typing import Any

from ..objects.value_repr import value_repr
from . import protocol
from .errors import raise_error
from .getargs import check_one
from .importer import INTERP


def _required_sys_attribute(name: str) -> Any:
    """sysmodule.c: _PySys_GetRequiredAttr ("lost sys.NAME" when it is gone or None)."""
    value = INTERP.sys.dict.get(name) if INTERP.sys is not None else None
    if value is None:
        raise_error("RuntimeError", f"lost sys.{name}")
    return value


def displayhook(*args: Any, **kwargs: Any) -> None:
    """Mirrors sysmodule.c: sys_displayhook (METH_O)."""
    check_one("sys.displayhook", args, kwargs)
    value = args[0]
    builtins = INTERP.modules.get("builtins") if INTERP.modules is not None else None
    if builtins is None:
        raise_error("RuntimeError", "lost builtins module")
    if value is None:
        return
    # '_' is None while repr() runs, so that a repr reading '_' cannot see itself
    protocol.setattr_(builtins, "_", None)
    out = _required_sys_attribute("stdout")
    write = protocol.getattr_(out, "write")
    write(value_repr(value))
    write("\n")
    protocol.setattr_(builtins, "_", value)


def print_expr(value: Any) -> None:
    """Mirrors intrinsics.c: print_expr (INTRINSIC_PRINT)."""
    _required_sys_attribute("displayhook")(value)
