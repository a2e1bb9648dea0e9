"""PEP 695 type parameters: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic.

Mirrors Objects/typevarobject.c (typevar_new_impl, typevar_repr, the lazily evaluated
__bound__/__constraints__/__default__, typealias_value, typealias_subscript, _Py_subscript_generic)
and the intrinsics of Python/intrinsics.c that build them. CPython's Generic[...] and Box[int]
are typing._GenericAlias objects made by the typing module; with no standard library here,
`GenericAlias` below is the small part of it a program can observe: repr, __origin__/__args__/
__parameters__, __name__, calling, and __mro_entries__ (which puts Generic among a generic
class's bases); P.args and P.kwargs (paramspecattr_richcompare, paramspecargs_repr,
paramspecargs_new, paramspecargs_mro_entries). `T | x` is the typing.Union of builtin_types.
The methods CPython implements by calling into the typing module (__typing_subst__,
TypeVarTuple.__typing_prepare_subst__, TypeVarTuple.__iter__, ...) import it through the guest
importer as typevarobject.c: call_typing_func_object does; values given to the constructors
are wrapped in constevaluator objects. Left out: the caller's __module__ on constructed type
parameters, substituting type variables of a _GenericAlias (Box[T][int]), the typing module's
other aliases.
"""
from __future__ import annotations

from typing import Any

from ..runtime import errors, protocol
from ..runtime.getargs import Signature, as_c_int, as_str, no_keywords
from .builtin_types import (OBJECT, TYPE, _own_type, builtin_new, getset, member, method, new_wrapper_check,
                            union_of)
from .function import Builtin, ClassMethod, GetSet
from .method_arguments import _noargs
from .typeobject import HOST_TYPES, MISSING, TypeObject, type_of
from .value_repr import value_repr

_VALUE = 1   # annotationlib.Format.VALUE: the argument of an evaluate function
_STRING = 4  # annotationlib.Format.STRING


def call_typing(name: str, *args: Any) -> Any:
    """typevarobject.c: call_typing_func_object: typing.<name>(*args), typing imported by the
    guest importer (so a missing stdlib is the guest's ModuleNotFoundError)."""
    from ..runtime.importer import import_name
    return protocol.getattr_(import_name("typing"), name)(*args)


def _unpack(param: Any) -> Any:
    """typevarobject.c: typevartuple_unpack: typing.Unpack[param]."""
    from ..runtime.importer import import_name
    return protocol.getattr_(import_name("typing"), "Unpack")[param]


def type_repr(obj: Any) -> str:
    """typing._type_repr: how a type parameter's or alias's argument is shown."""
    if isinstance(obj, TypeObject):
        module = protocol.getattr_(obj, "__module__")
        qualname = protocol.getattr_(obj, "__qualname__")
        return qualname if module == "builtins" else f"{module}.{qualname}"
    if obj is ...:
        return "..."
    if isinstance(obj, tuple):
        return "[" + ", ".join(type_repr(item) for item in obj) + "]"
    return repr(obj)


class _InstanceModule(GetSet):
    """TypeAliasType's __module__ member; the type's own module is typing's (tp_name)."""

    __slots__ = ()
    type_module = "typing"


class _Lazy:
    """A value computed on first access by a compiler-made evaluate function (`.format` = 1)."""

    __slots__ = ("evaluate", "value")

    def __init__(self, evaluate: Any) -> None:
        self.evaluate = evaluate
        self.value = MISSING

    def get(self) -> Any:
        if self.value is MISSING:
            self.value = self.evaluate(_VALUE)
        return self.value


class ConstEvaluator:
    """typevarobject.c: constevaluatorobject: the evaluate function of a value given to a
    constructor (TypeVar("T", bound=int).evaluate_bound)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """typevarobject.c: constevaluator_call: the value, or its repr for Format.STRING."""
        no_keywords("constevaluator.__call__", kwargs)
        if len(args) != 1:
            errors.raise_type_error(f"constevaluator.__call__() takes exactly 1 argument ({len(args)} given)")
        if as_c_int(args[0]) != _STRING:
            return self.value
        value = self.value
        if not isinstance(value, tuple):
            return type_repr(value)
        # _Py_typing_type_repr: a tuple's items shown one level deep, in parentheses
        return "(" + ", ".join(repr(v) if isinstance(v, tuple) else type_repr(v) for v in value) + ")"

    def __repr__(self) -> str:
        return f"<constevaluator {value_repr(self.value)}>"


def _const(value: Any) -> _Lazy:
    lazy = _Lazy(ConstEvaluator(value))
    lazy.value = value
    return lazy


class NoDefaultType:
    __slots__ = ()

    def __repr__(self) -> str:
        return "typing.NoDefault"


NO_DEFAULT = NoDefaultType()


class _Operand:
    """`|` of type parameters, aliases and generic aliases makes a typing.Union."""

    __slots__ = ()

    def __or__(self, other: Any) -> Any:
        return union_of((self, other))

    def __ror__(self, other: Any) -> Any:
        return union_of((other, self))


class _TypeParam:
    """What TypeVar, ParamSpec and TypeVarTuple share: a name and a lazily evaluated default."""

    __slots__ = ("name", "default")
    PREFIX = ""

    def __init__(self, name: str) -> None:
        self.name = name
        self.default = None

    def get_default(self) -> Any:
        return NO_DEFAULT if self.default is None else self.default.get()

    def __repr__(self) -> str:
        # infer_variance (every PEP 695 parameter) shows the bare name
        return self.name

    def evaluate_default(self) -> Any:
        """typevarobject.c: typevar_evaluate_default: the compiler-made evaluate function."""
        return None if self.default is None else self.default.evaluate

    def mro_entries(self, bases: Any) -> None:
        """typevarobject.c: typevar_mro_entries (and its ParamSpec/TypeVarTuple twins)."""
        errors.raise_type_error(f"Cannot subclass an instance of {type_of(self).name}")

    def prepare_subst(self, alias: Any, args: Any) -> Any:
        """typevarobject.c: typevar_typing_prepare_subst_impl: args, completed by this
        parameter's default when it is the first one missing."""
        params = protocol.getattr_(alias, "__parameters__")
        index = next((i for i, p in enumerate(params) if p is self or p == self), -1)
        if index < 0:
            errors.raise_error("ValueError", "sequence.index(x): x not in sequence")
        if index < len(args):
            return args
        if index == len(args) and self.default is not None:
            return args + (self.default.get(),)
        errors.raise_type_error(f"Too few arguments for {value_repr(alias)}; "
                                f"actual {len(args)}, expected at least {index + 1}")


class _Variant(_TypeParam, _Operand):
    """TypeVar and ParamSpec: a variance, shown before the name ("" when inferred)."""

    __slots__ = ("variance", "bound")

    def __init__(self, name: str, bound: Any = None, variance: str = "") -> None:
        _TypeParam.__init__(self, name)
        self.bound = bound
        self.variance = variance

    def __repr__(self) -> str:
        return self.variance + self.name


class TypeVar(_Variant):
    __slots__ = ("constraints",)

    def __init__(self, name: str, bound: Any = None, constraints: Any = None) -> None:
        _Variant.__init__(self, name, bound)
        self.constraints = constraints


class ParamSpec(_Variant):
    __slots__ = ()


class TypeVarTuple(_TypeParam):
    """No `|`: typevartuple has no nb_or."""

    __slots__ = ()

    def __iter__(self) -> Any:
        """typevarobject.c: typevartuple_iter: yields Unpack[self]."""
        return iter((_unpack(self),))


class ParamSpecAttr:
    """P.args or P.kwargs (typevarobject.c: paramspecattrobject): equal when their origins are
    (paramspecattr_richcompare), hence unhashable."""

    __slots__ = ("origin",)
    ATTR = ""

    def __init__(self, origin: Any) -> None:
        self.origin = origin

    def __eq__(self, other: Any) -> Any:
        return self.origin == other.origin if other.__class__ is self.__class__ else NotImplemented

    def __ne__(self, other: Any) -> Any:
        return self.origin != other.origin if other.__class__ is self.__class__ else NotImplemented

    def __repr__(self) -> str:
        """paramspecargs_repr / paramspeckwargs_repr: a ParamSpec by name, else any repr."""
        origin = self.origin
        return f"{origin.name if origin.__class__ is ParamSpec else value_repr(origin)}.{self.ATTR}"

    def mro_entries(self, bases: Any) -> None:
        errors.raise_type_error(f"Cannot subclass an instance of {type_of(self).name}")


class ParamSpecArgs(ParamSpecAttr):
    __slots__ = ()
    ATTR = "args"


class ParamSpecKwargs(ParamSpecAttr):
    __slots__ = ()
    ATTR = "kwargs"


class TypeAliasType(_Operand):
    """`type Name[params] = value`: the value is computed on first access of __value__."""

    __slots__ = ("name", "type_params", "value", "module")

    def __init__(self, name: str, type_params: Any, compute_value: Any, module: Any) -> None:
        self.name = name
        self.type_params = () if type_params is None else type_params
        self.value = _Lazy(compute_value)
        self.module = module

    def __getitem__(self, args: Any) -> Any:
        if not self.type_params:
            errors.raise_type_error("Only generic type aliases are subscriptable")
        import types
        return types.GenericAlias(self, args)

    def __repr__(self) -> str:
        return self.name

    def parameters(self) -> tuple:
        """typevarobject.c: typealias_parameters via unpack_typevartuples."""
        if not any(isinstance(p, TypeVarTuple) for p in self.type_params):
            return self.type_params
        return tuple(_unpack(p) if isinstance(p, TypeVarTuple) else p for p in self.type_params)

    def __iter__(self) -> Any:
        """typevarobject.c: typealias_iter: yields Unpack[self]."""
        return iter((_unpack(self),))


class GenericAlias(_Operand):
    """typing._GenericAlias: `Generic[T]`, `Box[int]`."""

    __slots__ = ("origin", "args")

    def __init__(self, origin: TypeObject, args: tuple) -> None:
        self.origin = origin
        self.args = args

    def parameters(self) -> tuple:
        return tuple(arg for arg in self.args if isinstance(arg, _TypeParam))

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        result = self.origin(*args, **kwargs)
        try:
            protocol.setattr_(result, "__orig_class__", self)
        except Exception:
            pass
        return result

    def mro_entries(self, bases: tuple) -> tuple:
        """typing._GenericAlias.__mro_entries__ (and _BaseGenericAlias's)."""
        later = bases[bases.index(self) + 1:] if self in bases else ()
        if self.origin is GENERIC:
            if any(isinstance(b, GenericAlias) and b is not self for b in later):
                return ()
            return (GENERIC,)
        entries = [] if self.origin in bases else [self.origin]
        if not any(isinstance(b, GenericAlias) or
                   (isinstance(b, TypeObject) and GENERIC in b.mro) for b in later):
            entries.append(GENERIC)
        return tuple(entries)

    def __repr__(self) -> str:
        args = ", ".join(type_repr(arg) for arg in self.args) if self.args else "()"
        return f"{type_repr(self.origin)}[{args}]"


def _generic_class_getitem(cls: TypeObject, params: Any) -> GenericAlias:
    if not isinstance(params, tuple):
        params = (params,)
    if cls is GENERIC:
        if not params:
            errors.raise_type_error("Parameter list to Generic[...] cannot be empty")
        for param in params:
            if not isinstance(param, _TypeParam):
                errors.raise_type_error("Parameters to Generic[...] must all be type variables "
                                        "or parameter specification variables.")
    return GenericAlias(cls, params)


def _variance(covariant: Any, contravariant: Any, infer_variance: Any) -> str:
    """typevar_new_impl / paramspec_new_impl: the variance flags checked and shown as a prefix."""
    covariant, contravariant, infer_variance = bool(covariant), bool(contravariant), bool(infer_variance)
    if covariant and contravariant:
        errors.raise_error("ValueError", "Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        errors.raise_error("ValueError", "Variance cannot be specified with infer_variance.")
    return "" if infer_variance else "+" if covariant else "-" if contravariant else "~"


def _bound(bound: Any) -> _Lazy | None:
    """typevarobject.c: type_check of a constructor's bound (typing._type_check)."""
    return None if bound is None else _const(call_typing("_type_check", bound, "Bound must be a type."))


def _with_default(param: _TypeParam, default: Any) -> _TypeParam:
    if default is not NO_DEFAULT:
        param.default = _const(default)
    return param


_VARIANCE = ("covariant", "contravariant", "infer_variance")
_TYPEVAR_NEW = Signature("typevar", ("name", "bound", *_VARIANCE, "default"),
                         (None, False, False, False, NO_DEFAULT), 0, 1, True)
_PARAMSPEC_NEW = Signature("paramspec", ("name", "bound", *_VARIANCE, "default"),
                           (None, False, False, False, NO_DEFAULT), 0, 1)
_TYPEVARTUPLE_NEW = Signature("typevartuple", ("name", "default"), (NO_DEFAULT,), 0, 1)
_TYPEALIAS_NEW = Signature("typealias", ("name", "value", "type_params"), ((),), 0, 2)


def typevar_new(cls: Any, /, *args: Any, **kwargs: Any) -> TypeVar:
    """Mirrors typevarobject.c: typevar_new_impl."""
    new_wrapper_check(HOST_TYPES[TypeVar], cls)
    name, bound, covariant, contravariant, infer_variance, default = _TYPEVAR_NEW.unpack(args[:1], kwargs)
    name = as_str("typevar", "name", name)
    variance = _variance(covariant, contravariant, infer_variance)
    bound = _bound(bound)
    constraints = args[1:]
    if len(constraints) == 1:
        errors.raise_type_error("A single constraint is not allowed")
    if constraints and bound is not None:
        errors.raise_type_error("Constraints cannot be combined with bound=...")
    param = TypeVar(name, bound, _const(constraints) if constraints else None)
    param.variance = variance
    return _with_default(param, default)


def paramspec_new(cls: Any, /, *args: Any, **kwargs: Any) -> ParamSpec:
    """Mirrors typevarobject.c: paramspec_new_impl."""
    new_wrapper_check(HOST_TYPES[ParamSpec], cls)
    name, bound, covariant, contravariant, infer_variance, default = _PARAMSPEC_NEW.unpack(args, kwargs)
    name = as_str("paramspec", "name", name)
    variance = _variance(covariant, contravariant, infer_variance)
    return _with_default(ParamSpec(name, _bound(bound), variance), default)


def typevartuple_new(cls: Any, /, *args: Any, **kwargs: Any) -> TypeVarTuple:
    """Mirrors typevarobject.c: typevartuple_impl."""
    new_wrapper_check(HOST_TYPES[TypeVarTuple], cls)
    name, default = _TYPEVARTUPLE_NEW.unpack(args, kwargs)
    return _with_default(TypeVarTuple(as_str("typevartuple", "name", name)), default)


def typealias_new(cls: Any, /, *args: Any, **kwargs: Any) -> TypeAliasType:
    """Mirrors typevarobject.c: typealias_new_impl (the module is the caller's)."""
    new_wrapper_check(HOST_TYPES[TypeAliasType], cls)
    name, value, type_params = _TYPEALIAS_NEW.unpack(args, kwargs)
    name = as_str("typealias", "name", name)
    if not isinstance(type_params, tuple):
        errors.raise_type_error("type_params must be a tuple")
    for param in type_params:
        if not isinstance(param, _TypeParam):
            errors.raise_type_error(f"Expected a type param, got {value_repr(param)}")
    from ..vm.frame import STATE
    alias = TypeAliasType(name, type_params, None, STATE.frame.globals.get("__name__"))
    alias.value = _const(value)
    return alias


def typevar_with_bound(name: str, evaluate: Any) -> TypeVar:
    return TypeVar(name, bound=_Lazy(evaluate))


def typevar_with_constraints(name: str, evaluate: Any) -> TypeVar:
    return TypeVar(name, constraints=_Lazy(evaluate))


def set_default(param: _TypeParam, evaluate: Any) -> _TypeParam:
    param.default = _Lazy(evaluate)
    return param


def type_alias(args: tuple, module: Any) -> TypeAliasType:
    name, type_params, compute_value = args
    return TypeAliasType(name, type_params, compute_value, module)


def subscript_generic(params: tuple) -> GenericAlias:
    return _generic_class_getitem(GENERIC, params)


def _register() -> None:
    # (name, host, tp_name): C types named "typing.X" are named so by the host's own messages;
    # _GenericAlias is a Python class of typing, NoDefaultType a C type of builtins
    kinds = [("TypeVar", TypeVar, True), ("ParamSpec", ParamSpec, True),
             ("TypeVarTuple", TypeVarTuple, True), ("TypeAliasType", TypeAliasType, True),
             ("_GenericAlias", GenericAlias, False), ("NoDefaultType", NoDefaultType, False)]
    for name, host, dotted in kinds:
        t = _own_type(name, host)
        if host is not NoDefaultType:
            t.dict["__module__"] = "typing"
        if dotted:
            host.__name__ = host.__qualname__ = f"typing.{name}"
        method(t, "__repr__", repr)
        if issubclass(host, _Operand):
            method(t, "__or__", host.__or__)
            method(t, "__ror__", host.__ror__)
    for host, subst in [(TypeVar, "_typevar_subst"), (ParamSpec, "_paramspec_subst"),
                        (TypeVarTuple, None)]:
        t = HOST_TYPES[host]
        name = t.name
        member(t, "__name__", lambda p: p.name)
        getset(t, "__default__", _TypeParam.get_default)
        getset(t, "evaluate_default", _TypeParam.evaluate_default)
        method(t, "has_default", _noargs(f"{name}.has_default", lambda p: p.default is not None))
        method(t, "__mro_entries__", _TypeParam.mro_entries)
        method(t, "__reduce__", _noargs(f"{name}.__reduce__", lambda p: p.name))
        if host is TypeVarTuple:
            method(t, "__iter__", TypeVarTuple.__iter__)
            method(t, "__typing_subst__", lambda p, arg: errors.raise_type_error(
                "Substitution of bare TypeVarTuple is not supported"))
            method(t, "__typing_prepare_subst__", lambda p, alias, args: call_typing(
                "_typevartuple_prepare_subst", p, alias, args))
            continue
        method(t, "__typing_subst__", lambda p, arg, _f=subst: call_typing(_f, p, arg))
        member(t, "__covariant__", lambda p: p.variance == "+")
        member(t, "__contravariant__", lambda p: p.variance == "-")
        member(t, "__infer_variance__", lambda p: p.variance == "")
        (getset if host is TypeVar else member)(
            t, "__bound__", lambda p: None if p.bound is None else p.bound.get())
    method(HOST_TYPES[TypeVar], "__typing_prepare_subst__", _TypeParam.prepare_subst)
    method(HOST_TYPES[ParamSpec], "__typing_prepare_subst__", lambda p, alias, args: call_typing(
        "_paramspec_prepare_subst", p, alias, args))
    for name, host in [("ParamSpecArgs", ParamSpecArgs), ("ParamSpecKwargs", ParamSpecKwargs)]:
        t = _own_type(name, host, constructible=True)
        host.__name__ = host.__qualname__ = f"typing.{name}"
        t.dict["__module__"] = t.static_module = "typing"   # a heap type made from a spec
        signature = Signature(name.lower(), ("origin",), (), 0, 1)
        protocol.HOST_CONSTRUCTORS[host] = lambda *args, _s=signature, _h=host, **kwargs: _h(
            *_s.unpack(args, kwargs))
        builtin_new(t, lambda cls, /, *args, _t=t, _h=host, **kwargs: (
            new_wrapper_check(_t, cls), protocol.HOST_CONSTRUCTORS[_h](*args, **kwargs))[1])
        for slot in ("__eq__", "__ne__", "__repr__"):
            method(t, slot, getattr(host, slot))
        for slot in ("__lt__", "__le__", "__gt__", "__ge__"):
            method(t, slot, lambda a, b: NotImplemented)
        t.dict["__hash__"] = None
        method(t, "__mro_entries__", host.mro_entries)
        member(t, "__origin__", lambda a: a.origin)
    for host, new in [(TypeVar, typevar_new), (ParamSpec, paramspec_new),
                      (TypeVarTuple, typevartuple_new), (TypeAliasType, typealias_new)]:
        t = HOST_TYPES[host]
        t.flags = t.flags - {"disallow_instantiation"}
        protocol.HOST_CONSTRUCTORS[host] = lambda *args, _t=t, _new=new, **kwargs: _new(_t, *args, **kwargs)
        builtin_new(t, new)
    evaluator = _own_type("_ConstEvaluator", ConstEvaluator)
    evaluator.dict["__module__"] = "_typing"
    ConstEvaluator.__name__ = ConstEvaluator.__qualname__ = "constevaluator"
    method(evaluator, "__repr__", repr)
    method(evaluator, "__call__", ConstEvaluator.__call__)
    paramspec = HOST_TYPES[ParamSpec]
    getset(paramspec, "args", ParamSpecArgs)
    getset(paramspec, "kwargs", ParamSpecKwargs)
    typevar = HOST_TYPES[TypeVar]
    getset(typevar, "__constraints__",
           lambda p: () if p.constraints is None else p.constraints.get())
    getset(typevar, "evaluate_bound", lambda p: None if p.bound is None else p.bound.evaluate)
    getset(typevar, "evaluate_constraints",
           lambda p: None if p.constraints is None else p.constraints.evaluate)
    alias = HOST_TYPES[TypeAliasType]
    member(alias, "__name__", lambda a: a.name)
    getset(alias, "__parameters__", TypeAliasType.parameters)
    getset(alias, "evaluate_value", lambda a: a.value.evaluate)
    method(alias, "__iter__", TypeAliasType.__iter__)
    method(alias, "__reduce__", _noargs("TypeAliasType.__reduce__", lambda a: a.name))
    getset(alias, "__value__", lambda a: a.value.get())
    getset(alias, "__type_params__", lambda a: a.type_params)
    alias.dict["__module__"] = _InstanceModule("__module__", lambda a: a.module, None, alias)
    HOST_TYPES[_InstanceModule] = HOST_TYPES[GetSet]   # a getset_descriptor to the guest
    method(alias, "__getitem__", TypeAliasType.__getitem__)
    generic_alias = HOST_TYPES[GenericAlias]
    for attr, getter in [("__origin__", lambda g: g.origin), ("__args__", lambda g: g.args),
                         ("__parameters__", GenericAlias.parameters),
                         ("__name__", lambda g: g.origin.name),
                         ("__qualname__", lambda g: g.origin.qualname)]:
        getset(generic_alias, attr, getter)
    method(generic_alias, "__mro_entries__", GenericAlias.mro_entries)
    method(generic_alias, "__call__", GenericAlias.__call__)


_register()
GENERIC = TYPE("Generic", (OBJECT,), {
    "__module__": "typing", "__qualname__": "Generic", "__slots__": (),
    "__class_getitem__": ClassMethod(Builtin("__class_getitem__", _generic_class_getitem))})
