"""The names the site module adds to builtins: exit and quit.

Mirrors Lib/_sitebuiltins.py's Quitter (its repr names the key that ends input; calling it
closes sys.stdin and raises SystemExit(code)) as CPython's site.setquit installs it. The
instances' type is `_sitebuiltins.Quitter`. Left out: copyright, credits, license and help
(their text and pydoc come from the standard library), and the -S flag (exit and quit are
always there).
"""
from __future__ import annotations

from typing import Any

from ..objects import builtin_types as bt
from ..runtime import protocol
from ..runtime.errors import GUEST_EXCEPTIONS, raise_type_error
from ..runtime.getargs import unexpected_keyword


class Quitter:
    """An exit or quit object: `name` is the builtin's name, `eof` the end-of-input key."""

    __slots__ = ("dict",)

    def __init__(self, name: str, eof: str) -> None:
        self.dict = {"name": name, "eof": eof}

    def __repr__(self) -> str:
        return f"Use {self.dict['name']}() or {self.dict['eof']} to exit"

    def __call__(self, /, *args: Any, **kwargs: Any) -> None:
        """Quitter.__call__(self, code=None): close sys.stdin, ignoring any error, then exit."""
        if len(args) > 1 or len(args) + len(kwargs) > 1:
            raise_type_error(f"Quitter.__call__() takes from 1 to 2 positional arguments but "
                             f"{len(args) + 1} were given")
        for name in kwargs:
            if name != "code":
                unexpected_keyword("Quitter.__call__", name, ("code",))
        code = args[0] if args else kwargs.get("code")
        from .builtins import sys_stream
        try:
            protocol.call_method(sys_stream("stdin"), "close")
        except BaseException:   # the bare `except:` of _sitebuiltins
            pass
        raise GUEST_EXCEPTIONS["SystemExit"](code)


QUITTER = bt.make_type("Quitter", Quitter, (bt.OBJECT,), has_dict=True)
QUITTER.dict["__module__"] = "_sitebuiltins"
QUITTER.dict["__doc__"] = None
bt.method(QUITTER, "__repr__", repr)
bt.method(QUITTER, "__call__", lambda self, /, *args, **kwargs: self(*args, **kwargs))


def install(builtins: dict) -> None:
    """site.setquit: exit and quit, named with the end-of-input key of this platform."""
    for name in ("quit", "exit"):
        builtins[name] = Quitter(name, "Ctrl-D (i.e. EOF)")
