"""The abstract object protocols: attribute access, calling types, class creation.

Mirrors Objects/object.c (PyObject_GetAttr, PyObject_GenericGetAttr/SetAttr), Objects/
typeobject.c (type_getattro, type_setattro, type_call, type_new with __slots__, __set_name__
and __init_subclass__, object_new/object_init, object_repr, super) and Objects/abstract.c
(PyObject_IsInstance/IsSubclass). Operators on values need nothing here: host operators on
host values and on GuestProtocol objects already follow CPython's protocol (reflected
operands, NotImplemented, subclass priority). Left out: __class__ assignment checks beyond
layout, type_new's weakref/dict descriptors for __slots__ lists naming them.
"""
from __future__ import annotations

import types
from typing import Any, Callable

from ..objects.exceptions import ExcInstance
from ..objects.function import ClassMethod, Function, GetSet, Property, SlotMember, StaticMethod
from ..objects.instance import Instance, refresh_slots, slots_for
from ..objects.module import Module
from ..objects.typeobject import HOST_TYPES, MISSING, TypeObject, lookup, type_of
from .errors import exception_matches, new_exception, raise_error, raise_type_error

# Filled by builtin_types.py once the builtin types exist.
BUILTIN: dict[str, TypeObject] = {}
GENERIC_GETATTRIBUTE: Any = None
TYPE_GETATTRIBUTE: Any = None
GENERIC_SETATTR: Any = None
TYPE_CALL: Any = None
# Host types whose construction needs 3.14's error messages (set by objects.builtin_types).
HOST_CONSTRUCTORS: dict[type, Callable] = {}
OBJECT_NEW: Any = None
MODULE_GETATTRIBUTE: Any = None   # module.__getattribute__, called without binding it


def attribute_error(obj: Any, name: str, t: TypeObject | None = None) -> ExcInstance:
    if isinstance(obj, TypeObject) and t is None:
        message = f"type object '{obj.name}' has no attribute '{name}'"
    elif isinstance(obj, Module):
        from .importer import module_attribute_message
        message = module_attribute_message(obj, name)
    else:
        t = t or type_of(obj)
        # a builtin type's host class carries its tp_name ("string.templatelib.Template")
        message = f"'{t.name if t.host is None else t.host.__name__}' object has no attribute '{name}'"
    exc = new_exception("AttributeError", message)
    exc.dict["name"] = name
    exc.dict["obj"] = obj
    return exc


def generic_getattr(obj: Any, name: str, t: TypeObject | None = None) -> Any:
    """Mirrors object.c: _PyObject_GenericGetAttrWithDict."""
    if t is None:
        t = type_of(obj)
    descr = lookup(t, name)
    kind = 0
    if descr is not MISSING:
        kind = getattr(descr.__class__, "_descr", 0)
        if kind == 2:
            return descr.descr_get(obj, t)
    if t.has_dict:
        d = obj.dict
        if d is not None:
            value = d.get(name, MISSING)
            if value is not MISSING:
                return value
    if descr is not MISSING:
        return descr.descr_get(obj, t) if kind else descr
    raise attribute_error(obj, name, t)


def type_getattr(cls: TypeObject, name: str) -> Any:
    """Mirrors typeobject.c: _Py_type_getattro_impl."""
    meta = type_of(cls)
    meta_attr = lookup(meta, name)
    meta_kind = 0
    if meta_attr is not MISSING:
        meta_kind = getattr(meta_attr.__class__, "_descr", 0)
        if meta_kind == 2:
            return meta_attr.descr_get(cls, meta)
    attr = lookup(cls, name)
    if attr is not MISSING:
        if getattr(attr.__class__, "_descr", 0):
            return attr.descr_get(MISSING, cls)
        return attr
    if meta_attr is not MISSING:
        return meta_attr.descr_get(cls, meta) if meta_kind else meta_attr
    raise attribute_error(cls, name)


def getattr_(obj: Any, name: str) -> Any:
    """PyObject_GetAttr, with the __getattr__ fallback of slot_tp_getattr_hook."""
    t = HOST_TYPES.get(obj.__class__) or type_of(obj)
    getattribute = lookup(t, "__getattribute__")
    hook = lookup(t, "__getattr__")
    try:
        if getattribute is GENERIC_GETATTRIBUTE:
            return generic_getattr(obj, name, t)
        if getattribute is TYPE_GETATTRIBUTE:
            return type_getattr(obj, name)
        if getattribute is MODULE_GETATTRIBUTE:
            return getattribute.fn(obj, name)
        return bind(getattribute, obj, t)(name)
    except ExcInstance as exc:
        if hook is MISSING or not exception_matches(exc, ("AttributeError",)):
            raise
    return bind(hook, obj, t)(name)


def getattr_or_missing(obj: Any, name: str) -> Any:
    try:
        return getattr_(obj, name)
    except ExcInstance as exc:
        if exception_matches(exc, ("AttributeError",)):
            return MISSING
        raise


def bind(descr: Any, obj: Any, t: TypeObject) -> Any:
    """The value of a type attribute seen through an instance (descriptor __get__)."""
    if getattr(descr.__class__, "_descr", 0):
        return descr.descr_get(obj, t)
    return descr


def lookup_special(obj: Any, name: str) -> Any:
    """_PyObject_LookupSpecial: the dunder on obj's type, bound to obj; MISSING if absent."""
    t = type_of(obj)
    descr = lookup(t, name)
    return descr if descr is MISSING else bind(descr, obj, t)


def fspath(value: Any) -> str | bytes:
    """Mirrors posixmodule.c: PyOS_FSPath (os.fspath): str and bytes as they are, else the
    result of the type's __fspath__, which must be str or bytes."""
    if isinstance(value, (str, bytes)):
        return value
    method = lookup_special(value, "__fspath__")
    if method is MISSING:
        raise_type_error(f"expected str, bytes or os.PathLike object, not {type_of(value).name}")
    path = method()
    if not isinstance(path, (str, bytes)):
        raise_type_error(f"expected {type_of(value).name}.__fspath__() to return str or bytes, "
                         f"not {type_of(path).name}")
    return path


def call_method(obj: Any, name: str, *args: Any) -> Any:
    meth = lookup_special(obj, name)
    if meth is MISSING:
        raise attribute_error(obj, name)
    return meth(*args)


def _set_through_data_descriptor(descr: Any, obj: Any, value: Any) -> bool:
    """Set (or, value MISSING, delete) through `descr` if it is a data descriptor."""
    if descr is MISSING or getattr(descr.__class__, "_descr", 0) != 2:
        return False
    if value is MISSING:
        descr.descr_delete(obj)
    else:
        descr.descr_set(obj, value)
    return True


def generic_setattr(obj: Any, name: str, value: Any, t: TypeObject | None = None) -> None:
    """Mirrors object.c: _PyObject_GenericSetAttrWithDict (value MISSING deletes)."""
    if t is None:
        t = type_of(obj)
    descr = lookup(t, name)
    if _set_through_data_descriptor(descr, obj, value):
        return
    if t.has_dict and obj.dict is not None:
        if value is MISSING:
            try:
                del obj.dict[name]
            except KeyError:
                raise attribute_error(obj, name, t) from None
        else:
            obj.dict[name] = value
        return
    if descr is MISSING:
        exc = new_exception("AttributeError", f"'{t.name}' object has no attribute '{name}' and "
                            "no __dict__ for setting new attributes")
        exc.dict.update(name=name, obj=obj)   # set_attribute_error_context, for "Did you mean"
        raise exc
    raise_error("AttributeError", f"'{t.name}' object attribute '{name}' is read-only")


def type_setattr(cls: TypeObject, name: str, value: Any) -> None:
    """Mirrors typeobject.c: type_setattro."""
    if cls.host is not None or cls.layout is None:
        raise_type_error(f"cannot set '{name}' attribute of immutable type '{cls.name}'")
    meta = type_of(cls)
    descr = lookup(meta, name)
    if _set_through_data_descriptor(descr, cls, value):
        return
    if value is MISSING:
        if name not in cls.dict:
            raise attribute_error(cls, name)
        del cls.dict[name]
    else:
        cls.dict[name] = value
    cls.modified()
    update_descriptor_kind(cls)
    if name.startswith("__"):
        refresh_slots(cls)


def setattr_(obj: Any, name: str, value: Any) -> None:
    """PyObject_SetAttr (value MISSING: PyObject_DelAttr)."""
    t = HOST_TYPES.get(obj.__class__) or type_of(obj)
    setter = lookup(t, "__delattr__" if value is MISSING else "__setattr__")
    if setter is GENERIC_SETATTR or (value is MISSING and setter is GENERIC_DELATTR):
        generic_setattr(obj, name, value, t)
    elif isinstance(obj, TypeObject) and setter in (TYPE_SETATTR, TYPE_DELATTR):
        type_setattr(obj, name, value)
    elif value is MISSING:
        bind(setter, obj, t)(name)
    else:
        bind(setter, obj, t)(name, value)


GENERIC_DELATTR: Any = None
TYPE_SETATTR: Any = None
TYPE_DELATTR: Any = None


def update_descriptor_kind(t: TypeObject) -> None:
    """Record on the host class whether t's instances are (data) descriptors."""
    if t.layout is None or t.host is not None or t.layout in (Instance,):
        return
    kind = 0
    if lookup(t, "__get__") is not MISSING:
        kind = 1
    if lookup(t, "__set__") is not MISSING or lookup(t, "__delete__") is not MISSING:
        kind = 2
    t.layout._descr = kind
    for ref in t.subclasses:
        sub = ref()
        if sub is not None:
            update_descriptor_kind(sub)


# --- calling types ------------------------------------------------------------------------

def call_type(cls: TypeObject, args: tuple, kwargs: dict) -> Any:
    """Calling a type: the metatype's __call__ (type_call unless overridden)."""
    meta = HOST_TYPES[cls.__class__]
    if meta is not BUILTIN["type"]:
        call = lookup(meta, "__call__")
        if call is not TYPE_CALL:
            return bind(call, cls, meta)(*args, **kwargs)
    return type_call(cls, args, kwargs)


def type_call(cls: TypeObject, args: tuple, kwargs: dict) -> Any:
    """Mirrors typeobject.c: type_call (with type_vectorcall's type(x))."""
    if cls is BUILTIN["type"]:
        if len(args) == 1:
            if kwargs:
                raise_type_error("type() takes no keyword arguments")
            return type_of(args[0])
        if len(args) != 3:
            raise_type_error("type() takes 1 or 3 arguments")
    if cls.host is not None:
        if "disallow_instantiation" in cls.flags:
            raise_type_error(f"cannot create '{type_module(cls) + '.' if type_module(cls) != 'builtins' else ''}"
                             f"{cls.qualname}' instances")
        else:
            return HOST_CONSTRUCTORS.get(cls.host, cls.host)(*args, **kwargs)
    new = lookup(cls, "__new__")
    obj = bind(new, MISSING, cls)(cls, *args, **kwargs)
    t = type_of(obj)
    if not (t is cls or cls in t.mro):
        return obj
    init = lookup(t, "__init__")
    result = bind(init, obj, t)(*args, **kwargs)
    if result is not None:
        raise_type_error(f"__init__() should return None, not '{type_of(result).name}'")
    return obj


def object_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    """Mirrors typeobject.c: object_new."""
    if not isinstance(cls, TypeObject):
        raise_type_error(f"object.__new__(X): X is not a type object ({type_of(cls).name})")
    if args or kwargs:
        if lookup(cls, "__new__") is not BUILTIN["object"].dict["__new__"]:
            raise_type_error("object.__new__() takes exactly one argument (the type to instantiate)")
        if lookup(cls, "__init__") is BUILTIN["object"].dict["__init__"]:
            raise_type_error(f"{cls.name}() takes no arguments")
    if cls.host is not None:
        raise_type_error(f"object.__new__({cls.name}) is not safe, use {cls.name}.__new__()")
    layout = cls.layout
    obj = layout.__new__(layout)
    if isinstance(obj, TypeObject):
        raise_type_error(f"object.__new__({cls.name}) is not safe, use type.__new__()")
    obj.dict = {} if cls.has_dict else None
    obj.slots = None
    return obj


def object_init(self: Any, /, *args: Any, **kwargs: Any) -> None:
    if args or kwargs:
        t = type_of(self)
        if lookup(t, "__init__") is not BUILTIN["object"].dict["__init__"]:
            raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)")
        if lookup(t, "__new__") is BUILTIN["object"].dict["__new__"]:
            raise_type_error(f"{t.name}() takes no arguments")


def _best_layout(name: str, bases: tuple) -> type:
    """The host class new instances derive from (typeobject.c: best_base / solid_base)."""
    best = None
    for base in bases:
        if base.host is not None and base.name in ("bool", "NoneType", "range", "slice",
                                                    "function", "NotImplementedType", "ellipsis"):
            raise_type_error(f"type '{base.name}' is not an acceptable base type")
        layout = base_layout(base)
        if best is None or issubclass(layout, best):
            best = layout
        elif not issubclass(best, layout):
            raise_type_error("multiple bases have instance lay-out conflict")
    return best


def base_layout(t: TypeObject) -> type:
    """The root host layout of t's instances (Instance, an ExcInstance, a host-value subclass...)."""
    from ..objects import builtin_types
    for base in t.mro:
        layout = builtin_types.SUBCLASS_LAYOUTS.get(base)
        if layout is not None:
            return layout
    return Instance


def type_new(meta: TypeObject, name: Any, bases: Any, ns: Any, /, **kwargs: Any) -> TypeObject:
    """Mirrors typeobject.c: type_new (and type_new_set_names, init_subclass)."""
    if not isinstance(name, str):
        # getargs.c: _PyArg_BadArgument names None by its value
        raise_type_error(f"type.__new__() argument 1 must be str, not "
                         f"{'None' if name is None else type_of(name).name}")
    if not isinstance(bases, tuple):
        raise_type_error(f"type.__new__() argument 2 must be tuple, not {type_of(bases).name}")
    if not isinstance(ns, dict):
        raise_type_error(f"type.__new__() argument 3 must be dict, not {type_of(ns).name}")
    for base in bases:
        if not isinstance(base, TypeObject) and \
                getattr_or_missing(base, "__mro_entries__") is not MISSING:
            raise_type_error("type() doesn't support MRO entry resolution; use types.new_class()")
    winner = meta
    for base in bases:
        base_meta = type_of(base)
        if is_subclass(winner, base_meta):
            continue
        if is_subclass(base_meta, winner):
            winner = base_meta
            continue
        raise_type_error("metaclass conflict: the metaclass of a derived class must be a "
                         "(non-strict) subclass of the metaclasses of all its bases")
    meta = winner
    for i, base in enumerate(bases):
        if not isinstance(base, TypeObject):
            raise_type_error("type.__new__() argument 2 must be tuple of types")
        if base in bases[:i]:
            raise_type_error(f"duplicate base class {base.name}")
    if not bases:
        bases = (BUILTIN["object"],)
    namespace = dict(ns)
    layout_root = _best_layout(name, bases)
    cls = meta.layout.__new__(meta.layout)
    TypeObject.__init__(cls, name, bases, namespace)
    cls.qualname = namespace.pop("__qualname__", name)
    if not isinstance(cls.qualname, str):   # type_new_set_ht_name
        raise_type_error(f"type __qualname__ must be a str, not {type_of(cls.qualname).name}")
    if "__annotate__" in namespace and "__annotate_func__" not in namespace:
        namespace["__annotate_func__"] = namespace.pop("__annotate__")
    cell = namespace.pop("__classcell__", None)
    dict_cell = namespace.pop("__classdictcell__", None)
    if dict_cell is not None:
        dict_cell.value = namespace
    if "__module__" not in namespace:
        from ..vm.frame import STATE
        if STATE.frame is not None and "__name__" in STATE.frame.globals:
            namespace["__module__"] = STATE.frame.globals["__name__"]
    for key in ("__new__",):
        if isinstance(namespace.get(key), Function):
            namespace[key] = StaticMethod(namespace[key])
    for key in ("__init_subclass__", "__class_getitem__"):
        if isinstance(namespace.get(key), Function):
            namespace[key] = ClassMethod(namespace[key])
    slots = namespace.get("__slots__", MISSING)
    base_weakref = any("__weakref__" in b.dict for b in cls.mro[1:])
    if slots is MISSING:
        cls.has_dict = True
    else:
        if isinstance(slots, str):
            slots = (slots,)
        slots = tuple(slots)
        for slot in slots:
            if not isinstance(slot, str):
                raise_type_error(f"__slots__ items must be strings, not '{type_of(slot).name}'")
            if not slot.isidentifier():
                raise_type_error("__slots__ must be identifiers")
        if slots.count("__dict__") > 1 or "__dict__" in slots and any(b.has_dict for b in bases):
            raise_type_error("__dict__ slot disallowed: we already got one")
        if slots.count("__weakref__") > 1 or "__weakref__" in slots and base_weakref:
            raise_type_error("__weakref__ slot disallowed: we already got one")
        cls.has_dict = any(b.has_dict for b in bases) or "__dict__" in slots
        named = [slot for slot in slots if slot not in ("__dict__", "__weakref__")]
        for base in cls.mro:
            if named and base.host in (int, bytes, tuple):
                raise_type_error(f"nonempty __slots__ not supported for subtype of '{base.name}'")
        for slot in slots:
            if slot not in ("__dict__", "__weakref__"):
                if _mangle(name, slot) in namespace:
                    raise_error("ValueError", f"{slot!r} in __slots__ conflicts with class variable")
                namespace[_mangle(name, slot)] = SlotMember(slot, cls)
    if cls.has_dict and not any(b.has_dict for b in bases):
        shared = BUILTIN["__dict__getset"]
        namespace.setdefault("__dict__", GetSet("__dict__", shared.getter, shared.setter, cls))
    if not base_weakref and (slots is MISSING or "__weakref__" in slots):
        # typeobject.c: subtype_getweakref (pyroboros keeps no weak references: always None)
        namespace.setdefault("__weakref__", GetSet("__weakref__", lambda obj: None, None, cls))
    # type_ready adds these after the descriptors above (type_dict_set_doc, then the
    # __hash__ = None of a class defining __eq__ alone)
    namespace.setdefault("__doc__", None)
    if "__eq__" in namespace and "__hash__" not in namespace:
        namespace["__hash__"] = None
    cls.layout = _host_class(cls, layout_root)
    HOST_TYPES[cls.layout] = cls
    if cell is not None:
        cell.value = cls
    update_descriptor_kind(cls)
    for key, value in list(namespace.items()):
        if isinstance(value, Property):
            value.name = key
            continue
        set_name = lookup_special(value, "__set_name__") if not isinstance(value, (Function, str, int)) else MISSING
        if set_name is not MISSING:
            try:
                set_name(cls, key)
            except ExcInstance as exc:
                exc.dict.setdefault("__notes__", []).append(
                    f"Error calling __set_name__ on '{type_of(value).name}' instance '{key}' in '{name}'")
                raise
    parent = super_lookup(cls, cls, "__init_subclass__")
    parent(**kwargs)
    return cls


def _host_class(cls: TypeObject, layout_root: type) -> type:
    """The host class of cls's instances, named like cls, with the host slots its MRO needs
    (objects/instance.py: slots_for). It derives from the guest bases' host classes when the
    host allows, so host comparisons see the guest subclass relation."""
    body: dict[str, Any] = {"__slots__": (), **slots_for(cls)}
    parents = tuple(base.layout for base in cls.bases if base.host is None and base.layout is not None
                    and issubclass(base.layout, layout_root))
    if parents:
        try:
            return type(cls.name, parents, body)
        except TypeError:
            pass
    return type(cls.name, (layout_root,), body)


def _mangle(class_name: str, name: str) -> str:
    if not name.startswith("__") or name.endswith("__"):
        return name
    return f"_{class_name.lstrip('_')}{name}"


def super_lookup(start: TypeObject, obj: Any, name: str) -> Any:
    """Mirrors typeobject.c: super_getattro: `name` after `start` in obj's MRO, bound to obj."""
    t = obj if isinstance(obj, TypeObject) and is_subclass(obj, start) else type_of(obj)
    mro = t.mro
    i = mro.index(start) + 1 if start in mro else len(mro)
    for base in mro[i:]:
        value = base.dict.get(name, MISSING)
        if value is not MISSING:
            if getattr(value.__class__, "_descr", 0):
                return value.descr_get(MISSING if obj is t else obj, t)
            return value
    return MISSING


def is_subclass(a: TypeObject, b: TypeObject) -> bool:
    return a is b or b in a.mro


def isinstance_(obj: Any, cls: Any) -> bool:
    """Mirrors abstract.c: PyObject_IsInstance (unions, tuples, __instancecheck__)."""
    t = HOST_TYPES.get(obj.__class__) or type_of(obj)
    if t is cls:
        return True
    if isinstance(cls, TypeObject):
        if HOST_TYPES[cls.__class__] is BUILTIN["type"]:
            if cls in t.mro:
                return True
            # object_isinstance: an instance may claim another class through __class__
            claimed = getattr_or_missing(obj, "__class__")
            return claimed is not t and isinstance(claimed, TypeObject) and cls in claimed.mro
    else:
        if HOST_TYPES.get(cls.__class__) is BUILTIN["Union"]:   # _PyUnion_Check: its members
            cls = cls.args
        if isinstance(cls, tuple):
            return any(isinstance_(obj, item) for item in cls)
    check = lookup_special(cls, "__instancecheck__")
    if check is MISSING:
        raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    return bool(check(obj))


def issubclass_(a: Any, cls: Any) -> bool:
    """Mirrors abstract.c: PyObject_IsSubclass."""
    if HOST_TYPES.get(cls.__class__) is BUILTIN["Union"]:   # _PyUnion_Check: its members
        cls = cls.args
    if isinstance(cls, tuple):
        return any(issubclass_(a, item) for item in cls)
    if isinstance(cls, TypeObject) and HOST_TYPES[cls.__class__] is BUILTIN["type"]:
        if not isinstance(a, TypeObject):
            raise_type_error("issubclass() arg 1 must be a class")
        return is_subclass(a, cls)
    check = lookup_special(cls, "__subclasscheck__")
    if check is MISSING:
        # recursive_issubclass: check_class(derived) comes first
        if not isinstance(getattr_or_missing(a, "__bases__"), tuple):
            raise_type_error("issubclass() arg 1 must be a class")
        raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    return bool(check(a))


def class_getitem(cls: TypeObject, item: Any) -> Any:
    """Mirrors abstract.c: PyObject_GetItem on a type (`type[int]` needs no __class_getitem__)."""
    if cls is BUILTIN["type"]:
        return types.GenericAlias(cls, item)
    meta = type_of(cls)
    getitem = lookup(meta, "__getitem__")
    if getitem is not MISSING:
        return bind(getitem, cls, meta)(item)
    hook = type_getattr_or_missing(cls, "__class_getitem__")
    if hook is MISSING:
        raise_type_error(f"type '{cls.name}' is not subscriptable")
    return hook(item)


def type_getattr_or_missing(cls: TypeObject, name: str) -> Any:
    attr = lookup(cls, name)
    return attr if attr is MISSING else bind(attr, MISSING, cls)


def type_module(cls: TypeObject) -> str:
    module = cls.dict.get("__module__", MISSING)
    if module is MISSING or isinstance(module, GetSet):   # `type` itself: its __module__ getter
        # an instance-level __module__ member of a builtin type (typealiasobject) may say its
        # type's module, as the module part of a C type's tp_name does
        return getattr(module, "type_module", cls.static_module)
    return module


def object_repr(obj: Any) -> str:
    t = type_of(obj)
    module = type_module(t)
    name = t.qualname if module == "builtins" else f"{module}.{t.qualname}"
    return f"<{name} object at {id(obj):#x}>"


def type_repr(cls: TypeObject) -> str:
    module = type_module(cls)
    if module == "builtins" or not isinstance(module, str):
        return f"<class '{cls.qualname}'>"
    return f"<class '{module}.{cls.qualname}'>"
