"""The builtin types as guest type objects: object, type, the host-valued types, the types
of the interpreter's own objects, and the exception hierarchy.

Mirrors the static PyTypeObjects of Objects/*.c. A guest type over host values (int, str,
list, ...) IS described by its host type: its methods are the host's methods wrapped as
method descriptors, so `"a".upper`, `int.__add__` and `dict.fromkeys` behave as on CPython.
Subclassing one of them uses a host subclass mixing in GuestProtocol (SUBCLASS_LAYOUTS).
`describe_host_type` gives any other host type that reaches the guest (dict_keys,
list_iterator, ...) a guest type the same way. Left out: the methods CPython 3.14 added that
the host Python lacks.
"""
from __future__ import annotations

import builtins
import errno
import types
from typing import Any, Callable

from ..runtime import errors, protocol
from . import (callable_types, descr_attributes, descr_check, exceptions, format_fields, method_arguments,
               newer_methods, reduce, type_layout)
from .code import Code
from .code_new import code_new
from .exceptions import ExcInstance
from .generator import Coroutine, Generator, gen_throw
from .function import (BoundMethod, Builtin, BuiltinClassMethod, Cell, ClassMethod, Function, GetSet,
                       Member, MethodDescriptor, MethodWrapper, Property, SlotMember, SlotWrapper,
                       StaticMethod)
from .instance import GuestProtocol, Instance
from . import module as module_type
from .module import Module
from .typeobject import HOST_TYPES, MISSING, TypeObject, lookup, register, tp_name, type_of

SUBCLASS_LAYOUTS: dict[TypeObject, type] = {}
# The dunders CPython implements as type slots (typeobject.c: slotdefs): on builtin types they
# are wrapper_descriptors, bound they are method-wrappers.
SLOT_NAMES = frozenset("""
__abs__ __add__ __aiter__ __and__ __anext__ __await__ __bool__ __buffer__ __call__ __contains__
__del__ __delattr__ __delete__ __delitem__ __divmod__ __eq__ __float__ __floordiv__ __ge__ __get__
__getattribute__ __getitem__ __gt__ __hash__ __iadd__ __iand__ __ifloordiv__ __ilshift__
__imatmul__ __imod__ __imul__ __index__ __init__ __int__ __invert__ __ior__ __ipow__ __irshift__
__isub__ __iter__ __itruediv__ __ixor__ __le__ __len__ __lshift__ __lt__ __matmul__ __mod__
__mul__ __ne__ __neg__ __next__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__
__release_buffer__ __repr__ __rfloordiv__ __rlshift__ __rmatmul__ __rmod__ __rmul__ __ror__
__rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __set__ __setattr__ __setitem__
__str__ __sub__ __truediv__ __xor__""".split())


def method(owner: TypeObject, name: str, fn: Callable) -> None:
    if name in SLOT_NAMES:
        owner.dict[name] = SlotWrapper(name, method_arguments.counting_slot_arguments(name, fn), owner)
    else:
        owner.dict[name] = MethodDescriptor(name, fn, owner)


def getset(owner: TypeObject, name: str, getter: Callable, setter: Callable | None = None) -> None:
    owner.dict[name] = GetSet(name, getter, setter, owner)


def member(owner: TypeObject, name: str, getter: Callable, setter: Callable | None = None) -> None:
    owner.dict[name] = Member(name, getter, setter, owner)


def class_method(owner: TypeObject, name: str, fn: Callable) -> None:
    """A builtin type's classmethod (classmethod_descriptor); fn takes the class first."""
    owner.dict[name] = BuiltinClassMethod(Builtin(name, fn, qualname=f"{owner.name}.{name}"), owner)


def builtin_new(owner: TypeObject, fn: Callable) -> None:
    """A builtin type's __new__: its tp_new as a builtin method bound to the type
    (typeobject.c: add_tp_new_wrapper); fn takes the class to instantiate first."""
    owner.dict["__new__"] = Builtin("__new__", fn, owner, qualname=f"{owner.name}.__new__")


def static(owner: TypeObject, name: str, fn: Callable) -> None:
    owner.dict[name] = StaticMethod(Builtin(name, fn, qualname=f"{owner.name}.{name}"))


def make_type(name: str, host: type | None, bases: tuple, layout: type | None = None,
              has_dict: bool = False) -> TypeObject:
    t = TypeObject(name, bases, {}, host=host, layout=layout or host, flags=frozenset())
    t.has_dict = has_dict
    t.dict["__doc__"] = type_layout.STATIC_TYPES[name][0] if name in type_layout.STATIC_TYPES \
        else getattr(host, "__doc__", None)
    if t.layout is not None:
        HOST_TYPES[t.layout] = t
    if host is not None:
        HOST_TYPES[host] = t
    protocol.BUILTIN[name] = t
    return t


# --- object and type ----------------------------------------------------------------------

object_layout = type("object", (Instance,), {"__slots__": ()})
OBJECT = make_type("object", None, (), layout=object_layout)
SUBCLASS_LAYOUTS[OBJECT] = Instance
TypeObject.__name__ = TypeObject.__qualname__ = "type"   # host messages name it as CPython does
TYPE = TypeObject("type", (OBJECT,), {"__doc__": type_layout.STATIC_TYPES["type"][0]}, host=None,
                  layout=TypeObject, flags=frozenset())
TYPE.has_dict = False
register(TypeObject, TYPE)
protocol.BUILTIN["type"] = TYPE
SUBCLASS_LAYOUTS[TYPE] = TypeObject


def _object_eq(self: Any, other: Any) -> Any:
    return True if self is other else NotImplemented


def _object_ne(self: Any, other: Any) -> Any:
    result = self == other
    return NotImplemented if result is NotImplemented else not result


def _set_class(obj: Any, cls: Any) -> None:
    if not isinstance(cls, TypeObject):
        errors.raise_type_error(f"__class__ must be set to a class, not '{type_of(cls).name}' object")
    old = type_of(obj)
    if old.host is not None or cls.host is not None:
        errors.raise_type_error("__class__ assignment only supported for mutable types or "
                                "ModuleType subclasses")
    if protocol.base_layout(old) is not protocol.base_layout(cls) or \
            _slot_layout(old) != _slot_layout(cls):
        errors.raise_type_error(f"__class__ assignment: '{cls.name}' object layout differs from "
                                f"'{old.name}'")
    obj.__class__ = cls.layout


def _slot_layout(t: TypeObject) -> tuple:
    return t.has_dict, tuple(name for base in t.mro for name, value in base.dict.items()
                             if isinstance(value, SlotMember))


def _object_format(self: Any, spec: str) -> str:
    if not isinstance(spec, str):
        errors.raise_type_error(f"__format__() argument must be str, not {type_of(spec).name}")
    if spec:
        errors.raise_type_error(f"unsupported format string passed to {type_of(self).name}.__format__")
    return str(self)


def _object_dir(self: Any) -> list:
    names = set()
    d = getattr(self, "dict", None)
    if isinstance(d, dict) and type_of(self).has_dict:
        names.update(d)
    for base in type_of(self).mro:
        names.update(base.dict)
    return sorted(names)


builtin_new(OBJECT, protocol.object_new)
for _name, _fn in [("__init__", protocol.object_init), ("__repr__", protocol.object_repr),
                   ("__str__", lambda self: repr(self)), ("__hash__", lambda self: object.__hash__(self)),
                   ("__eq__", _object_eq), ("__ne__", _object_ne),
                   ("__lt__", lambda s, o: NotImplemented), ("__le__", lambda s, o: NotImplemented),
                   ("__gt__", lambda s, o: NotImplemented), ("__ge__", lambda s, o: NotImplemented),
                   ("__getattribute__", protocol.generic_getattr),
                   ("__setattr__", lambda s, n, v: protocol.generic_setattr(s, n, v)),
                   ("__delattr__", lambda s, n: protocol.generic_setattr(s, n, MISSING)),
                   ("__format__", _object_format), ("__dir__", _object_dir),
                   ("__sizeof__", lambda self: 16), ("__reduce__", reduce.object_reduce),
                   ("__reduce_ex__", reduce.object_reduce_ex),
                   ("__getstate__", reduce.getstate_default)]:
    method(OBJECT, _name, _fn)
getset(OBJECT, "__class__", type_of, _set_class)
class_method(OBJECT, "__init_subclass__", lambda cls, /, **kw: _init_subclass(cls, kw))
class_method(OBJECT, "__subclasshook__", lambda cls, /, *a: NotImplemented)


def _init_subclass(cls: TypeObject, kwargs: dict) -> None:
    if kwargs:
        errors.raise_type_error(f"{cls.qualname}.__init_subclass__() takes no keyword arguments")


protocol.GENERIC_GETATTRIBUTE = OBJECT.dict["__getattribute__"]
protocol.OBJECT_NEW = OBJECT.dict["__new__"]
protocol.GENERIC_SETATTR = OBJECT.dict["__setattr__"]
protocol.GENERIC_DELATTR = OBJECT.dict["__delattr__"]


def _dict_setter(deletable: bool) -> Callable:
    """Mirrors object.c: PyObject_GenericSetDict (an instance's, via typeobject.c:
    subtype_setdict, may be deleted: it starts afresh)."""
    def set_dict(obj: Any, value: Any) -> None:
        if value is MISSING:
            if not deletable:
                errors.raise_type_error("cannot delete __dict__")
            value = {}
        elif not isinstance(value, dict):
            errors.raise_type_error(f"__dict__ must be set to a dictionary, not a "
                                    f"'{type_of(value).name}'")
        obj.dict = value
    return set_dict


protocol.BUILTIN["__dict__getset"] = GetSet("__dict__", lambda o: o.dict, _dict_setter(True), OBJECT)


def _type_new(meta: Any, /, *args: Any, **kwargs: Any) -> Any:
    """Mirrors typeobject.c: type_new's PyArg_ParseTuple("UO!O!:type.__new__"), after
    tp_new_wrapper's checks (type(x) is type_call's special case, not type_new's)."""
    new_wrapper_check(TYPE, meta)
    if len(args) != 3:
        errors.raise_type_error(f"type.__new__() takes exactly 3 arguments ({len(args)} given)")
    return protocol.type_new(meta, *args, **kwargs)


def _type_init(cls: Any, /, *args: Any, **kwargs: Any) -> None:
    """Mirrors typeobject.c: type_init (type_new did the work; only the arguments are checked)."""
    if kwargs and len(args) == 1:
        errors.raise_type_error("type.__init__() takes no keyword arguments")
    if len(args) not in (1, 3):
        errors.raise_type_error("type.__init__() takes 1 or 3 arguments")


def _type_set_name(cls: TypeObject, value: Any) -> None:
    if not isinstance(value, str):
        errors.raise_type_error(f"can only assign string to {cls.name}.__name__, not '{type_of(value).name}'")
    cls.name = value


def _type_set_qualname(cls: TypeObject, value: Any) -> None:
    cls.qualname = value


def _type_doc(cls: TypeObject) -> Any:
    """Mirrors typeobject.c: type_get_doc (a builtin type's tp_doc, else its dict's __doc__
    seen through its descriptor)."""
    if not type_layout.is_heap(cls) and cls.name in type_layout.STATIC_TYPES:
        return type_layout.STATIC_TYPES[cls.name][0]
    return protocol.bind(cls.dict.get("__doc__", None), MISSING, cls)


builtin_new(TYPE, _type_new)
class_method(TYPE, "__prepare__", lambda *a, **k: {})
for _name, _fn in [("__call__", lambda cls, /, *a, **k: protocol.type_call(cls, a, k)),
                   ("__init__", _type_init),
                   ("__repr__", protocol.type_repr),
                   ("__getattribute__", protocol.type_getattr),
                   ("__setattr__", protocol.type_setattr),
                   ("__delattr__", lambda cls, name: protocol.type_setattr(cls, name, MISSING)),
                   ("mro", lambda cls: list(cls.mro)),
                   ("__subclasses__", lambda cls: [c for c in (r() for r in cls.subclasses) if c is not None]),
                   ("__instancecheck__", lambda cls, obj: protocol.isinstance_(obj, cls)),
                   ("__subclasscheck__", lambda cls, sub: protocol.issubclass_(sub, cls)),
                   ("__or__", lambda cls, other: types.UnionType),
                   ("__dir__", lambda cls: sorted({n for b in cls.mro for n in b.dict}))]:
    method(TYPE, _name, _fn)
getset(TYPE, "__name__", lambda cls: cls.name, _type_set_name)
getset(TYPE, "__qualname__", lambda cls: cls.qualname, _type_set_qualname)
getset(TYPE, "__mro__", lambda cls: cls.mro)
def _set_bases(cls: TypeObject, bases: Any) -> None:
    """Mirrors typeobject.c: type_set_bases (the MRO of cls and its subclasses is recomputed)."""
    if cls.host is not None or cls.layout is None:
        errors.raise_type_error(f"cannot set '__bases__' attribute of immutable type '{cls.name}'")
    if not isinstance(bases, tuple):
        errors.raise_type_error(f"can only assign tuple to {cls.name}.__bases__, not {type_of(bases).name}")
    if not bases:
        errors.raise_type_error(f"can only assign non-empty tuple to {cls.name}.__bases__, not ()")
    for base in bases:
        if not isinstance(base, TypeObject):
            errors.raise_type_error(f"{cls.name}.__bases__ must be tuple of classes, not "
                                    f"'{type_of(base).name}'")
        if cls in base.mro:
            errors.raise_type_error("a __bases__ item causes an inheritance cycle")
    if protocol.base_layout(cls) is not protocol._best_layout(cls.name, bases):
        errors.raise_type_error(f"__bases__ assignment: '{bases[0].name}' deallocator differs "
                                f"from '{cls.bases[0].name}'")
    old = cls.bases
    cls.bases = bases
    try:
        _recompute_mro(cls)
    except BaseException:
        cls.bases = old
        _recompute_mro(cls)
        raise
    import weakref
    for base in bases:
        if base not in old:
            base.subclasses.append(weakref.ref(cls))


def _recompute_mro(cls: TypeObject) -> None:
    from .typeobject import c3_mro
    cls.mro = c3_mro(cls, cls.bases)
    cls.modified()
    for ref in cls.subclasses:
        sub = ref()
        if sub is not None and cls in sub.bases:
            _recompute_mro(sub)


getset(TYPE, "__bases__", lambda cls: cls.bases, _set_bases)


def _type_annotate(cls: TypeObject) -> Any:
    if cls.host is not None or cls.layout is None:
        raise protocol.attribute_error(cls, "__annotate__")
    return cls.dict.get("__annotate_func__", cls.dict.get("__annotate__"))


def _type_annotations(cls: TypeObject) -> Any:
    """typeobject.c: type_get_annotations (3.14): the class's own, computed once."""
    if cls.host is not None or cls.layout is None:
        raise protocol.attribute_error(cls, "__annotations__")
    for key in ("__annotations__", "__annotations_cache__"):
        value = cls.dict.get(key, MISSING)
        if value is not MISSING and not isinstance(value, GetSet):
            return value
    annotate = _type_annotate(cls)
    value = {}
    if annotate is not None:
        value = annotate(1)
        if not isinstance(value, dict):
            errors.raise_type_error(f"__annotate__ returned non-dict of type '{type_of(value).name}'")
    cls.dict["__annotations_cache__"] = value
    cls.modified()
    return value


def _set_type_annotations(cls: TypeObject, value: Any) -> None:
    cls.dict.pop("__annotations_cache__", None)
    if value is MISSING:
        cls.dict.pop("__annotations__", None)
    else:
        cls.dict["__annotations__"] = value
    cls.modified()


getset(TYPE, "__annotations__", _type_annotations, _set_type_annotations)
getset(TYPE, "__annotate__", _type_annotate)
member(TYPE, "__base__", lambda cls: cls.bases[0] if cls.bases else None)
for _name in ("basicsize", "itemsize", "flags", "weakrefoffset", "dictoffset"):
    member(TYPE, f"__{_name}__", getattr(type_layout, _name))
getset(TYPE, "__text_signature__", type_layout.text_signature)
getset(TYPE, "__abstractmethods__", type_layout.get_abstractmethods, type_layout.set_abstractmethods)
method(TYPE, "__sizeof__", type_layout.type_sizeof)
getset(TYPE, "__dict__", lambda cls: types.MappingProxyType(cls.dict))


def _type_dict_setter(name: str) -> Callable:
    """A type attribute kept in its dict; typeobject.c: check_set_special_type_attr refuses
    deletion."""
    def set_attribute(cls: TypeObject, value: Any) -> None:
        if value is MISSING:
            errors.raise_type_error(f"cannot delete '{name}' attribute of immutable type '{cls.name}'")
        cls.dict[name] = value
    return set_attribute


def _member_setter(name: str) -> Callable:
    """An object member (structmember.c: T_OBJECT) kept in the instance's dict: deleted,
    it reads None."""
    return lambda obj, value: obj.dict.__setitem__(name, None if value is MISSING else value)


getset(TYPE, "__module__", protocol.type_module, _type_dict_setter("__module__"))
# typeobject.c: type_get_type_params reads the class's own dict only
getset(TYPE, "__type_params__", lambda cls: cls.dict.get("__type_params__", ()),
       _type_dict_setter("__type_params__"))
getset(TYPE, "__doc__", _type_doc, _type_dict_setter("__doc__"))
protocol.TYPE_GETATTRIBUTE = TYPE.dict["__getattribute__"]
protocol.TYPE_SETATTR = TYPE.dict["__setattr__"]
protocol.TYPE_DELATTR = TYPE.dict["__delattr__"]
protocol.TYPE_CALL = TYPE.dict["__call__"]


# --- types over host values ---------------------------------------------------------------

_SKIPPED = {"__getattribute__", "__setattr__", "__delattr__", "__init_subclass__",
            "__subclasshook__", "__new__", "__class_getitem__", "__getstate__", "__dir__",
            "__doc__"}
_DESCRIPTOR_KINDS = (types.MethodDescriptorType, types.WrapperDescriptorType,
                     types.BuiltinFunctionType, types.FunctionType)


def new_wrapper_check(owner: TypeObject, cls: Any) -> None:
    """typeobject.c: tp_new_wrapper's checks of owner.__new__'s first argument."""
    if not isinstance(cls, TypeObject):
        errors.raise_type_error(f"{tp_name(owner)}.__new__(X): X is not a type object "
                                f"({tp_name(type_of(cls))})")
    if owner not in cls.mro:
        errors.raise_type_error(f"{tp_name(owner)}.__new__({tp_name(cls)}): {tp_name(cls)} is not a "
                                f"subtype of {tp_name(owner)}")


def _host_new(host: type) -> Callable:
    def new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
        if isinstance(cls, TypeObject) and cls.host is host:
            return protocol.HOST_CONSTRUCTORS.get(host, host)(*args, **kwargs)
        new_wrapper_check(HOST_TYPES[host], cls)
        obj = cls.layout.__new__(cls.layout, *args, **kwargs)
        obj.dict = {}
        obj.slots = None
        return obj
    return new


_KEYED_METHODS = {(dict, "get"), (dict, "pop"), (dict, "setdefault"), (set, "add"),
                  (set, "remove"), (set, "discard")}
# Methods that hash the elements of an iterable argument (dict.update, set.union, ...).
_BULK_METHODS = {(dict, "update"), (dict, "__init__"), (dict, "fromkeys"),
                 (set, "__init__"), (set, "update"), (set, "intersection_update"),
                 (set, "difference_update"), (set, "symmetric_difference_update")}
_BULK_METHODS |= {(host, name) for host in (set, frozenset)
                  for name in ("isdisjoint", "union", "intersection", "difference",
                               "symmetric_difference")}
_KEY_KINDS = {dict: "dict key", set: "set element", frozenset: "set element"}


def _reporting_unhashable(fn: Callable, kind: str) -> Callable:
    """A dict or set method whose key-hashing TypeError reads as 3.14's ("cannot use ...")."""
    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except TypeError as exc:
            from ..vm.ops import unhashable
            if not args:
                raise
            raise unhashable(errors.to_guest(exc), args[0], kind) from None
    return method


def _reporting_unhashable_elements(fn: Callable, kind: str) -> Callable:
    """A dict or set constructor or method hashing the items of an iterable, with 3.14's
    "cannot use ..." message for an unhashable one."""
    def method(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            from ..vm.ops import unhashable_element
            raise unhashable_element(errors.to_guest(exc), kind) from None
    return method


# str methods whose replacement fields look attributes and items up (format_fields.py).
_FIELD_LOOKUPS = {"format": format_fields.guarded_format, "format_map": format_fields.guarded_format_map}
# str methods whose host (< 3.13) type error does not name the method and argument yet.
_NAMING_ARGUMENT = {(str, name) for name in ("find", "rfind", "index", "rindex", "count")}


def _naming_argument(fn: Callable, name: str) -> Callable:
    """Mirrors 3.14's argument clinic message: "find() argument 1 must be str, not int"."""
    def method(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            message = str(exc)
            if not message.startswith("must be "):
                raise
            if len(args) > 1 and args[1] is None:   # _PyArg_BadArgument names None by its value
                message = message.replace("not NoneType", "not None")
            errors.raise_type_error(f"{name}() argument 1 {message}")
    return method


def _fromhex_errors(fn: Callable, owner: str) -> Callable:
    """bytes.fromhex / bytearray.fromhex as 3.14 takes its argument (METH_O: one str or
    bytes-like object), with 3.14's message for a trailing lone digit."""
    def fromhex(*args: Any, **kwargs: Any) -> Any:
        from ..runtime.getargs import check_one
        check_one(f"{owner}.fromhex", args, kwargs)
        string = args[0]
        if isinstance(string, (bytes, bytearray, memoryview)):
            string = bytes(string).decode("latin-1")   # positions in errors count bytes
        elif not isinstance(string, str):
            errors.raise_type_error(f"fromhex() argument must be str or bytes-like, not "
                                    f"{type_of(string).name}")
        try:
            return fn(string)
        except ValueError as exc:
            if str(exc).endswith(f" at position {len(string)}"):
                errors.raise_error("ValueError", "fromhex() arg must contain an even number of "
                                                 "hexadecimal digits")
            raise
    return fromhex


def _keyword_names(fn: Callable) -> list[str]:
    """The parameters fn accepts by keyword, from its text signature ("($self, /, sep=None)")."""
    signature = getattr(fn, "__text_signature__", None)
    if not signature or "/" not in signature:
        return []
    params = signature[signature.index("/") + 1:].strip(" ,)").split(",")
    names = [param.split("=")[0].strip() for param in params]
    return [name for name in names if name and not name.startswith("*")]


def _suggesting_keywords(fn: Callable, name: str, keywords: list[str]) -> Callable:
    """Mirrors getargs.c: error_unexpected_keyword_arg, with its "Did you mean" suggestion."""
    def method(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError:
            wrong = next((k for k in kwargs if k not in keywords), None)
            if wrong is None:
                raise
        from ..runtime.suggestions import best_match
        message = f"{name}() got an unexpected keyword argument '{wrong}'"
        suggestion = best_match(keywords, wrong)
        errors.raise_type_error(f"{message}. Did you mean '{suggestion}'?" if suggestion else message)
    return method


def adapted_host_method(host: type, name: str) -> Callable:
    """Host type host's method `name` with its errors worded as 3.14 words them."""
    value = host.__dict__[name]
    if isinstance(value, types.ClassMethodDescriptorType):
        value = value.__get__(None, host)
    return _adapted(host, name, value)


def _adapted(host: type, name: str, fn: Callable) -> Callable:
    """fn, or a wrapper giving its errors 3.14's wording where the host's differs."""
    if (host, name) in _KEYED_METHODS:
        return _reporting_unhashable(fn, _KEY_KINDS[host])
    if (host, name) in _BULK_METHODS:
        return _reporting_unhashable_elements(fn, _KEY_KINDS[host])
    if (host, name) in _NAMING_ARGUMENT:
        return _naming_argument(fn, name)
    if name == "fromhex" and host in (bytes, bytearray):
        return _fromhex_errors(fn, host.__name__)
    if name in ("__reduce__", "__reduce_ex__"):
        return lambda *args: reduce.guest_reduction(fn(*args))
    if host is str and name in _FIELD_LOOKUPS:
        return _FIELD_LOOKUPS[name](fn)
    keywords = _keyword_names(fn)
    if keywords:
        return _suggesting_keywords(fn, name, keywords)
    return fn


def _host_class_method(t: TypeObject, bound: Callable, fills_instance: bool) -> Callable:
    """A host class method (bound to the host type) called on `t` or a guest subclass. For a
    subclass, CPython builds the result as the subclass: int.from_bytes, float.fromhex,
    bytes/bytearray.fromhex call the subclass on the exact result (longobject.c:
    int_from_bytes_impl, floatobject.c: float_fromhex, bytesobject.c: bytes_fromhex);
    dict.fromkeys calls it with no arguments and sets each key (dictobject.c:
    _PyDict_FromKeys)."""
    def call(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
        result = bound(*args, **kwargs)
        if cls is t:
            return result
        if not fills_instance:
            return protocol.call_type(cls, (result,), {})
        instance = protocol.call_type(cls, (), {})
        for key, value in result.items():
            instance[key] = value
        return instance
    return call


def fill_from_host(t: TypeObject, host: type) -> None:
    """Give guest type t the methods and attributes of host type `host`."""
    for name, value in host.__dict__.items():
        if name in _SKIPPED:
            continue
        if value is None:
            t.dict[name] = None
        elif isinstance(value, _DESCRIPTOR_KINDS):
            if isinstance(value, types.WrapperDescriptorType):
                t.dict[name] = SlotWrapper(name, method_arguments.counting_slot_arguments(
                    name, _adapted(host, name, value)), t)
            else:
                t.dict[name] = MethodDescriptor(name, _adapted(host, name, value), t)
        elif isinstance(value, types.ClassMethodDescriptorType):
            t.dict[name] = BuiltinClassMethod(Builtin(
                name, _host_class_method(t, adapted_host_method(host, name), host is dict),
                qualname=f"{t.name}.{name}"), t)
        elif isinstance(value, staticmethod):
            t.dict[name] = StaticMethod(Builtin(name, value.__func__, qualname=f"{t.name}.{name}"))
        elif isinstance(value, types.GetSetDescriptorType):
            t.dict[name] = GetSet(name, value.__get__, None, t)
        elif isinstance(value, types.MemberDescriptorType):
            t.dict[name] = Member(name, value.__get__, None, t)
    if "__class_getitem__" in host.__dict__:
        class_method(t, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item))
    if "__new__" in host.__dict__:
        builtin_new(t, _host_new(host))


protocol.HOST_CONSTRUCTORS.update(
    (host, _reporting_unhashable_elements(host, kind)) for host, kind in _KEY_KINDS.items())


def describe_host_type(host: type) -> TypeObject:
    """The guest type for a host type that reached the guest (on first sight)."""
    if host in HOST_TYPES:
        return HOST_TYPES[host]
    base = OBJECT
    for host_base in host.__mro__[1:]:
        if host_base in HOST_TYPES:
            base = HOST_TYPES[host_base]
            break
    t = make_type(host.__name__, host, (base,))
    fill_from_host(t, host)
    _add_newer_methods(t, host)
    return t


def _add_newer_methods(t: TypeObject, host: type) -> None:
    """The instance methods CPython 3.12-3.14 added that the host lacks (newer_methods)."""
    for owner, name, fn in newer_methods.INSTANCE_METHODS:
        if owner is host and t.dict.get(name) is None:
            method(t, name, fn)


_VALUE_TYPES = [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
                range, slice, type(None), type(NotImplemented), type(...), memoryview]
for _host in _VALUE_TYPES:
    _t = describe_host_type(_host)
    if _host not in (range, slice, type(None), type(NotImplemented), type(...), memoryview):
        SUBCLASS_LAYOUTS[_t] = type(_host.__name__, (GuestProtocol, _host), {"_descr": 0})
BOOL = make_type("bool", bool, (HOST_TYPES[int],))
fill_from_host(BOOL, bool)
_add_newer_methods(BOOL, bool)
if "is_integer" not in HOST_TYPES[int].dict:   # new in 3.12
    method(HOST_TYPES[int], "is_integer", lambda self: True)
for _host, _name, _fn in newer_methods.CHANGED_METHODS:
    method(HOST_TYPES[_host], _name, _fn)
for _host, _name, _fn in newer_methods.CLASS_METHODS:
    if _name not in HOST_TYPES[_host].dict:
        class_method(HOST_TYPES[_host], _name, _fn)


# --- the interpreter's own objects --------------------------------------------------------

def _own_type(name: str, host: type, has_dict: bool = False, constructible: bool = False) -> TypeObject:
    # The host class takes the guest name too: messages the host composes name it.
    host.__name__ = host.__qualname__ = name
    if host.__repr__ is object.__repr__:   # the host's would name the interpreter's module
        host.__repr__ = protocol.object_repr
    t = make_type(name, host, (OBJECT,), has_dict=has_dict)
    if not constructible:
        t.flags = frozenset({"disallow_instantiation"})
    return t


FUNCTION = _own_type("function", Function, has_dict=True, constructible=True)
METHOD = _own_type("method", BoundMethod, constructible=True)
BUILTIN_FUNCTION = _own_type("builtin_function_or_method", Builtin)
METHOD_DESCRIPTOR = _own_type("method_descriptor", MethodDescriptor)
GETSET_DESCRIPTOR = _own_type("getset_descriptor", GetSet)
MEMBER_DESCRIPTOR = _own_type("member_descriptor", SlotMember)
register(Member, MEMBER_DESCRIPTOR)
CLASSMETHOD = _own_type("classmethod", ClassMethod, has_dict=True, constructible=True)
STATICMETHOD = _own_type("staticmethod", StaticMethod, has_dict=True, constructible=True)
PROPERTY = _own_type("property", Property, constructible=True)
CELL = _own_type("cell", Cell, constructible=True)
CODE = _own_type("code", Code, constructible=True)
MODULE = _own_type("module", Module, has_dict=True, constructible=True)

for _t in (FUNCTION, METHOD, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, GETSET_DESCRIPTOR,
           MEMBER_DESCRIPTOR, CLASSMETHOD, STATICMETHOD, CELL):
    method(_t, "__repr__", repr)
for _t in (FUNCTION, METHOD, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, STATICMETHOD):
    method(_t, "__call__", lambda self, /, *a, **k: self(*a, **k))
for _t in (FUNCTION, METHOD_DESCRIPTOR, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR, CLASSMETHOD,
           STATICMETHOD, PROPERTY):
    method(_t, "__get__", descr_check.get)
for _t in (FUNCTION, METHOD, CELL, CLASSMETHOD, STATICMETHOD, PROPERTY, MODULE):
    builtin_new(_t, _host_new(_t.host))
for _op in callable_types.COMPARISONS:
    method(METHOD, f"__{_op.__name__}__", callable_types.method_compare(_op))
    method(CELL, f"__{_op.__name__}__", getattr(Cell, f"__{_op.__name__}__"))
method(METHOD, "__hash__", callable_types.method_hash)
method(METHOD, "__reduce__", callable_types.method_reduce)
method(METHOD, "__get__", lambda m, obj, owner=None: m)
CELL.dict["__hash__"] = None
for _t in (CLASSMETHOD, STATICMETHOD):
    method(_t, "__init__", callable_types.wrapper_init)
    member(_t, "__func__", lambda c: c.func)
    member(_t, "__wrapped__", lambda c: c.func)
    getset(_t, "__isabstractmethod__", callable_types.is_abstract)
    getset(_t, "__dict__", lambda c: c.dict, _dict_setter(False))
    for _name in ("__annotations__", "__annotate__"):
        getset(_t, _name, *callable_types.wrapped_attribute(_name))
    class_method(_t, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item))
method(PROPERTY, "__init__", callable_types.property_init)
for _t in (GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR, PROPERTY):
    method(_t, "__set__", descr_check.set_)
    method(_t, "__delete__", descr_check.delete)


def _settable(attr: str) -> Callable:
    return lambda obj, value: setattr(obj, attr, value)


def _string_attribute(attr: str, dunder: str) -> Callable:
    def setter(obj: Any, value: Any) -> None:
        if not isinstance(value, str):
            errors.raise_type_error(f"{dunder} must be set to a string object")
        setattr(obj, attr, value)
    return setter


def _typed_attribute(attr: str, dunder: str, kind: type, kind_name: str) -> Callable:
    def setter(obj: Any, value: Any) -> None:
        if value is MISSING:
            value = None
        if value is not None and not isinstance(value, kind):
            errors.raise_type_error(f"{dunder} must be set to a {kind_name} object")
        setattr(obj, attr, value)
    return setter


getset(FUNCTION, "__defaults__", lambda f: f.defaults, _typed_attribute("defaults", "__defaults__", tuple, "tuple"))
getset(FUNCTION, "__kwdefaults__", lambda f: f.kwdefaults,
       _typed_attribute("kwdefaults", "__kwdefaults__", dict, "dict"))
for _name, _attr in [("__code__", "code"), ("__doc__", "doc"), ("__module__", "module"),
                     ("__type_params__", "type_params")]:
    getset(FUNCTION, _name, lambda f, _a=_attr: getattr(f, _a), _settable(_attr))
for _name, _attr in [("__name__", "name"), ("__qualname__", "qualname")]:
    getset(FUNCTION, _name, lambda f, _a=_attr: getattr(f, _a), _string_attribute(_attr, _name))
member(FUNCTION, "__globals__", lambda f: f.globals)
member(FUNCTION, "__builtins__", lambda f: f.builtins)
member(FUNCTION, "__closure__", lambda f: f.closure)
getset(FUNCTION, "__dict__", lambda f: f.dict, _dict_setter(False))
def _function_annotations(f: Function) -> dict:
    """funcobject.c: func_get_annotations: computed once from __annotate__(VALUE) (PEP 649)."""
    if f.annotations is None:
        value = {}
        if f.annotate is not None:
            value = f.annotate(1)
            if not isinstance(value, dict):
                errors.raise_type_error(f"__annotate__ returned non-dict of type '{type_of(value).name}'")
        f.annotations = value
    return f.annotations


def _set_function_annotations(f: Function, value: Any) -> None:
    if value is MISSING:
        value = None
    if value is not None and not isinstance(value, dict):
        errors.raise_type_error("__annotations__ must be set to a dict object")
    f.annotations = value


def _set_function_annotate(f: Function, value: Any) -> None:
    if value is MISSING:
        errors.raise_type_error("__annotate__ cannot be deleted")
    if value is not None and protocol.lookup_special(value, "__call__") is MISSING:
        errors.raise_type_error("__annotate__ must be callable or None")
    f.annotate = value
    if value is not None:
        f.annotations = None


getset(FUNCTION, "__annotations__", _function_annotations, _set_function_annotations)
getset(FUNCTION, "__annotate__", lambda f: f.annotate, _set_function_annotate)
member(METHOD, "__func__", lambda m: m.func)
member(METHOD, "__self__", lambda m: m.self)
getset(METHOD, "__doc__", lambda m: protocol.getattr_(m.func, "__doc__"))
METHOD.dict["__getattribute__"] = SlotWrapper(
    "__getattribute__", lambda m, name: _method_getattr(m, name), METHOD)


def _method_getattr(m: BoundMethod, name: str) -> Any:
    descr = lookup(METHOD, name)
    if descr is not MISSING and descr is not METHOD.dict["__getattribute__"]:
        return protocol.bind(descr, m, METHOD)
    return protocol.getattr_(m.func, name)


for _name, _attr in [("__name__", "name"), ("__qualname__", "qualname")]:
    getset(BUILTIN_FUNCTION, _name, lambda f, _a=_attr: getattr(f, _a))
getset(PROPERTY, "__name__", lambda p: p.name if p.name is not None else protocol.getattr_(p.fget, "__name__"))
getset(PROPERTY, "__isabstractmethod__", lambda p: False)
WRAPPER_DESCRIPTOR = _own_type("wrapper_descriptor", SlotWrapper)
METHOD_WRAPPER = _own_type("method-wrapper", MethodWrapper)
for _t in (WRAPPER_DESCRIPTOR, METHOD_WRAPPER):
    method(_t, "__repr__", repr)
method(WRAPPER_DESCRIPTOR, "__get__", descr_check.get)
method(WRAPPER_DESCRIPTOR, "__call__", lambda self, /, *a, **k: self(*a, **k))
method(METHOD_WRAPPER, "__call__", lambda self, /, *a, **k: self(*a, **k))
getset(METHOD_WRAPPER, "__name__", lambda w: w.name)
getset(METHOD_WRAPPER, "__qualname__", lambda w: w.qualname)
member(METHOD_WRAPPER, "__self__", lambda w: w.self)
getset(METHOD_WRAPPER, "__objclass__", lambda w: w.owner)
CLASSMETHOD_DESCRIPTOR = _own_type("classmethod_descriptor", BuiltinClassMethod)
method(CLASSMETHOD_DESCRIPTOR, "__get__", lambda self, obj, owner=None: self.descr_get(
    MISSING if obj is None else obj, owner))
method(CLASSMETHOD_DESCRIPTOR, "__repr__", repr)
method(CLASSMETHOD_DESCRIPTOR, "__call__", descr_attributes.classmethod_descriptor_call)
member(CLASSMETHOD_DESCRIPTOR, "__name__", lambda d: d.func.name)
member(CLASSMETHOD_DESCRIPTOR, "__objclass__", lambda d: d.owner)
getset(CLASSMETHOD_DESCRIPTOR, "__qualname__", lambda d: f"{d.owner.qualname}.{d.func.name}")
getset(CLASSMETHOD_DESCRIPTOR, "__doc__", descr_attributes.classmethod_descriptor_doc)
getset(CLASSMETHOD_DESCRIPTOR, "__text_signature__",
       descr_attributes.classmethod_descriptor_text_signature)
for _t in (METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR):
    member(_t, "__name__", lambda d: d.name)
    member(_t, "__objclass__", lambda d: d.owner)
    getset(_t, "__qualname__", descr_attributes.descriptor_qualname)
    getset(_t, "__doc__", descr_attributes.descriptor_doc)
for _t in (METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR):
    getset(_t, "__text_signature__", descr_attributes.descriptor_text_signature)
for _t in (METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, MEMBER_DESCRIPTOR):
    method(_t, "__reduce__", descr_attributes.descriptor_reduce)
for _t in (BUILTIN_FUNCTION, METHOD_WRAPPER):
    for _name, _fn in descr_attributes.COMPARISONS.items():
        method(_t, _name, _fn)
    method(_t, "__hash__", hash)
    method(_t, "__reduce__", descr_attributes.builtin_reduce)
    getset(_t, "__doc__", descr_attributes.builtin_doc)
    getset(_t, "__text_signature__", descr_attributes.builtin_text_signature)
getset(BUILTIN_FUNCTION, "__self__", lambda f: None if f.self is MISSING else f.self)
member(BUILTIN_FUNCTION, "__module__", lambda f: f.module, _settable("module"))
getset(CELL, "cell_contents", lambda c: c.value if c.value is not MISSING else
       errors.raise_error("ValueError", "Cell is empty"), _settable("value"))
for _name in ("fget", "fset", "fdel"):
    member(PROPERTY, _name, lambda p, _n=_name: getattr(p, _n))
member(PROPERTY, "__doc__", lambda p: p.doc if p.doc is not None or p.fget is None
       else protocol.getattr_or_missing(p.fget, "__doc__"), _settable("doc"))
method(PROPERTY, "getter", lambda p, f: _property_copy(p, fget=f))
method(PROPERTY, "setter", lambda p, f: _property_copy(p, fset=f))
method(PROPERTY, "deleter", lambda p, f: _property_copy(p, fdel=f))
method(PROPERTY, "__set_name__", lambda p, owner, name: setattr(p, "name", name))


def _property_copy(p: Property, **changes: Any) -> Property:
    new = Property(changes.get("fget", p.fget), changes.get("fset", p.fset),
                   changes.get("fdel", p.fdel), p.doc)
    new.name = p.name
    return new


# codeobject.c: code_memberlist (struct fields) and code_getsetlist (computed)
for _name in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
              "co_nlocals", "co_consts", "co_names", "co_filename", "co_name", "co_qualname",
              "co_firstlineno", "co_linetable", "co_exceptiontable"):
    member(CODE, _name, lambda c, _n=_name: getattr(c, _n))
for _name in ("co_code", "co_varnames", "co_cellvars", "co_freevars"):
    getset(CODE, _name, lambda c, _n=_name: getattr(c, _n))
getset(CODE, "_co_code_adaptive", lambda c: c.co_code)   # never specialised here
getset(CODE, "co_lnotab", lambda c: _deprecated_lnotab(c))
method(CODE, "_varname_from_oparg", lambda c, oparg: c._varname_from_oparg(oparg))
method(CODE, "__repr__", repr)
protocol.HOST_CONSTRUCTORS[Code] = lambda *args, **kwargs: code_new(args, kwargs)
builtin_new(CODE, lambda cls, /, *args, **kwargs: (new_wrapper_check(CODE, cls), code_new(args, kwargs))[1])
for _name, _fn in [("__eq__", Code.__eq__), ("__ne__", Code.__ne__), ("__hash__", Code.__hash__),
                   *((f"__{_op}__", lambda c, other: NotImplemented) for _op in ("lt", "le", "gt", "ge"))]:
    method(CODE, _name, _fn)   # codeobject.c: code_richcompare orders nothing
# codeobject.c: code_sizeof: the object and its code units (_PyObject_VAR_SIZE, 8-aligned)
method(CODE, "__sizeof__", lambda c: -(-(type_layout.basicsize(CODE) + len(c.co_code)) // 8) * 8)


def _deprecated_lnotab(code: Code) -> bytes:
    """codeobject.c: code_getlnotab warns (since 3.12) before computing the old table."""
    from ..runtime.warnings import warn_core
    warn_core("DeprecationWarning", "co_lnotab is deprecated, use co_lines instead.")
    return code.co_lnotab


for _name in ("co_lines", "co_positions", "co_branches"):
    method(CODE, _name, lambda c, _n=_name: _code_iterator(c, _n))


def _code_iterator(code: Code, name: str) -> Any:
    from .code_iterators import code_iterator
    return code_iterator(code, name)


for _name in ("replace", "__replace__"):
    method(CODE, _name, lambda c, /, **changes: c.replace(**changes))
member(MODULE, "__dict__", lambda m: m.dict)
for _name, _fn in [("__init__", module_type.module_init), ("__dir__", module_type.module_dir),
                   ("__getattribute__", module_type.module_getattr), ("__repr__", repr)]:
    method(MODULE, _name, _fn)
protocol.MODULE_GETATTRIBUTE = MODULE.dict["__getattribute__"]
getset(MODULE, "__annotations__", module_type.module_annotations, module_type.set_module_annotations)
getset(MODULE, "__annotate__", module_type.module_annotate, module_type.set_module_annotate)


# --- exceptions ----------------------------------------------------------------------------

def _exc_new(cls: Any, /, *args: Any, **kwargs: Any) -> ExcInstance:
    if not isinstance(cls, TypeObject):
        errors.raise_type_error(f"BaseException.__new__(X): X is not a type object ({type_of(cls).name})")
    if BASE_EXCEPTION not in cls.mro:
        errors.raise_type_error(f"BaseException.__new__({cls.name}): {cls.name} is not a subtype "
                                "of BaseException")
    return errors.new_exception(cls, *args)


def _exc_init(self: ExcInstance, /, *args: Any, **kwargs: Any) -> None:
    if kwargs:
        errors.raise_type_error(f"{type_of(self).name}() takes no keyword arguments")
    self.g_args = args


def _set_cause(exc: ExcInstance, cause: Any) -> None:
    if cause is not None and not isinstance(cause, ExcInstance):
        errors.raise_type_error("exception cause must be None or derive from BaseException")
    exc.g_cause = cause
    exc.g_suppress = True


def _set_context(exc: ExcInstance, context: Any) -> None:
    if context is not None and not isinstance(context, ExcInstance):
        errors.raise_type_error("exception context must be None or derive from BaseException")
    exc.g_context = context


def _with_traceback(exc: ExcInstance, tb: Any) -> ExcInstance:
    """Mirrors exceptions.c: BaseException___traceback___set_impl."""
    from ..vm.frame import Traceback
    if tb is MISSING:
        errors.raise_type_error("__traceback__ may not be deleted")
    if tb is not None and not isinstance(tb, Traceback):
        errors.raise_type_error("__traceback__ must be a traceback or None")
    exc.g_tb = tb
    return exc


def _add_note(exc: ExcInstance, note: Any) -> None:
    if not isinstance(note, str):
        errors.raise_type_error(f"add_note() argument must be str, not {type_of(note).name}")
    notes = exc.dict.setdefault("__notes__", [])
    if not isinstance(notes, list):
        errors.raise_type_error("Cannot add note: __notes__ is not a list")
    notes.append(note)


def _exception_layout(name: str, parent: type) -> type:
    """The host class of a builtin guest exception: ExcInstance plus the host builtin of the same
    name where the host can make instances of the mix, else the parent's layout."""
    host = getattr(builtins, name, None)
    if isinstance(host, type) and issubclass(host, BaseException):
        try:
            layout = type(name, (ExcInstance, host), {})
            layout.__new__(layout)
            return layout
        except TypeError:
            pass
    return type(name, (parent,), {})


def _make_exceptions() -> None:
    parents: list[TypeObject] = []
    for line in exceptions.HIERARCHY.strip("\n").splitlines():
        depth = len(line) - len(line.lstrip())
        name = line.strip()
        base = parents[depth - 1] if depth else OBJECT
        layout = _exception_layout(name, base.layout if depth else ExcInstance)
        t = make_type(name, None, (base,), layout=layout, has_dict=True)
        errors.GUEST_EXCEPTIONS[name] = t
        del parents[depth:]
        parents.append(t)


_make_exceptions()


def _exception_groups() -> None:
    from . import exception_group as eg
    base_group = errors.GUEST_EXCEPTIONS["BaseExceptionGroup"]
    exception = errors.GUEST_EXCEPTIONS["Exception"]
    group = make_type("ExceptionGroup", None, (base_group, exception),
                      layout=type("ExceptionGroup", (base_group.layout,), {}), has_dict=True)
    # exceptions.c makes ExceptionGroup a heap type (PyErr_NewExceptionWithDoc)
    group.flags = frozenset({"heaptype"})
    group.dict["__module__"] = "builtins"
    group.dict["__weakref__"] = GetSet("__weakref__", lambda e: None, None, group)
    errors.GUEST_EXCEPTIONS["ExceptionGroup"] = group
    builtin_new(base_group, eg.group_new)
    for name, fn in [("__init__", eg.group_init), ("__str__", eg.group_str),
                     ("__repr__", eg.group_repr), ("derive", eg.derive), ("split", eg.split),
                     ("subgroup", eg.subgroup)]:
        method(base_group, name, fn)
    member(base_group, "message", lambda e: e.dict["message"])
    member(base_group, "exceptions", lambda e: e.dict["exceptions"])
    class_method(base_group, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item))


_exception_groups()
BASE_EXCEPTION = errors.GUEST_EXCEPTIONS["BaseException"]
SUBCLASS_LAYOUTS[BASE_EXCEPTION] = ExcInstance
builtin_new(BASE_EXCEPTION, _exc_new)
method(BASE_EXCEPTION, "__init__", _exc_init)
method(BASE_EXCEPTION, "__str__", exceptions.exc_str)
method(BASE_EXCEPTION, "__repr__", lambda e: exceptions.exc_repr(e, type_of(e).name))
method(BASE_EXCEPTION, "with_traceback", _with_traceback)
method(BASE_EXCEPTION, "add_note", _add_note)
method(BASE_EXCEPTION, "__reduce__", exceptions.exc_reduce)
method(BASE_EXCEPTION, "__setstate__", exceptions.exc_setstate)
method(errors.GUEST_EXCEPTIONS["OSError"], "__reduce__", exceptions.os_error_reduce)
getset(errors.GUEST_EXCEPTIONS["OSError"], "characters_written", exceptions.characters_written,
       exceptions.set_characters_written)
method(errors.GUEST_EXCEPTIONS["ImportError"], "__reduce__", exceptions.import_error_reduce)
method(errors.GUEST_EXCEPTIONS["AttributeError"], "__reduce__", exceptions.attribute_error_reduce)
method(errors.GUEST_EXCEPTIONS["AttributeError"], "__getstate__", exceptions.attribute_error_getstate)
getset(BASE_EXCEPTION, "args", lambda e: e.g_args, lambda e, v: setattr(e, "g_args", tuple(v)))
getset(BASE_EXCEPTION, "__traceback__", lambda e: e.g_tb, _with_traceback)
getset(BASE_EXCEPTION, "__cause__", lambda e: e.g_cause, _set_cause)
getset(BASE_EXCEPTION, "__context__", lambda e: e.g_context, _set_context)
member(BASE_EXCEPTION, "__suppress_context__", lambda e: e.g_suppress,
       lambda e, v: setattr(e, "g_suppress", bool(v)))
getset(BASE_EXCEPTION, "__dict__", lambda e: e.dict, _dict_setter(False))
method(errors.GUEST_EXCEPTIONS["KeyError"], "__str__", exceptions.key_error_str)
for _name in ("UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"):
    _t = errors.GUEST_EXCEPTIONS[_name]
    _host_exc = getattr(builtins, _name)
    # The host's own exception keeps these fields (objects/exceptions.py): read them there.
    method(_t, "__str__", lambda e, _h=_host_exc: _h.__str__(e) if len(e.g_args) >= 4
           else exceptions.exc_str(e))
    method(_t, "__init__", lambda e, /, *args, _h=_host_exc: _unicode_error_init(e, _h, args))
    for _field in ("encoding", "object", "start", "end", "reason"):
        if hasattr(_host_exc, _field):
            member(_t, _field, lambda e, _f=_field: _host_field(e, _f),
                   lambda e, v, _f=_field: _set_host_field(e, _f, v))
member(errors.GUEST_EXCEPTIONS["StopIteration"], "value", exceptions.stop_iteration_value,
       _member_setter("value"))
method(errors.GUEST_EXCEPTIONS["StopIteration"], "__init__", lambda e, /, *args, **kwargs: (
    _exc_init(e, *args, **kwargs), e.dict.__setitem__("value", args[0] if args else None))[0])
method(errors.GUEST_EXCEPTIONS["ImportError"], "__str__", lambda e: _import_error_msg(e)
       if type(_import_error_msg(e)) is str else exceptions.exc_str(e))
member(errors.GUEST_EXCEPTIONS["ImportError"], "msg", lambda e: _import_error_msg(e),
       _member_setter("msg"))


def _import_error_msg(exc: ExcInstance) -> Any:
    """ImportError.msg: ImportError_init keeps a lone argument; one the interpreter raised
    without running __init__ reads it from args."""
    return exc.dict.get("msg", exc.g_args[0] if len(exc.g_args) == 1 else None)


for _name, _fields in [("NameError", ("name",)), ("AttributeError", ("name", "obj")),
                       ("ImportError", ("name", "path", "name_from")),
                       ("SystemExit", ("code",))]:
    for _field in _fields:
        member(errors.GUEST_EXCEPTIONS[_name], _field, lambda e, _f=_field: e.dict.get(_f),
               _member_setter(_field))


def _unicode_error_init(exc: ExcInstance, host: type, args: tuple) -> None:
    """The Unicode errors' __init__ (exceptions.c: UnicodeEncodeError_init, ...): the host
    exception checks and keeps the fields."""
    host.__init__(exc, *args)
    exc.g_args = args


def _host_field(exc: ExcInstance, name: str) -> Any:
    for cls in type(exc).__mro__:
        if cls.__module__ == "builtins" and name in cls.__dict__:
            return cls.__dict__[name].__get__(exc)
    return None


def _set_host_field(exc: ExcInstance, name: str, value: Any) -> None:
    for cls in type(exc).__mro__:
        if cls.__module__ == "builtins" and name in cls.__dict__:
            cls.__dict__[name].__set__(exc, value)
            return


def _keyword_init(names: tuple[str, ...]) -> Callable:
    def init(self: ExcInstance, /, *args: Any, **kwargs: Any) -> None:
        for key in kwargs:
            if key not in names:
                errors.raise_type_error(f"{type_of(self).name}() got an unexpected keyword argument '{key}'")
        self.g_args = args
        for name in names:
            self.dict[name] = kwargs.get(name)
    return init


for _name, _fields in [("NameError", ("name",)), ("AttributeError", ("name", "obj")),
                       ("ImportError", ("name", "path", "name_from"))]:
    method(errors.GUEST_EXCEPTIONS[_name], "__init__", _keyword_init(_fields))


def _import_error_init(self: ExcInstance, /, *args: Any, **kwargs: Any) -> None:
    """exceptions.c: ImportError_init: name/path/name_from keywords, msg from a lone argument."""
    _keyword_init(("name", "path", "name_from"))(self, *args, **kwargs)
    self.dict["msg"] = args[0] if len(args) == 1 else None


method(errors.GUEST_EXCEPTIONS["ImportError"], "__init__", _import_error_init)


def _system_exit_init(self: ExcInstance, /, *args: Any) -> None:
    self.g_args = args
    self.dict["code"] = None if not args else args[0] if len(args) == 1 else args


method(errors.GUEST_EXCEPTIONS["SystemExit"], "__init__", _system_exit_init)


def _os_error_str(self: ExcInstance) -> str:
    """Mirrors exceptions.c: OSError_str."""
    d = self.dict
    errno, strerror, filename, filename2 = (d.get(k) for k in ("errno", "strerror", "filename",
                                                             "filename2"))
    if filename is not None:
        if filename2 is not None:
            return f"[Errno {errno}] {strerror}: {filename!r} -> {filename2!r}"
        return f"[Errno {errno}] {strerror}: {filename!r}"
    if errno is not None and strerror is not None:
        return f"[Errno {errno}] {strerror}"
    return exceptions.exc_str(self)


method(errors.GUEST_EXCEPTIONS["OSError"], "__str__", _os_error_str)


def _os_error_init(self: ExcInstance, /, *args: Any) -> None:
    self.g_args = args
    errno = strerror = filename = filename2 = None
    if 2 <= len(args) <= 5:
        errno, strerror = args[0], args[1]
        if len(args) >= 3:
            filename = args[2]
            # BlockingIOError's third argument is the number of characters written
            if type_of(self) is errors.GUEST_EXCEPTIONS["BlockingIOError"] and \
                    isinstance(filename, (int, float, complex)):
                exceptions.set_characters_written(self, filename)
                filename = None
        if len(args) >= 5:
            filename2 = args[4]
        if len(args) > 2:
            self.g_args = args[:2]
    self.dict.update(errno=errno, strerror=strerror, filename=filename, filename2=filename2)


method(errors.GUEST_EXCEPTIONS["OSError"], "__init__", _os_error_init)


def _os_error_new(cls: Any, /, *args: Any, **kwargs: Any) -> ExcInstance:
    """exceptions.c: OSError_new: OSError(errno, ...) is the subclass for that errno."""
    if cls is errors.GUEST_EXCEPTIONS["OSError"] and len(args) >= 2 and isinstance(args[0], int):
        name = _ERRNO_SUBCLASSES.get(args[0])
        if name is not None:
            cls = errors.GUEST_EXCEPTIONS[name]
    return errors.new_exception(cls, *args)


_ERRNO_SUBCLASSES = {getattr(errno, code): name for name, codes in [
    ("BlockingIOError", ("EAGAIN", "EALREADY", "EWOULDBLOCK", "EINPROGRESS")),
    ("ChildProcessError", ("ECHILD",)), ("BrokenPipeError", ("EPIPE", "ESHUTDOWN")),
    ("ConnectionAbortedError", ("ECONNABORTED",)), ("ConnectionRefusedError", ("ECONNREFUSED",)),
    ("ConnectionResetError", ("ECONNRESET",)), ("FileExistsError", ("EEXIST",)),
    ("FileNotFoundError", ("ENOENT",)), ("IsADirectoryError", ("EISDIR",)),
    ("NotADirectoryError", ("ENOTDIR",)), ("InterruptedError", ("EINTR",)),
    ("PermissionError", ("EACCES", "EPERM")), ("ProcessLookupError", ("ESRCH",)),
    ("TimeoutError", ("ETIMEDOUT",))] for code in codes if hasattr(errno, code)}
builtin_new(errors.GUEST_EXCEPTIONS["OSError"], _os_error_new)
for _name in ("errno", "strerror", "filename", "filename2"):
    member(errors.GUEST_EXCEPTIONS["OSError"], _name, lambda e, _n=_name: e.dict.get(_n),
           _member_setter(_name))
for _name in exceptions.OWN_NEW:
    builtin_new(errors.GUEST_EXCEPTIONS[_name], _exc_new)


# --- generators -----------------------------------------------------------------------------

GENERATOR = _own_type("generator", Generator)
for _name, _fn in [("send", Generator.send), ("throw", gen_throw),
                   ("close", Generator.close), ("__next__", Generator.__next__),
                   ("__iter__", lambda g: g), ("__repr__", repr)]:
    method(GENERATOR, _name, _fn)
for _name, _attr in [("__name__", "name"), ("__qualname__", "qualname")]:
    getset(GENERATOR, _name, lambda g, _a=_attr: getattr(g, _a), _string_attribute(_attr, _name))
getset(GENERATOR, "gi_frame", lambda g: g.frame)
getset(GENERATOR, "gi_running", lambda g: g.running)
getset(GENERATOR, "gi_code", lambda g: g.code)
getset(GENERATOR, "gi_yieldfrom", lambda g: g.yieldfrom())
getset(GENERATOR, "gi_suspended", lambda g: g.frame is not None and not g.running and g.frame.lasti > 0)


def gen_sizeof(g: Generator) -> int:
    """genobject.c: gen_sizeof: the object with its frame's locals-plus and stack slots."""
    return type_layout.basicsize(type_of(g)) + 8 * (len(g.code.co_localsplusnames) + g.code.co_stacksize)


COROUTINE = _own_type("coroutine", Coroutine)
for _name, _fn in [("send", Generator.send), ("throw", gen_throw),
                   ("close", Generator.close), ("__repr__", repr),
                   ("__await__", lambda c: _CoroutineWrapper(c))]:
    method(COROUTINE, _name, _fn)
for _name, _attr in [("__name__", "name"), ("__qualname__", "qualname")]:
    getset(COROUTINE, _name, lambda g, _a=_attr: getattr(g, _a), _string_attribute(_attr, _name))
getset(COROUTINE, "cr_frame", lambda g: g.frame)
getset(COROUTINE, "cr_running", lambda g: g.running)
getset(COROUTINE, "cr_code", lambda g: g.code)
getset(COROUTINE, "cr_await", lambda g: g.yieldfrom())
getset(COROUTINE, "cr_suspended", lambda g: g.frame is not None and not g.running and g.frame.lasti > 0)
member(COROUTINE, "cr_origin", lambda g: None)   # origin tracking depth is 0 unless set
for _t in (GENERATOR, COROUTINE):
    # genobject.c: _PyGen_Finalize as a slot (finalizing twice does nothing)
    method(_t, "__del__", Generator.__del__)
    class_method(_t, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item))
    method(_t, "__sizeof__", gen_sizeof)


class _CoroutineWrapper:
    """coroutine.__await__()'s iterator (genobject.c: coro_wrapper)."""

    __slots__ = ("coro",)

    def __init__(self, coro: Coroutine) -> None:
        self.coro = coro

    def __iter__(self) -> "_CoroutineWrapper":
        return self

    def __next__(self) -> Any:
        return self.coro.send(None)

    def send(self, value: Any) -> Any:
        return self.coro.send(value)

    def throw(self, /, *args: Any) -> Any:
        return gen_throw(self.coro, *args)

    def close(self) -> Any:
        return self.coro.close()


CORO_WRAPPER = _own_type("coroutine_wrapper", _CoroutineWrapper)
for _name, _fn in [("send", _CoroutineWrapper.send), ("throw", _CoroutineWrapper.throw),
                   ("close", _CoroutineWrapper.close), ("__next__", _CoroutineWrapper.__next__),
                   ("__iter__", lambda w: w)]:
    method(CORO_WRAPPER, _name, _fn)


def _throwable(exc: Any) -> ExcInstance:
    if isinstance(exc, TypeObject) and BASE_EXCEPTION in exc.mro:
        return exc()
    if not isinstance(exc, ExcInstance):
        errors.raise_type_error("exceptions must be classes or instances deriving from "
                                "BaseException, not " + type_of(exc).name)
    return exc


# --- frames and tracebacks ------------------------------------------------------------------

from . import frameobject  # noqa: E402,F401  (the frame, traceback and FrameLocalsProxy types)


# --- X | Y ------------------------------------------------------------------------------------

class Union:
    """`int | str` (Objects/unionobject.c; typing.Union in 3.14): its members, deduplicated."""

    __slots__ = ("args",)

    def __init__(self, args: tuple) -> None:
        self.args = args

    def __repr__(self) -> str:
        return " | ".join("None" if a is NONE_TYPE else protocol.type_repr(a)[8:-2]
                          if isinstance(a, TypeObject) else repr(a) for a in self.args)

    def __eq__(self, other: Any) -> Any:
        """unionobject.c: union_richcompare (the members as sets)."""
        return set(self.args) == set(other.args) if isinstance(other, Union) else NotImplemented

    def __ne__(self, other: Any) -> Any:
        return set(self.args) != set(other.args) if isinstance(other, Union) else NotImplemented

    def __hash__(self) -> int:
        """unionobject.c: union_hash."""
        return hash(frozenset(self.args))


NONE_TYPE = HOST_TYPES[type(None)]


def make_union(left: Any, right: Any) -> Any:
    """Mirrors unionobject.c: _Py_union_type_or (NotImplemented for what cannot be a member)."""
    for item in (left, right):
        if not (item is None or isinstance(item, (Union, TypeObject, types.GenericAlias))):
            return NotImplemented
    return union_of((left, right))


def union_of(items: tuple) -> Any:
    """unionobject.c: _Py_union_from_tuple: the members flattened and deduplicated (None is
    NoneType); one member stands for itself."""
    members: list = []
    for item in items:
        for part in item.args if isinstance(item, Union) else (NONE_TYPE if item is None else item,):
            if part not in members:
                members.append(part)
    return members[0] if len(members) == 1 else Union(tuple(members))


def _union_class_getitem(cls: TypeObject, items: Any) -> Any:
    """unionobject.c: union_class_getitem (typing.Union[X, Y])."""
    items = items if isinstance(items, tuple) else (items,)
    if not items:
        errors.raise_type_error("Cannot take a Union of no types.")
    return union_of(items)


def _union_parameters(u: Union) -> tuple:
    """genericaliasobject.c: _Py_make_parameters over the members: the type parameters
    among them, then those of their own __parameters__, each once."""
    from .typevars import _TypeParam
    params: list = []
    for arg in u.args:
        if isinstance(arg, TypeObject):
            continue
        found = (arg,) if isinstance(arg, _TypeParam) else protocol.getattr_or_missing(arg, "__parameters__")
        if isinstance(found, tuple):
            params += [p for p in found if p not in params]
    return tuple(params)


def _union_getitem(u: Union, item: Any) -> Any:
    """unionobject.c: union_getitem: the members with their type parameters substituted."""
    from .subs_parameters import subs_parameters
    return union_of(subs_parameters(u, u.args, _union_parameters(u), item))


def _union_getattribute(u: Union, name: str) -> Any:
    """unionobject.c: union_getattro (__module__ is the type's)."""
    if name == "__module__":
        return protocol.getattr_(UNION, name)
    return protocol.generic_getattr(u, name)


UNION = make_type("Union", Union, (OBJECT,))
UNION.flags = frozenset({"disallow_instantiation"})
UNION.static_module = "typing"
Union.__name__ = Union.__qualname__ = "typing.Union"   # the host's own messages name tp_name
for _name, _fn in [("__repr__", repr), ("__or__", make_union),
                   ("__ror__", lambda u, other: make_union(other, u)), ("__eq__", Union.__eq__),
                   ("__ne__", Union.__ne__), ("__hash__", Union.__hash__),
                   ("__getattribute__", _union_getattribute), ("__getitem__", _union_getitem),
                   *((f"__{_op}__", lambda u, other: NotImplemented) for _op in ("lt", "le", "gt", "ge")),
                   ("__mro_entries__", lambda u, bases: errors.raise_type_error(f"Cannot subclass {u!r}"))]:
    method(UNION, _name, _fn)
class_method(UNION, "__class_getitem__", _union_class_getitem)
member(UNION, "__args__", lambda u: u.args)
for _name, _getter in [("__name__", lambda u: "Union"), ("__qualname__", lambda u: "Union"),
                       ("__origin__", lambda u: UNION), ("__parameters__", _union_parameters)]:
    getset(UNION, _name, _getter)
Union.__or__ = lambda self, other: make_union(self, other)
Union.__ror__ = lambda self, other: make_union(other, self)
Union.__getitem__ = _union_getitem
method(TYPE, "__or__", make_union)
method(TYPE, "__ror__", lambda cls, other: make_union(other, cls))
TypeObject.__or__ = lambda self, other: protocol.call_method(self, "__or__", other)
TypeObject.__ror__ = lambda self, other: protocol.call_method(self, "__ror__", other)
