"""The names the site module adds to builtins: exit, quit, copyright, credits, license, help.

Mirrors Lib/_sitebuiltins.py's Quitter (its repr names the key that ends input; calling it
closes sys.stdin and raises SystemExit(code)), _Printer (its repr is its text when the text
is short, else an invitation to call it; calling it shows the text through a pager) and
_Helper (calling it imports pydoc), as CPython's site.setquit, setcopyright and sethelper
install them; their types are `_sitebuiltins.Quitter`, `_Printer` and `_Helper`. Left out:
the license files (license has only its fallback text, as when site finds none), paging on a
terminal, pydoc (so help() fails to import it), and the -S flag (the names are always there).
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
QUITTER.dict["__doc__"] = None
bt.method(QUITTER, "__repr__", repr)
bt.method(QUITTER, "__call__", lambda self, /, *args, **kwargs: self(*args, **kwargs))


_COPYRIGHT = """Copyright (c) 2001 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved."""
_CREDITS = """Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software
Foundation, and a cast of thousands for supporting Python
development.  See www.python.org for more information."""
_LICENSE = "See https://www.python.org/psf/license/"
_MAXLINES = 23   # _Printer.MAXLINES: a longer text is not shown by repr()


class Printer:
    """copyright, credits or license: `name` and the lines of its text."""

    __slots__ = ("dict",)

    def __init__(self, name: str, text: str) -> None:
        self.dict = {"_Printer__name": name, "_Printer__lines": text.split("\n")}

    def __repr__(self) -> str:
        lines = self.dict["_Printer__lines"]
        if len(lines) <= _MAXLINES:
            return "\n".join(lines)
        name = self.dict["_Printer__name"]
        return f"Type {name}() to see the full {name} text"

    def __call__(self, /, *args: Any, **kwargs: Any) -> None:
        """_Printer.__call__: the text through _pyrepl's pager, which for a stream that is not
        a terminal (plain_pager) writes it as it is."""
        if args or kwargs:
            raise_type_error(f"_Printer.__call__() takes 1 positional argument but "
                             f"{len(args) + 1} were given")
        from .builtins import sys_stream
        protocol.call_method(sys_stream("stdout"), "write", "\n".join(self.dict["_Printer__lines"]))


class Helper:
    """help: its repr explains it; calling it hands over to pydoc."""

    __slots__ = ()

    def __repr__(self) -> str:
        return ("Type help() for interactive help, or help(object) for help about object.")

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        from .builtins import BUILTINS
        pydoc = BUILTINS["__import__"]("pydoc")
        return protocol.getattr_(pydoc, "help")(*args, **kwargs)


PRINTER = bt.make_type("_Printer", Printer, (bt.OBJECT,), has_dict=True)
HELPER = bt.make_type("_Helper", Helper, (bt.OBJECT,))
for _t in (QUITTER, PRINTER, HELPER):
    _t.dict["__module__"] = "_sitebuiltins"
for _t in (PRINTER, HELPER):
    bt.method(_t, "__repr__", repr)
    bt.method(_t, "__call__", lambda self, /, *args, **kwargs: self(*args, **kwargs))
HELPER.dict["__doc__"] = ("Define the builtin 'help'.\n\nThis is a wrapper around pydoc.help that "
                          "provides a helpful message\nwhen 'help' is typed at the Python "
                          "interactive prompt.\n\nCalling help() at the Python prompt starts an "
                          "interactive help session.\nCalling help(thing) prints help for the "
                          "python object 'thing'.\n")
PRINTER.dict["__doc__"] = ("interactive prompt objects for printing the license text, a list of\n"
                           "contributors and the copyright notice.")


def install(builtins: dict) -> None:
    """site.setquit, setcopyright and sethelper, in site.main's order."""
    for name in ("quit", "exit"):
        builtins[name] = Quitter(name, "Ctrl-D (i.e. EOF)")
    builtins["copyright"] = Printer("copyright", _COPYRIGHT)
    builtins["credits"] = Printer("credits", _CREDITS)
    builtins["license"] = Printer("license", _LICENSE)
    builtins["help"] = Helper()
