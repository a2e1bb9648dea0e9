"""Template strings (PEP 750): string.templatelib.Template and Interpolation.

Mirrors Objects/templateobject.c (template_new, template_iter, template_concat, template_repr)
and Objects/interpolationobject.c (interpolation_new, interpolation_repr, interpolation_reduce), with the two
instructions that build them (bytecodes.c: BUILD_TEMPLATE, BUILD_INTERPOLATION). Template has
only sq_concat, so `str + Template` and `int + Template` fail with the host's own messages,
which name the host class as CPython's tp_name. Template.__reduce__ imports the standard
library's string.templatelib. Left out: the `string.templatelib` module itself.
"""
from __future__ import annotations

import types
from typing import Any, Iterator

from ..runtime import errors
from .builtin_types import _own_type, builtin_new, class_method, getset, member, method, new_wrapper_check
from .typeobject import HOST_TYPES, type_of

_CONVERSIONS = (None, "s", "r", "a")


class Interpolation:
    """One `{value!conversion:format_spec}` of a t-string."""

    __slots__ = ("value", "expression", "conversion", "format_spec")

    def __init__(self, value: Any, expression: str = "", conversion: Any = None,
                 format_spec: str = "") -> None:
        """interpolation_new: the guest constructor (the VM builds through `build`)."""
        if conversion not in _CONVERSIONS:
            errors.raise_error("ValueError", "Interpolation() argument 'conversion' must be one "
                                             "of 's', 'a' or 'r'")
        self.value = value
        self.expression = expression
        self.conversion = conversion
        self.format_spec = format_spec

    def __repr__(self) -> str:
        return (f"Interpolation({self.value!r}, {self.expression!r}, {self.conversion!r}, "
                f"{self.format_spec!r})")


class Template:
    """strings has one more item than interpolations; empty strings are kept."""

    __slots__ = ("strings", "interpolations")

    def __init__(self, /, *args: Any, **kwargs: Any) -> None:
        """template_new: consecutive strings join, a missing string around an interpolation
        is ''. The VM builds through `build`."""
        if kwargs:
            errors.raise_type_error("Template.__new__ only accepts *args arguments")
        strings: list[str] = []
        interpolations: list[Interpolation] = []
        last_was_str = False
        for item in args:
            if isinstance(item, str):
                if last_was_str:
                    strings[-1] += item
                else:
                    strings.append(item)
                last_was_str = True
            elif item.__class__ is Interpolation:
                if not last_was_str:
                    strings.append("")
                interpolations.append(item)
                last_was_str = False
            else:
                errors.raise_type_error(f"Template.__new__ *args need to be of type 'str' or "
                                        f"'Interpolation', got {type_of(item).name}")
        if not last_was_str:
            strings.append("")
        self.strings = tuple(strings)
        self.interpolations = tuple(interpolations)

    @classmethod
    def build(cls, strings: tuple, interpolations: tuple) -> "Template":
        """BUILD_TEMPLATE: the compiler already made strings one longer than interpolations."""
        template = cls.__new__(cls)
        template.strings = strings
        template.interpolations = interpolations
        return template

    def __iter__(self) -> Iterator[Any]:
        return TemplateIter(self)

    def __add__(self, other: Any) -> "Template":
        if other.__class__ is not Template:
            errors.raise_type_error(f'can only concatenate string.templatelib.Template '
                                    f'(not "{type_of(other).name}") to string.templatelib.Template')
        strings = (*self.strings[:-1], self.strings[-1] + other.strings[0], *other.strings[1:])
        return Template.build(strings, self.interpolations + other.interpolations)

    def __repr__(self) -> str:
        return f"Template(strings={self.strings!r}, interpolations={self.interpolations!r})"


class TemplateIter:
    """template_iter: the strings and interpolations in order, skipping empty strings."""

    __slots__ = ("parts",)

    def __init__(self, template: Template) -> None:
        parts = []
        for k, string in enumerate(template.strings):
            if string:
                parts.append(string)
            if k < len(template.interpolations):
                parts.append(template.interpolations[k])
        self.parts = iter(parts)

    def __iter__(self) -> "TemplateIter":
        return self

    def __next__(self) -> Any:
        return next(self.parts)


def build_interpolation(value: Any, expression: str, oparg: int, format_spec: str) -> Interpolation:
    """BUILD_INTERPOLATION: oparg holds the conversion (>> 2) and whether a spec was pushed (& 1)."""
    interpolation = Interpolation.__new__(Interpolation)
    interpolation.value = value
    interpolation.expression = expression
    interpolation.conversion = _CONVERSIONS[oparg >> 2]
    interpolation.format_spec = format_spec
    return interpolation


def _template_reduce(template: Template) -> tuple:
    """templateobject.c: template_reduce (string.templatelib's unpickling helper)."""
    from ..runtime import protocol
    from ..runtime.importer import import_name
    module = import_name("string.templatelib", None, None, ("_template_unpickle",))
    return (protocol.getattr_(module, "_template_unpickle"),
            (template.strings, template.interpolations))


def _interpolation_reduce(interpolation: Interpolation) -> tuple:
    """interpolationobject.c: interpolation_reduce."""
    return (type_of(interpolation), (interpolation.value, interpolation.expression,
                                     interpolation.conversion, interpolation.format_spec))


def _register() -> None:
    # tp_name is "string.templatelib.Template": the host class takes it, so the host's own
    # concatenation errors name it; the guest __name__ stays "Template".
    for name, host, attrs, reduce in [
            ("Template", Template, ("strings", "interpolations"), _template_reduce),
            ("Interpolation", Interpolation, ("value", "expression", "conversion", "format_spec"),
             _interpolation_reduce)]:
        t = _own_type(name, host, constructible=True)
        host.__name__ = host.__qualname__ = f"string.templatelib.{name}"
        t.static_module = "string.templatelib"
        builtin_new(t, lambda cls, /, *args, _t=t, _host=host, **kwargs: (
            new_wrapper_check(_t, cls), _host(*args, **kwargs))[1])
        class_method(t, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item))
        method(t, "__repr__", repr)
        method(t, "__reduce__", reduce)
        for attr in attrs:
            member(t, attr, lambda obj, _a=attr: getattr(obj, _a))
    template = HOST_TYPES[Template]
    getset(template, "values", lambda tpl: tuple(i.value for i in tpl.interpolations))
    method(template, "__iter__", iter)
    method(template, "__add__", Template.__add__)
    HOST_TYPES[Interpolation].dict["__match_args__"] = (
        "value", "expression", "conversion", "format_spec")
    it = _own_type("TemplateIter", TemplateIter)
    TemplateIter.__name__ = TemplateIter.__qualname__ = "string.templatelib.TemplateIter"
    it.static_module = "string.templatelib"
    method(it, "__next__", TemplateIter.__next__)
    method(it, "__iter__", lambda i: i)


_register()
