"""The `super` type: its objects, constructor, initializer, attribute lookup and binding.

Mirrors typeobject.c's superobject: super_vectorcall (a direct `super(...)` call), super_new
(PyType_GenericNew), super_init (and its zero-argument form, super_init_without_args),
supercheck, super_getattro, super_descr_get, super_repr and the T_OBJECT members __thisclass__,
__self__ and __self_class__. A subclass of super gets instances of a host subclass of `Super`
(SUBCLASS_LAYOUTS), so its objects carry the same three fields. Left out: nothing observable.
"""
from __future__ import annotations

from typing import Any

from ..runtime import protocol
from ..runtime.errors import raise_error, raise_type_error
from ..runtime.getargs import check_positional, no_keywords
from .builtin_types import SUBCLASS_LAYOUTS, _own_type, builtin_new, member, method, new_wrapper_check
from .descr_check import unpack_descr_get
from .function import Cell
from .instance import GuestProtocol
from .typeobject import MISSING, TypeObject, type_of


class Super:
    """A super object: `start` (su->type), `obj` and `obj_type` (None until initialized)."""

    __slots__ = ("start", "obj", "obj_type")

    def __init__(self, start: Any, obj: Any, obj_type: Any = None) -> None:
        self.start = start
        self.obj = obj
        self.obj_type = obj_type if obj_type is not None or obj is None else supercheck(start, obj)

    def __repr__(self) -> str:
        """Mirrors typeobject.c: super_repr."""
        start = self.start.name if self.start is not None else "NULL"
        if self.obj_type is None:
            return f"<super: <class '{start}'>, NULL>"
        return f"<super: <class '{start}'>, <{self.obj_type.name} object>>"


def supercheck(start: TypeObject, obj: Any) -> TypeObject:
    """Mirrors typeobject.c: supercheck (the type whose MRO the lookup walks)."""
    if isinstance(obj, TypeObject) and protocol.is_subclass(obj, start):
        return obj
    if protocol.is_subclass(type_of(obj), start):
        return type_of(obj)
    klass = protocol.getattr_or_missing(obj, "__class__")
    if isinstance(klass, TypeObject) and klass is not type_of(obj) and protocol.is_subclass(klass, start):
        return klass
    kind = f"type {obj.name}" if isinstance(obj, TypeObject) else f"instance of {type_of(obj).name}"
    raise_type_error(f"super(type, obj): obj ({kind}) is not an instance or subtype of "
                     f"type ({start.name}).")


def _implicit_arguments() -> tuple[Any, Any]:
    """Mirrors typeobject.c: super_init_without_args (the __class__ cell and first argument
    of the calling frame)."""
    from ..vm.frame import STATE
    frame = STATE.frame
    code = frame.code if frame is not None else None
    if code is None or code.co_argcount == 0:
        raise_error("RuntimeError", "super(): no arguments")
    first = frame.fast[0]
    if isinstance(first, Cell):
        first = first.value
    cell_index = None
    for index, name in enumerate(code.co_localsplusnames):
        if name == "__class__" and code.co_localspluskinds[index] & 0x80:
            cell_index = index
    if cell_index is None:
        raise_error("RuntimeError", "super(): __class__ cell not found")
    start = frame.fast[cell_index].value
    if start is MISSING:
        raise_error("RuntimeError", "super(): empty __class__ cell")
    return start, first


def _fill(sup: Super, args: tuple) -> None:
    """super_init_impl: the explicit or implicit type and object, checked."""
    if not args:
        start, obj = _implicit_arguments()
    else:
        start, obj = args[0], args[1] if len(args) > 1 else None
    obj_type = None if obj is None else supercheck(start, obj)
    sup.start, sup.obj, sup.obj_type = start, obj, obj_type


def super_call(*args: Any, **kwargs: Any) -> Super:
    """Mirrors typeobject.c: super_vectorcall (`super(...)` itself)."""
    no_keywords("super", kwargs)
    check_positional("super()", args, kwargs, 0, 2)
    if args and not isinstance(args[0], TypeObject):
        raise_type_error(f"super() argument 1 must be a type, not {type_of(args[0]).name}")
    sup = Super(None, None)
    _fill(sup, args)
    return sup


def _super_init(sup: Super, /, *args: Any, **kwargs: Any) -> None:
    """Mirrors typeobject.c: super_init (its PyArg_ParseTuple "|O!O:super" wording)."""
    no_keywords("super", kwargs)
    if len(args) > 2:
        raise_type_error(f"super() takes at most 2 arguments ({len(args)} given)")
    if args and not isinstance(args[0], TypeObject):
        raise_type_error(f"super() argument 1 must be type, not {type_of(args[0]).name}")
    _fill(sup, args)


def _super_new(cls: Any, /, *args: Any, **kwargs: Any) -> Super:
    """PyType_GenericNew: an uninitialized super object of cls (tp_new_wrapper's checks)."""
    new_wrapper_check(SUPER, cls)
    if cls is SUPER:
        return Super(None, None)
    obj = cls.layout.__new__(cls.layout)
    Super.__init__(obj, None, None)
    obj.dict = {} if cls.has_dict else None
    obj.slots = None
    return obj


def _super_getattribute(sup: Super, name: str) -> Any:
    """Mirrors typeobject.c: super_getattro (skipping the MRO up to and including start)."""
    if name != "__class__" and sup.obj_type is not None:
        value = protocol.super_lookup(sup.start, sup.obj, name)
        if value is not MISSING:
            return value
    return protocol.generic_getattr(sup, name)


def _super_get(sup: Super, /, *args: Any) -> Any:
    """Mirrors typeobject.c: super_descr_get (binding an unbound super to obj), called
    through wrap_descr_get."""
    obj = unpack_descr_get(args)
    if obj is None or sup.obj is not None:
        return sup
    if type_of(sup) is not SUPER:
        return protocol.call_type(type_of(sup), (sup.start, obj), {})
    return Super(sup.start, obj, supercheck(sup.start, obj))


SUPER = _own_type("super", Super, constructible=True)
protocol.HOST_CONSTRUCTORS[Super] = super_call
SUBCLASS_LAYOUTS[SUPER] = type("super", (GuestProtocol, Super), {"_descr": 0})
builtin_new(SUPER, _super_new)
for _name, _fn in [("__init__", _super_init), ("__getattribute__", _super_getattribute),
                   ("__get__", _super_get), ("__repr__", Super.__repr__)]:
    method(SUPER, _name, _fn)
member(SUPER, "__thisclass__", lambda s: s.start)
member(SUPER, "__self__", lambda s: s.obj)
member(SUPER, "__self_class__", lambda s: s.obj_type)
