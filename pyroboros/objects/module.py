"""Module objects (Objects/moduleobject.c): a namespace dict with a name, and the module
type's slots (__init__, __dir__, __getattribute__ with PEP 562's module __getattr__ and
__dir__, and PEP 649's __annotations__ / __annotate__).

Left out: module specs and the import system (runtime/importer.py), the "partially
initialized module" checks of module_getattro (runtime/importer.py words those messages).
"""
from __future__ import annotations

from typing import Any


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


# --- the module type's slots (moduleobject.c: module___init___impl, module_dir,
# _Py_module_getattro_impl, module_get_annotations / module_set_annotations,
# module_get_annotate / module_set_annotate) -------------------------------------------------

def _raise_type_error(message: str) -> None:
    from ..runtime.errors import raise_type_error
    raise_type_error(message)


def module_init(m: Module, *args: Any, **kwargs: Any) -> None:
    """module.__init__(name, doc=None): resets the module's identity keys."""
    from ..runtime.getargs import Signature
    from .typeobject import type_of
    name, doc = Signature("module", ("name", "doc"), (None,), 0, 2).unpack(args, kwargs)
    if not isinstance(name, str):
        _raise_type_error(f"module() argument 'name' must be str, not {type_of(name).name}")
    m.dict.update({"__name__": name, "__doc__": doc, "__package__": None, "__loader__": None,
                   "__spec__": None})


def module_dir(m: Module) -> Any:
    """module.__dir__: the dict's own __dir__ if it has one (PEP 562), else its keys."""
    hook = m.dict.get("__dir__")
    return hook() if hook is not None else list(m.dict)


def module_getattr(m: Module, name: str) -> Any:
    """module.__getattribute__: generic lookup, then the module's own __getattr__ (PEP 562)."""
    from ..runtime import protocol
    from .exceptions import ExcInstance
    from .typeobject import type_of
    try:
        return protocol.generic_getattr(m, name, type_of(m))
    except ExcInstance as exc:
        hook = m.dict.get("__getattr__")
        if hook is None or not protocol.exception_matches(exc, ("AttributeError",)):
            raise
    return hook(name)


def module_annotations(m: Module) -> Any:
    """The module's __annotations__, computed once from __annotate__(VALUE) (PEP 649)."""
    from .typeobject import type_of
    d = m.dict
    if "__annotations__" in d:
        return d["__annotations__"]
    annotate = d.get("__annotate__")
    annotations: Any = {}
    if annotate is not None:
        annotations = annotate(1)
        if not isinstance(annotations, dict):
            _raise_type_error(f"__annotate__ returned non-dict of type '{type_of(annotations).name}'")
    d["__annotations__"] = annotations
    return annotations


def set_module_annotations(m: Module, value: Any) -> None:
    from .typeobject import MISSING
    if value is MISSING:
        if "__annotations__" not in m.dict:
            from ..runtime.errors import raise_error
            raise_error("AttributeError", "__annotations__")
        del m.dict["__annotations__"]
    else:
        m.dict["__annotations__"] = value


def module_annotate(m: Module) -> Any:
    return m.dict.get("__annotate__")


def set_module_annotate(m: Module, value: Any) -> None:
    from ..runtime.protocol import lookup_special
    from .typeobject import MISSING
    if value is MISSING:
        _raise_type_error("cannot delete __annotate__ attribute")
    if value is not None and lookup_special(value, "__call__") is MISSING:
        _raise_type_error("__annotate__ must be callable or None")
    m.dict["__annotate__"] = value
    if value is not None:
        m.dict.pop("__annotations__", None)
