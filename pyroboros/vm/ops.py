"""The slower halves of instructions: what bytecodes.c delegates to ceval.c and abstract.c.

Mirrors Python/ceval.c (do_raise, _PyEval_UnpackIterable, format_exc_check_arg,
_PyEval_FormatKwargsError, check_except_type_valid, the intrinsics table) and the error
messages of Objects/abstract.c (binary_op1's "unsupported operand type(s)"). The eval loop
calls these only off its fast paths, with guest values; each raises CPython's exception.
Left out: type-parameter intrinsics.
"""
from __future__ import annotations

import operator
import re
from typing import Any

from ..bytecode import opcodes as OP
from ..objects.code import CO_ASYNC_GENERATOR, CO_COROUTINE
from ..objects.exceptions import ExcInstance
from ..objects.function import BoundMethod, Builtin, Function, MethodDescriptor
from ..objects.generator import Generator
from ..objects.value_repr import value_repr
from ..objects.typeobject import HOST_TYPES, MISSING, TypeObject, lookup, type_of
from ..runtime import abstract, protocol
from ..runtime.index_errors import is_iterable
from ..runtime.errors import (GUEST_EXCEPTIONS, new_exception, raise_error, raise_type_error,
                              stop_value, to_guest)

BINARY_OPERATORS = [
    operator.add, operator.and_, operator.floordiv, operator.lshift, operator.matmul,
    operator.mul, operator.mod, operator.or_, operator.pow, operator.rshift, operator.sub,
    operator.truediv, operator.xor,
    operator.iadd, operator.iand, operator.ifloordiv, operator.ilshift, operator.imatmul,
    operator.imul, operator.imod, operator.ior, operator.ipow, operator.irshift, operator.isub,
    operator.itruediv, operator.ixor, operator.getitem,
]
if abstract.HOST_IS_PYPY:
    BINARY_OPERATORS = [abstract.PYPY_OPERATORS.get(op, op) for op in BINARY_OPERATORS]
GETITEM = operator.getitem   # BINARY_SLICE fails as NB_SUBSCR does
COMPARE_OPERATORS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
CONVERSIONS = [None, str, value_repr, ascii]


def set_add(target: set, value: Any) -> None:
    try:
        target.add(value)
    except TypeError as exc:
        raise unhashable(exc, value, "set element") from None


def build_set(values: list) -> set:
    result = set()
    for value in values:
        set_add(result, value)
    return result


def build_map(items: list) -> dict:
    result = {}
    for i in range(0, len(items), 2):
        key = items[i]
        try:
            result[key] = items[i + 1]
        except TypeError as exc:
            raise unhashable(exc, key, "dict key") from None
    return result


def contains_error(exc: TypeError, container: Any, item: Any) -> BaseException:
    """abstract.c: PySequence_Contains's message (3.14's wording), str's own (unicodeobject.c:
    PyUnicode_Contains), or the lookup's unhashable key."""
    t = type_of(container)
    if lookup(t, "__contains__") in (MISSING, None) and not is_iterable(container):
        return new_exception("TypeError", f"argument of type '{t.name}' is not a container or iterable")
    if isinstance(container, str) and not isinstance(item, str) and not isinstance(exc, ExcInstance):
        return new_exception("TypeError", "'in <string>' requires string as left operand, not "
                                          f"{type_of(item).name}")
    if any(b.host in (dict, set, frozenset) for b in t.mro):
        return unhashable(exc, item, "dict key" if dict in (b.host for b in t.mro) else "set element")
    return exc


def unhashable(exc: BaseException, key: Any, kind: str) -> BaseException:
    """dictobject.c: dict_unhashable_type (and setobject.c's): a TypeError from hashing a key is
    reported as "cannot use 'T' as a dict key (...)"."""
    exc = to_guest(exc)
    if type_of(exc) is not GUEST_EXCEPTIONS["TypeError"]:
        return exc
    try:
        hash(key)
    except TypeError:
        return new_exception("TypeError", f"cannot use '{type_of(key).name}' as a {kind} ({exc})")
    return exc


def binary_op_failed(exc: BaseException, op: Any, left: Any, right: Any) -> Any:
    """BINARY_OP's cold path once the host operator raised: subscripting a class
    (abstract.c: PyObject_GetItem's PyType_Check branch: type objects have no mp_subscript, so
    host code never sees one as a mapping or a sequence), else the guest exception."""
    if op is operator.getitem and isinstance(left, TypeObject) and not isinstance(exc, ExcInstance) \
            and lookup(type_of(left), "__getitem__") in (MISSING, None):
        return protocol.class_getitem(left, right)
    abstract.fail(exc, binary_op_error(exc, op, left, right))


def compare_failed(exc: BaseException, op: Any, left: Any, right: Any) -> Any:
    """COMPARE_OP's cold path once the host comparison raised: slices order as their (start,
    stop, step) tuples (sliceobject.c: slice_richcompare; PyPy's host slices do not order),
    else object.c: do_richcompare's error."""
    if left.__class__ is slice and right.__class__ is slice and not isinstance(exc, ExcInstance):
        return op((left.start, left.stop, left.step), (right.start, right.stop, right.step))
    abstract.fail(exc, abstract.compare_error(exc, op, left, right))


def binary_op_error(exc: TypeError, op: Any, left: Any, right: Any) -> BaseException:
    """The guest error for a host TypeError (or a subscript's IndexError) of BINARY_OP:
    abstract.c's message for the operand types, a dict lookup's unhashable key, or a
    %-format's bad %c argument as 3.14 words them."""
    if op is operator.getitem:
        if left.__class__ is dict:
            return unhashable(exc, right, "dict key")
        return abstract.subscript_error(exc, left, right, "getitem")
    if not isinstance(exc, TypeError):
        return exc
    if op in (operator.mod, operator.imod) and isinstance(left, (str, bytes, bytearray)):
        message = str(exc)
        if message.startswith("%c requires "):
            value = _percent_c_argument(left, right)
            if value is not MISSING:
                return new_exception("TypeError", _percent_c_message(left, value))
        if message == "not all arguments converted during string formatting" and \
                not isinstance(left, str):   # bytesobject.c: _PyBytes_FormatEx (PyPy's host says "string")
            return new_exception("TypeError", "not all arguments converted during bytes formatting")
    return abstract.binary_error(exc, op, left, right)


def store_subscr_error(exc: TypeError, container: Any, key: Any, value: Any) -> BaseException:
    if container.__class__ is dict:
        return unhashable(exc, key, "dict key")
    return abstract.subscript_error(exc, container, key, "setitem", value)


def delete_subscr_error(exc: TypeError, container: Any, key: Any) -> BaseException:
    if container.__class__ is dict:
        return unhashable(exc, key, "dict key")
    return abstract.subscript_error(exc, container, key, "delitem")


# One conversion specifier of printf-style formatting: (mapping key)(width)(.precision)(type).
_SPECIFIER = re.compile(r"%(?:\((?P<key>[^)]*)\))?[-+ #0]*(?P<width>\*|\d+)?"
                        r"(?:\.(?P<precision>\*|\d*))?[hlL]?(?P<type>.)", re.DOTALL)


def _percent_c_argument(fmt: Any, args: Any) -> Any:
    """The first %c argument of `fmt % args` that %c rejects (MISSING when none is found)."""
    is_bytes = not isinstance(fmt, str)
    positional = args if isinstance(args, tuple) else (args,)
    index = 0
    for match in _SPECIFIER.finditer(fmt.decode("latin-1") if is_bytes else fmt):
        index += (match["width"] == "*") + (match["precision"] == "*")
        if match["type"] == "%":
            continue
        key = match["key"]
        if key is not None:
            try:
                value = args[key.encode("latin-1") if is_bytes else key]
            except (KeyError, TypeError):
                return MISSING
        else:
            value = positional[index] if index < len(positional) else MISSING
            index += 1
        if match["type"] == "c" and value is not MISSING and _percent_c_rejects(value, is_bytes):
            return value
    return MISSING


def _percent_c_rejects(value: Any, is_bytes: bool) -> bool:
    if isinstance(value, (bytes, bytearray) if is_bytes else str):
        return len(value) != 1
    if isinstance(value, (str, bytes, bytearray)):
        return True
    try:
        operator.index(value)
    except TypeError:
        return True
    return False


def _percent_c_message(fmt: Any, value: Any) -> str:
    """unicodeobject.c: formatchar / bytesobject.c: byte_converter's messages."""
    if isinstance(fmt, str):
        what = (f"a string of length {len(value)}" if isinstance(value, str)
                else type_of(value).name)
        return f"%c requires an int or a unicode character, not {what}"
    what = (f"a {type_of(value).name} object of length {len(value)}"
            if isinstance(value, (bytes, bytearray)) else type_of(value).name)
    return f"%c requires an integer in range(256) or a single byte, not {what}"


def unhashable_element(exc: BaseException, kind: str) -> BaseException:
    """The same report for a key taken from an iterable: the host's "unhashable type: 'T'" names
    the key's type."""
    exc = to_guest(exc)
    message = str(exc)
    if type_of(exc) is GUEST_EXCEPTIONS["TypeError"] and message.startswith("unhashable type: '"):
        name = message[len("unhashable type: '"):-1]
        return new_exception("TypeError", f"cannot use '{name}' as a {kind} ({message})")
    return exc


def name_error(name: str) -> ExcInstance:
    exc = new_exception("NameError", f"name '{name}' is not defined")
    exc.dict["name"] = name
    return exc


def unbound_local(code: Any, index: int) -> ExcInstance:
    name = code.co_localsplusnames[index]
    exc = new_exception("UnboundLocalError", f"cannot access local variable '{name}' where it is "
                                             "not associated with a value")
    exc.dict["name"] = name
    return exc


def unbound_deref(code: Any, index: int) -> ExcInstance:
    if code.co_localspluskinds[index] & 0x80:
        name = code.co_localsplusnames[index]
        exc = new_exception("NameError", f"cannot access free variable '{name}' where it is not "
                                         "associated with a value in enclosing scope")
        exc.dict["name"] = name
        return exc
    return unbound_local(code, index)


def load_name(frame: Any, name: str) -> Any:
    namespace = frame.locals
    if namespace.__class__ is dict:
        value = namespace.get(name, MISSING)
    else:
        try:
            value = namespace[name]
        except KeyError:   # a mapping subclass's inherited host __getitem__
            value = MISSING
        except ExcInstance as exc:
            if not is_instance_of(exc, "KeyError"):
                raise
            value = MISSING
    if value is MISSING:
        value = frame.globals.get(name, MISSING)
        if value is MISSING:
            value = frame.builtins.get(name, MISSING)
            if value is MISSING:
                raise name_error(name)
    return value


def delete_name(frame: Any, name: str) -> None:
    try:
        del frame.locals[name]
    except KeyError:
        raise name_error(name) from None
    except ExcInstance as exc:
        if not is_instance_of(exc, "KeyError"):
            raise
        raise name_error(name) from None


def load_method(owner: Any, name: str) -> Any:
    """The unbound method for `owner.name(...)` when the attribute is a plain method on the
    type not shadowed by the instance (LOAD_ATTR_METHOD); MISSING otherwise."""
    t = HOST_TYPES.get(owner.__class__) or type_of(owner)
    descr = lookup(t, name)
    cls = descr.__class__
    if cls is not Function and cls is not MethodDescriptor:
        return MISSING
    if lookup(t, "__getattribute__") is not protocol.GENERIC_GETATTRIBUTE:
        return MISSING
    if t.has_dict:
        d = owner.dict
        if d is not None and name in d:
            return MISSING
    return descr


def load_special(owner: Any, name: str) -> tuple[Any, Any]:
    t = type_of(owner)
    descr = lookup(t, name)
    if descr is MISSING:
        # _PyEval_SpecialMethodCanSuggest: the other kind of `with` would have worked
        is_async = name in ("__aenter__", "__aexit__")
        other = ("__enter__", "__exit__") if is_async else ("__aenter__", "__aexit__")
        message = (f"'{t.name}' object does not support the "
                   f"{'asynchronous ' if is_async else ''}context manager protocol "
                   f"(missed {name} method)")
        if all(lookup(t, method) is not MISSING for method in other):
            message += (" but it supports the context manager protocol. Did you mean to use 'with'?"
                        if is_async else " but it supports the asynchronous context manager "
                        "protocol. Did you mean to use 'async with'?")
        raise_type_error(message)
    if descr.__class__ is Function or descr.__class__ is MethodDescriptor:
        return descr, owner
    return protocol.bind(descr, owner, t), MISSING


def load_super_attr(global_super: Any, cls: Any, self_: Any, name: str, method: int) -> tuple[Any, Any]:
    from ..modules.builtins import Super, SUPER_BUILTIN
    if global_super is not SUPER_BUILTIN:
        sup = global_super(cls, self_)
        return protocol.getattr_(sup, name), MISSING
    if not isinstance(cls, TypeObject):
        raise_type_error(f"super() argument 1 must be a type, not {type_of(cls).name}")
    value = protocol.super_lookup(cls, self_, name)
    if value is MISSING:
        return protocol.getattr_(Super(cls, self_), name), MISSING
    if method and value.__class__ is BoundMethod and value.self is self_:
        return value.func, self_
    return value, MISSING


def unpack_error(seq: Any, expected: int) -> ExcInstance:
    n = len(seq)
    if n < expected:
        return new_exception("ValueError", f"not enough values to unpack (expected {expected}, got {n})")
    return new_exception("ValueError", f"too many values to unpack (expected {expected}, got {n})")


def unpack_iterable(seq: Any, before: int, after: int) -> list:
    """Mirrors ceval.c: _PyEval_UnpackIterable (after == -1: no starred target)."""
    try:
        it = iter(seq)
    except TypeError:
        raise_type_error(f"cannot unpack non-iterable {type_of(seq).name} object")
    values = []
    for _ in range(before):
        try:
            values.append(next(it))
        except StopIteration:
            if after == -1:
                raise_error("ValueError", f"not enough values to unpack (expected {before}, "
                                          f"got {len(values)})")
            raise_error("ValueError", f"not enough values to unpack (expected at least "
                                      f"{before + after}, got {len(values)})")
    if after == -1:
        try:
            next(it)
        except StopIteration:
            return values
        if isinstance(seq, (list, tuple, dict, set, str)):
            raise_error("ValueError", f"too many values to unpack (expected {before}, got {len(seq)})")
        raise_error("ValueError", f"too many values to unpack (expected {before})")
    rest = list(it)
    if len(rest) < after:
        raise_error("ValueError", f"not enough values to unpack (expected at least "
                                  f"{before + after}, got {before + len(rest)})")
    if after:
        values.append(rest[:-after])
        values.extend(rest[-after:])
    else:
        values.append(rest)
    return values


def unpack_ex(seq: Any, before: int, after: int) -> list:
    return unpack_iterable(seq, before, after)


def set_function_attribute(func: Function, which: int, value: Any) -> None:
    if which == 1:
        func.defaults = value
    elif which == 2:
        func.kwdefaults = value
    elif which == 4:
        func.annotations = dict(zip(value[::2], value[1::2])) if isinstance(value, tuple) else value
    elif which == 8:
        func.closure = value
    elif which == 16:
        func.annotate = value


def send(receiver: Any, value: Any) -> tuple[Any, bool]:
    """SEND: one step of `yield from`; (value, True) when the sub-iterator returned."""
    if isinstance(receiver, Generator):
        return receiver.send_ex(value)
    try:
        if value is None:
            return next(receiver), False
        return protocol.call_method(receiver, "send", value), False
    except StopIteration as stop:
        return stop_value(stop), True


def is_instance_of(exc: Any, name: str) -> bool:
    return GUEST_EXCEPTIONS[name] in type_of(exc).mro


def check_except_type(right: Any) -> None:
    base = GUEST_EXCEPTIONS["BaseException"]
    items = right if isinstance(right, tuple) else (right,)
    for item in items:
        if not isinstance(item, TypeObject) or base not in item.mro:
            raise_type_error("catching classes that do not inherit from BaseException is not allowed")


def make_raise(value: Any, cause: Any) -> ExcInstance:
    """Mirrors ceval.c: do_raise."""
    base = GUEST_EXCEPTIONS["BaseException"]
    if isinstance(value, TypeObject) and base in value.mro:
        exc = value()
        if not isinstance(exc, ExcInstance):
            raise_type_error(f"calling {protocol.type_repr(value)} should have returned an instance "
                             f"of BaseException, not {type_of(exc).name}")
    elif isinstance(value, ExcInstance):
        exc = value
    else:
        raise_type_error("exceptions must derive from BaseException")
    if cause is not MISSING:
        if isinstance(cause, TypeObject) and base in cause.mro:
            cause = cause()
        elif cause is not None and not isinstance(cause, ExcInstance):
            raise_type_error("exception causes must derive from BaseException")
        exc.g_cause = cause
        exc.g_suppress = True
    return exc


def chain_context(exc: ExcInstance, handled: ExcInstance) -> None:
    """_PyErr_SetObject: the handled exception becomes the new one's __context__, breaking cycles."""
    o = handled
    while o is not None:
        context = o.g_context
        if context is exc:
            o.g_context = None
            break
        o = context
    exc.g_context = handled


def star_args(func: Any, callargs: Any) -> tuple:
    if callargs.__class__ is tuple:
        return callargs
    if not is_iterable(callargs):
        raise_type_error(f"{_func_desc(func)} argument after * must be an iterable, not "
                         f"{type_of(callargs).name}")
    return tuple(callargs)


def _func_desc(func: Any) -> str:
    """Mirrors object.c: _PyObject_FunctionStr (bound methods answer for their function)."""
    from ..objects.value_repr import value_str
    qualname = protocol.getattr_or_missing(func, "__qualname__")
    if qualname is MISSING:
        return value_str(func)
    module = protocol.getattr_or_missing(func, "__module__")
    if module is not MISSING and module is not None and module != "builtins":
        return f"{value_str(module)}.{value_str(qualname)}()"
    return f"{value_str(qualname)}()"


def list_extend(target: list, value: Any) -> None:
    if not is_iterable(value):
        raise_type_error(f"Value after * must be an iterable, not {type_of(value).name}")
    target.extend(value)


def dict_update(target: dict, value: Any) -> None:
    if lookup(type_of(value), "keys") is MISSING:
        raise_type_error(f"'{type_of(value).name}' object is not a mapping")
    target.update(value)


def dict_merge(target: dict, value: Any, func: Any) -> None:
    """Mirrors bytecodes.c: DICT_MERGE: dictobject.c's dict_merge with override 2 (a key
    already there is a KeyError), its errors reworded by ceval.c: _PyEval_FormatKwargsError."""
    from ..objects.value_repr import value_str
    try:
        if value.__class__ is dict:
            keys = list(value)
        else:
            keys = protocol.call_method(value, "keys")
            if not is_iterable(keys):   # abstract.c: method_output_as_list
                raise_type_error(f"{type_of(value).name}.keys() returned a non-iterable "
                                 f"(type {type_of(keys).name})")
            keys = list(keys)
        for key in keys:
            if key in target:
                raise new_exception("KeyError", key)
            target[key] = value[key]
    except BaseException as raised:
        exc = to_guest(raised)
        args = exc.g_args if isinstance(exc, ExcInstance) else ()
        if len(args) != 1:
            raise
        if is_instance_of(exc, "AttributeError"):
            error = (f"{_func_desc(func)} argument after ** must be a mapping, not "
                     f"{type_of(value).name}")
        elif is_instance_of(exc, "KeyError"):
            key = args[0]
            error = (f"{_func_desc(func)} got multiple values for keyword argument "
                     f"'{value_str(key)}'" if isinstance(key, str)
                     else f"{_func_desc(func)} keywords must be strings")
        else:
            raise
        raise new_exception("TypeError", error) from None


def intrinsic_1(which: int, value: Any, frame: Any) -> Any:
    name = OP.INTRINSIC_1[which]
    if name == "INTRINSIC_LIST_TO_TUPLE":
        return tuple(value)
    if name == "INTRINSIC_UNARY_POSITIVE":
        try:
            return +value
        except TypeError as exc:
            abstract.fail(exc, abstract.unary_error(exc, "unary +", value))
    if name == "INTRINSIC_ASYNC_GEN_WRAP":
        from ..objects.asyncgen import WrappedValue
        return WrappedValue(value)
    if name == "INTRINSIC_STOPITERATION_ERROR":
        if isinstance(value, ExcInstance) and is_instance_of(value, "StopIteration"):
            error = new_exception("RuntimeError", f"{_frame_kind(frame)} raised StopIteration")
        elif (isinstance(value, ExcInstance) and frame.code.co_flags & CO_ASYNC_GENERATOR
              and is_instance_of(value, "StopAsyncIteration")):
            error = new_exception("RuntimeError", "async generator raised StopAsyncIteration")
        else:
            return value
        error.g_cause = value
        error.g_context = value
        error.g_suppress = True
        return error
    if name == "INTRINSIC_IMPORT_STAR":
        from ..runtime.importer import import_star
        import_star(frame, value)
        return None
    if name in _TYPE_PARAM_INTRINSICS_1:
        from ..objects import typevars
        if name == "INTRINSIC_TYPEALIAS":
            return typevars.type_alias(value, frame.globals.get("__name__"))
        return getattr(typevars, _TYPE_PARAM_INTRINSICS_1[name])(value)
    if name == "INTRINSIC_PRINT":
        from ..runtime.displayhook import print_expr
        print_expr(value)
        return None
    raise_error("SystemError", f"pyroboros: {name} is not implemented")


def _frame_kind(frame: Any) -> str:
    """intrinsics.c: stopiteration_error's wording by the code's kind."""
    flags = frame.code.co_flags
    if flags & CO_ASYNC_GENERATOR:
        return "async generator"
    if flags & CO_COROUTINE:
        return "coroutine"
    return "generator"


def build_interpolation(value: Any, expression: str, oparg: int, spec: str) -> Any:
    from ..objects.templates import build_interpolation as build
    return build(value, expression, oparg, spec)


def build_template(strings: tuple, interpolations: tuple) -> Any:
    from ..objects.templates import Template
    return Template.build(strings, interpolations)


def get_aiter(obj: Any) -> Any:
    from ..objects.asyncgen import get_aiter as aiter
    return aiter(obj)


def get_anext(aiter: Any) -> Any:
    from ..objects.asyncgen import get_anext as anext
    return anext(aiter)


def import_name(frame: Any, name: str, fromlist: Any, level: Any) -> Any:
    """Mirrors ceval.c: _PyEval_ImportName: the builtins' __import__, called directly when it
    is the original one."""
    from ..runtime import importer
    import_func = frame.builtins.get("__import__", MISSING)
    if import_func is MISSING:
        raise_error("ImportError", "__import__ not found")
    if getattr(import_func, "fn", None) is importer.import_name:
        return importer.import_name(name, frame.globals, frame.locals, fromlist, level)
    locals_ = frame.locals if frame.locals is not None else None
    return import_func(name, frame.globals, locals_, fromlist, level)


_TYPE_PARAM_INTRINSICS_1 = {"INTRINSIC_TYPEVAR": "TypeVar", "INTRINSIC_PARAMSPEC": "ParamSpec",
                            "INTRINSIC_TYPEVARTUPLE": "TypeVarTuple",
                            "INTRINSIC_SUBSCRIPT_GENERIC": "subscript_generic",
                            "INTRINSIC_TYPEALIAS": "type_alias"}
_TYPE_PARAM_INTRINSICS_2 = {"INTRINSIC_TYPEVAR_WITH_BOUND": "typevar_with_bound",
                            "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS": "typevar_with_constraints",
                            "INTRINSIC_SET_TYPEPARAM_DEFAULT": "set_default"}


def intrinsic_2(which: int, first: Any, second: Any) -> Any:
    name = OP.INTRINSIC_2[which]
    if name == "INTRINSIC_PREP_RERAISE_STAR":
        from ..objects.exception_group import prep_reraise_star
        return prep_reraise_star(first, second)
    if name == "INTRINSIC_SET_FUNCTION_TYPE_PARAMS":
        first.type_params = second
        return first
    if name in _TYPE_PARAM_INTRINSICS_2:
        from ..objects import typevars
        return getattr(typevars, _TYPE_PARAM_INTRINSICS_2[name])(first, second)
    raise_error("SystemError", f"pyroboros: {OP.INTRINSIC_2[which]} is not implemented")


def except_star_match(exc: Any, match_type: Any) -> tuple[Any, Any]:
    from ..objects.exception_group import except_star_match as match
    return match(exc, match_type)


def common_constant(which: int, frame: Any) -> Any:
    name = OP.COMMON_CONSTANTS[which]
    from ..modules.builtins import BUILTINS
    return BUILTINS[name]


# Pattern matching (ceval.c: match_keys, match_class; the Py_TPFLAGS_SEQUENCE/MAPPING flags).
SEQUENCE_TYPES = ("list", "tuple", "range", "memoryview", "deque", "array")
MAPPING_TYPES = ("dict", "mappingproxy", "OrderedDict", "defaultdict")
_SELF_MATCHING = ("bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list",
                  "set", "str", "tuple")


def matches_kind(subject: Any, kinds: tuple[str, ...]) -> bool:
    for base in type_of(subject).mro:
        if base.host is not None and base.name in kinds:
            return True
        if base.dict.get("__abc_kind__") in kinds:
            return True
    return False


def match_keys(subject: Any, keys: tuple) -> Any:
    if not keys:
        return ()
    get = protocol.getattr_(subject, "get")
    seen = []
    values = []
    for key in keys:
        if key in seen:
            raise_error("ValueError", f"mapping pattern checks duplicate key ({key!r})")
        seen.append(key)
        value = get(key, MISSING)
        if value is MISSING:
            return None
        values.append(value)
    return tuple(values)


def match_class(subject: Any, cls: Any, count: int, names: tuple) -> Any:
    if not isinstance(cls, TypeObject):
        raise_type_error("called match pattern must be a class")
    if not protocol.isinstance_(subject, cls):
        return None
    attrs = []
    seen: list[str] = []
    if count:
        match_args = protocol.getattr_or_missing(cls, "__match_args__")
        if match_args is MISSING:
            if cls.host is not None and cls.name in _SELF_MATCHING or \
                    any(b.host is not None and b.name in _SELF_MATCHING for b in cls.mro):
                if count > 1:
                    raise_type_error(f"{cls.name}() accepts 1 positional sub-pattern ({count} given)")
                attrs.append(subject)
                count = 0
                match_args = ()
            else:
                match_args = ()
        if not isinstance(match_args, tuple):
            raise_type_error(f"{cls.name}.__match_args__ must be a tuple (got {type_of(match_args).name})")
        if count > len(match_args):
            raise_type_error(f"{cls.name}() accepts {len(match_args)} positional sub-pattern"
                             f"{'' if len(match_args) == 1 else 's'} ({count} given)")
        for name in match_args[:count]:
            if not isinstance(name, str):
                raise_type_error(f"__match_args__ elements must be strings (got {type_of(name).name})")
            if name in seen:
                raise_type_error(f"{cls.name}() got multiple sub-patterns for attribute {name!r}")
            seen.append(name)
            value = protocol.getattr_or_missing(subject, name)
            if value is MISSING:
                return None
            attrs.append(value)
    for name in names:
        if name in seen:
            raise_type_error(f"{cls.name}() got multiple sub-patterns for attribute {name!r}")
        seen.append(name)
        value = protocol.getattr_or_missing(subject, name)
        if value is MISSING:
            return None
        attrs.append(value)
    return tuple(attrs)


def inline_init(cls: TypeObject) -> Any:
    """The guest __init__ to run in the eval loop for `cls(...)`, when calling cls means exactly
    object.__new__ then that __init__ (specialize.c: CALL_ALLOC_AND_ENTER_INIT); else None."""
    if cls.host is not None or cls.layout is None:
        return None
    init = lookup(cls, "__init__")
    if init.__class__ is not Function or init.code.co_flags & 0x2A0:
        return None
    if lookup(cls, "__new__") is not protocol.OBJECT_NEW:
        return None
    return init


def allocate(cls: TypeObject) -> Any:
    """object.__new__(cls) for a class whose instances are plain guest objects."""
    layout = cls.layout
    obj = layout.__new__(layout)
    obj.dict = {} if cls.has_dict else None
    obj.slots = None
    return obj


def get_awaitable(value: Any, oparg: int) -> Any:
    """Mirrors ceval.c: _PyEval_GetAwaitable (genobject.c: _PyCoro_GetAwaitableIter)."""
    from ..objects.generator import Coroutine
    if isinstance(value, Coroutine):
        if value.yieldfrom() is not None:
            raise_error("RuntimeError", "coroutine is being awaited already")
        return value
    t = type_of(value)
    await_ = lookup(t, "__await__")
    if await_ is MISSING:
        if oparg == 1:
            raise_type_error(f"'async with' received an object from __aenter__ that does not "
                             f"implement __await__: {t.name}")
        if oparg == 2:
            raise_type_error(f"'async with' received an object from __aexit__ that does not "
                             f"implement __await__: {t.name}")
        raise_type_error(f"'{t.name}' object can't be awaited")
    result = protocol.bind(await_, value, t)()
    if isinstance(result, Coroutine):
        raise_type_error("__await__() returned a coroutine")
    if lookup(type_of(result), "__next__") in (MISSING, None):
        raise_type_error(f"__await__() returned non-iterator of type '{type_of(result).name}'")
    return result
