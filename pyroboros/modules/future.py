"""The `__future__` module: the record of phased-in language changes.

Mirrors the contents of CPython 3.14's Lib/__future__.py (the feature names, their optional and
mandatory releases, and the CO_* compiler flags of Include/cpython/code.h). `from __future__
import x` runs an ordinary import at run time, and the standard library is not on sys.path yet,
so pyroboros provides this one module itself, as a built-in. Left out: its docstring's table.
"""
from __future__ import annotations

from typing import Any

from ..objects import builtin_types as bt
from ..objects.module import Module

FLAGS = {
    "CO_NESTED": 0x0010, "CO_GENERATOR_ALLOWED": 0, "CO_FUTURE_DIVISION": 0x20000,
    "CO_FUTURE_ABSOLUTE_IMPORT": 0x40000, "CO_FUTURE_WITH_STATEMENT": 0x80000,
    "CO_FUTURE_PRINT_FUNCTION": 0x100000, "CO_FUTURE_UNICODE_LITERALS": 0x200000,
    "CO_FUTURE_BARRY_AS_BDFL": 0x400000, "CO_FUTURE_GENERATOR_STOP": 0x800000,
    "CO_FUTURE_ANNOTATIONS": 0x1000000,
}
FEATURES = [
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), "CO_NESTED"),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), "CO_GENERATOR_ALLOWED"),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "CO_FUTURE_DIVISION"),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), "CO_FUTURE_ABSOLUTE_IMPORT"),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), "CO_FUTURE_WITH_STATEMENT"),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "CO_FUTURE_PRINT_FUNCTION"),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "CO_FUTURE_UNICODE_LITERALS"),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), "CO_FUTURE_BARRY_AS_BDFL"),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), "CO_FUTURE_GENERATOR_STOP"),
    ("annotations", (3, 7, 0, "beta", 1), None, "CO_FUTURE_ANNOTATIONS"),
]


class Feature:
    """__future__._Feature."""

    __slots__ = ("optional", "mandatory", "compiler_flag")

    def __init__(self, optional: tuple, mandatory: tuple | None, compiler_flag: int) -> None:
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = compiler_flag

    def __repr__(self) -> str:
        return f"_Feature({self.optional!r}, {self.mandatory!r}, {self.compiler_flag!r})"


_FEATURE = bt.make_type("_Feature", Feature, (bt.OBJECT,))
_FEATURE.dict["__module__"] = "__future__"
bt.method(_FEATURE, "__repr__", repr)
bt.method(_FEATURE, "getOptionalRelease", lambda f: f.optional)
bt.method(_FEATURE, "getMandatoryRelease", lambda f: f.mandatory)
for _field in Feature.__slots__:
    bt.getset(_FEATURE, _field, lambda f, _n=_field: getattr(f, _n))


def make_module() -> Module:
    module = Module("__future__", "Record of phased-in incompatible language changes.")
    names = [name for name, *_ in FEATURES]
    d: dict[str, Any] = module.dict
    d["all_feature_names"] = names
    d["__all__"] = ["all_feature_names", *names]
    d.update(FLAGS)
    d["_Feature"] = _FEATURE
    for name, optional, mandatory, flag in FEATURES:
        d[name] = Feature(optional, mandatory, FLAGS[flag])
    return module
