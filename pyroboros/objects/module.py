"""Module objects (Objects/moduleobject.c): a namespace dict with a name.

Left out: module __getattr__/__dir__ hooks (PEP 562), module specs and the import system.
"""
from __future__ import annotations


class Module:
    """A guest module; its attributes are `dict`."""

    __slots__ = ("dict", "__weakref__")

    def __init__(self, name: str, doc: str | None = None) -> None:
        self.dict = {"__name__": name, "__doc__": doc, "__package__": None,
                     "__loader__": None, "__spec__": None}

    def adopt_functions(self) -> None:
        """Make the module the __self__ of its builtin functions (methodobject.c: m_self)."""
        from .function import Builtin
        for value in self.dict.values():
            if value.__class__ is Builtin:
                value.self = self

    def __repr__(self) -> str:
        name = self.dict.get("__name__", "?")
        if name in ("builtins", "sys"):
            return f"<module {name!r} (built-in)>"
        filename = self.dict.get("__file__")
        return f"<module {name!r} from {filename!r}>" if filename else f"<module {name!r}>"
