"""Frame objects, FrameLocalsProxy and traceback objects as the guest sees them.

Mirrors Objects/frameobject.c (the f_* getters and setters, frame.clear, PyFrame_GetBack,
_PyFrame_GetLocals and the PEP 667 FrameLocalsProxy: a write-through view of a function's fast
locals, cells and free variables, with the "extra locals" dict for keys that are not variables)
and Python/traceback.c (tb_new, the tb_next setter with its loop check, tb_lineno). The
interpreter frame itself is vm/frame.py's Frame; what the guest may add to it (extra locals, a
trace function) lives in a side table so that creating a frame costs nothing more. Left out:
tracing (f_trace is stored, never called, so f_lineno can never be set).
"""
from __future__ import annotations

import operator
import weakref
from typing import Any

from ..runtime import protocol
from ..runtime.errors import exception_matches, raise_error, raise_type_error
from ..runtime.getargs import (Signature, as_c_int, check_positional, checked_noargs, checked_one,
                               no_keywords)
from ..vm.decode import positions
from ..vm.frame import STATE, Frame, Traceback
from . import builtin_types as bt
from .code import CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_OPTIMIZED
from .function import Cell, MethodDescriptor
from .richcompare import RichCompare
from .typeobject import MISSING, type_of
from .value_repr import value_repr


class _Additions:
    """What the guest attached to a frame (PyFrameObject's f_extra_locals, f_trace, ...)."""

    __slots__ = ("extra", "trace", "trace_lines", "trace_opcodes")

    def __init__(self) -> None:
        self.extra: dict | None = None
        self.trace: Any = None
        self.trace_lines = True
        self.trace_opcodes = False


_ADDITIONS: "weakref.WeakKeyDictionary[Frame, _Additions]" = weakref.WeakKeyDictionary()
_NO_ADDITIONS = _Additions()


def _additions(frame: Frame, create: bool = False) -> _Additions:
    found = _ADDITIONS.get(frame)
    if found is None:
        if not create:
            return _NO_ADDITIONS
        found = _ADDITIONS[frame] = _Additions()
    return found


def is_executing(frame: Frame) -> bool:
    """Whether `frame` is on the running thread's stack."""
    current = STATE.frame
    while current is not None:
        if current is frame:
            return True
        current = current.back
    return False


def _generator_of(frame: Frame) -> Any:
    ref = frame.generator
    return ref() if ref is not None else None


def frame_back(frame: Frame) -> Frame | None:
    """Mirrors frameobject.c: PyFrame_GetBack (a suspended generator's frame has no caller)."""
    if frame.generator is not None and not is_executing(frame):
        return None
    return frame.back


def instruction(frame: Frame) -> int:
    """_PyInterpreterFrame_LASTI: a suspended generator's frame stands just after its
    YIELD_VALUE, or after RETURN_GENERATOR when it has not started (the eval loop keeps lasti
    on the yield, and 0 before the start)."""
    if frame.generator is not None and not is_executing(frame):
        return frame.pc
    return frame.lasti


def frame_lineno(frame: Frame) -> int | None:
    return positions(frame.code)[instruction(frame)][0]


# --- f_locals -----------------------------------------------------------------------------

def _value(frame: Frame, index: int) -> Any:
    """Mirrors frameobject.c: framelocalsproxy_getval (MISSING when unbound)."""
    value = frame.fast[index]
    if value.__class__ is Cell and frame.code.co_localspluskinds[index] & (CO_FAST_CELL | CO_FAST_FREE):
        return value.value
    return value


def _has_hidden_locals(frame: Frame) -> bool:
    """Mirrors frameobject.c: _PyFrame_HasHiddenLocals (an inlined comprehension is running)."""
    kinds = frame.code.co_localspluskinds
    return any(kind & CO_FAST_HIDDEN and _value(frame, i) is not MISSING for i, kind in enumerate(kinds))


def frame_f_locals(frame: Frame) -> Any:
    """Mirrors frameobject.c: frame_locals_get_impl (the namespace dict of module and class
    bodies, else a FrameLocalsProxy)."""
    if not frame.code.co_flags & CO_OPTIMIZED and not _has_hidden_locals(frame):
        if frame.locals is None:
            frame.locals = {}
        return frame.locals
    return FrameLocalsProxy(frame)


def locals_snapshot(frame: Frame) -> Any:
    """Mirrors ceval.c: _PyEval_GetFrameLocals (locals(): a proxy is copied into a dict)."""
    found = frame_f_locals(frame)
    return dict(found.items()) if found.__class__ is FrameLocalsProxy else found


def _key_index(frame: Frame, key: Any, read: bool) -> int:
    """Mirrors frameobject.c: framelocalsproxy_getkeyindex: the slot of `key`, or -1 when it
    names no slot, names an unbound one (read) or a hidden one (write)."""
    key_hash = hash(key)
    names = frame.code.co_localsplusnames
    kinds = frame.code.co_localspluskinds
    found = False
    for identical in (True, False):
        for i, name in enumerate(names):
            if identical:
                if name is not key:
                    continue
            elif hash(name) != key_hash or not name == key:
                continue
            if read:
                if _value(frame, i) is not MISSING:
                    return i
            elif not kinds[i] & CO_FAST_HIDDEN:
                return i
            found = True
        if found:
            return -1
    return -1


def _is_mapping_source(value: Any) -> bool:
    return isinstance(value, (dict, FrameLocalsProxy))


class FrameLocalsProxy(RichCompare):
    """A write-through view of an optimized frame's variables (PyFrameLocalsProxyObject)."""

    __slots__ = ("frame",)

    def __init__(self, frame: Frame) -> None:
        self.frame = frame

    def __getitem__(self, key: Any) -> Any:
        frame = self.frame
        i = _key_index(frame, key, True)
        if i >= 0:
            return _value(frame, i)
        extra = _additions(frame).extra
        if extra is not None and key in extra:
            return extra[key]
        raise_error("KeyError", f"local variable '{value_repr(key)}' is not defined")

    def __setitem__(self, key: Any, value: Any) -> None:
        self._assign(key, value)

    def __delitem__(self, key: Any) -> None:
        self._assign(key, MISSING)

    def _assign(self, key: Any, value: Any) -> None:
        """Mirrors frameobject.c: framelocalsproxy_setitem (MISSING deletes)."""
        frame = self.frame
        i = _key_index(frame, key, False)
        if i >= 0:
            if value is MISSING:
                raise_error("ValueError", "cannot remove local variables from FrameLocalsProxy")
            old = frame.fast[i]
            kind = frame.code.co_localspluskinds[i]
            if old.__class__ is Cell and kind & (CO_FAST_CELL | CO_FAST_FREE):
                old.value = value
            else:
                frame.fast[i] = value
            return
        additions = _additions(frame, create=value is not MISSING)
        if value is MISSING:
            if additions.extra is None or key not in additions.extra:
                raise_error("KeyError", key)
            del additions.extra[key]
            return
        if additions.extra is None:
            additions.extra = {}
        additions.extra[key] = value

    def _merge(self, other: Any) -> bool:
        """Mirrors frameobject.c: framelocalsproxy_merge (False for what is not a mapping of
        the two accepted kinds)."""
        if not _is_mapping_source(other):
            return False
        for key in list(other.keys()):
            self._assign(key, other[key])
        return True

    def keys(self) -> list:
        frame = self.frame
        result = [name for i, name in enumerate(frame.code.co_localsplusnames)
                  if _value(frame, i) is not MISSING]
        extra = _additions(frame).extra
        if extra:
            result.extend(extra)
        return result

    def values(self) -> list:
        return [value for _, value in self.items()]

    def items(self) -> list:
        frame = self.frame
        result = []
        for i, name in enumerate(frame.code.co_localsplusnames):
            value = _value(frame, i)
            if value is not MISSING:
                result.append((name, value))
        extra = _additions(frame).extra
        if extra:
            result.extend(extra.items())
        return result

    def __len__(self) -> int:
        return len(self.keys())

    def __iter__(self) -> Any:
        return iter(self.keys())

    def __reversed__(self) -> list:
        return self.keys()[::-1]

    def __contains__(self, key: Any) -> bool:
        frame = self.frame
        if _key_index(frame, key, True) >= 0:
            return True
        extra = _additions(frame).extra
        return extra is not None and key in extra

    def copy(self) -> dict:
        return dict(self.items())

    def update(self, other: Any) -> None:
        if not self._merge(other):
            raise_type_error("update() argument must be dict or another FrameLocalsProxy")

    def get(self, /, *args: Any) -> Any:
        if not 1 <= len(args) <= 2:
            raise_type_error("get expected 1 or 2 arguments")
        try:
            return self[args[0]]
        except BaseException as raised:
            if not _is_key_error(raised):
                raise
        return args[1] if len(args) == 2 else None

    def setdefault(self, /, *args: Any) -> Any:
        if not 1 <= len(args) <= 2:
            raise_type_error("setdefault expected 1 or 2 arguments")
        try:
            return self[args[0]]
        except BaseException as raised:
            if not _is_key_error(raised):
                raise
        default = args[1] if len(args) == 2 else None
        self._assign(args[0], default)
        return default

    def pop(self, /, *args: Any) -> Any:
        """Mirrors frameobject.c: framelocalsproxy_pop."""
        check_positional("pop", args, {}, 1, 2)
        key = args[0]
        frame = self.frame
        if _key_index(frame, key, False) >= 0:
            raise_error("ValueError", "cannot remove local variables from FrameLocalsProxy")
        extra = _additions(frame).extra
        if extra is not None and key in extra:
            return extra.pop(key)
        if len(args) == 2:
            return args[1]
        raise_error("KeyError", key)

    def __or__(self, other: Any) -> Any:
        if not _is_mapping_source(other):
            return NotImplemented
        result = self.copy()
        result.update(other.items() if other.__class__ is FrameLocalsProxy else other)
        return result

    def __ror__(self, other: Any) -> Any:
        if not _is_mapping_source(other):
            return NotImplemented
        result = dict(other)
        result.update(self.items())
        return result

    def __ior__(self, other: Any) -> Any:
        if not self._merge(other):
            return NotImplemented
        return self

    def _compare(self, other: Any, op: Any) -> Any:
        """Mirrors frameobject.c: framelocalsproxy_richcompare."""
        if other.__class__ is FrameLocalsProxy:
            if op is operator.eq:
                return self.frame is other.frame
            if op is operator.ne:
                return self.frame is not other.frame
            return NotImplemented
        if isinstance(other, dict):
            return op(self.copy(), other)
        return NotImplemented

    def __repr__(self) -> str:
        """Mirrors frameobject.c: framelocalsproxy_repr (Py_ReprEnter: "{...}" inside itself)."""
        if any(entry is self for entry in _REPRS):
            return "{...}"
        _REPRS.append(self)
        try:
            return value_repr(self.copy())
        finally:
            _REPRS.pop()


def _is_key_error(raised: BaseException) -> bool:
    return exception_matches(raised, ("KeyError",))


_REPRS: list = []   # the proxies whose repr is being computed


def _proxy_new(cls: Any, /, *args: Any, **kwargs: Any) -> FrameLocalsProxy:
    """Mirrors frameobject.c: framelocalsproxy_new."""
    if len(args) != 1:
        raise_type_error(f"FrameLocalsProxy expected 1 argument, got {len(args)}")
    if args[0].__class__ is not Frame:
        raise_type_error(f"expect frame, not {type_of(args[0]).name}")
    if kwargs:
        raise_type_error("FrameLocalsProxy takes no keyword arguments")
    return FrameLocalsProxy(args[0])


def _noargs(name: str, fn: Any) -> Any:
    """A METH_NOARGS method of a builtin type: fn(self), with the arity checked."""
    return lambda self, /, *args, **kwargs: checked_noargs(name, lambda: fn(self))(*args, **kwargs)


def _one(name: str, fn: Any) -> Any:
    """A METH_O method of a builtin type: fn(self, argument), with the arity checked."""
    return lambda self, /, *args, **kwargs: checked_one(name, lambda arg: fn(self, arg))(*args, **kwargs)


def _fastcall(name: str, fn: Any) -> Any:
    """A METH_FASTCALL method: positional arguments only, fn counts them."""
    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        no_keywords(name, kwargs)
        return fn(self, *args)
    return method


PROXY = bt._own_type("FrameLocalsProxy", FrameLocalsProxy, constructible=True)
bt.builtin_new(PROXY, _proxy_new)
protocol.HOST_CONSTRUCTORS[FrameLocalsProxy] = lambda *args, **kwargs: _proxy_new(PROXY, *args, **kwargs)
# __getitem__ and __contains__ are METH_COEXIST methods: method descriptors, not slot wrappers
for _name in ("__getitem__", "__contains__", "update"):
    PROXY.dict[_name] = MethodDescriptor(_name, _one(f"FrameLocalsProxy.{_name}",
                                                     getattr(FrameLocalsProxy, _name)), PROXY)
for _name in ("keys", "values", "items", "copy", "__reversed__"):
    bt.method(PROXY, _name, _noargs(f"FrameLocalsProxy.{_name}", getattr(FrameLocalsProxy, _name)))
for _name in ("get", "setdefault", "pop"):
    bt.method(PROXY, _name, _fastcall(f"FrameLocalsProxy.{_name}", getattr(FrameLocalsProxy, _name)))
for _name in ("__setitem__", "__delitem__", "__len__", "__iter__", "__or__", "__ror__", "__ior__",
              "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__"):
    bt.method(PROXY, _name, getattr(FrameLocalsProxy, _name))
PROXY.dict["__hash__"] = None


# --- frame ------------------------------------------------------------------------------------

def _trace_flag(name: str) -> Any:
    """A T_BOOL member of PyFrameObject (f_trace_lines, f_trace_opcodes)."""
    def setter(frame: Frame, value: Any) -> None:
        if value is MISSING:
            if name == "trace_opcodes":
                raise_error("AttributeError", "attribute 'f_trace_opcodes' of 'frame' objects "
                            "cannot be deleted")
            raise_type_error("can't delete numeric/char attribute")
        if value is not True and value is not False:
            raise_type_error("attribute value type must be bool")
        setattr(_additions(frame, create=True), name, value)
    return setter


def _set_trace(frame: Frame, value: Any) -> None:
    _additions(frame, create=True).trace = None if value is MISSING else value


def _set_lineno(frame: Frame, value: Any) -> None:
    """Mirrors frameobject.c: frame_lineno_set_impl, without tracing: never in a trace function."""
    if value is MISSING:
        raise_error("AttributeError", "attribute 'f_lineno' of 'frame' objects cannot be deleted")
    if value.__class__ is not int:
        raise_error("ValueError", "lineno must be an integer")
    raise_error("ValueError", "f_lineno can only be set in a trace function")


def frame_clear(frame: Frame) -> None:
    """Mirrors frameobject.c: frame_clear_impl."""
    generator = _generator_of(frame)
    if generator is not None:
        if generator.running:
            raise_error("RuntimeError", "cannot clear an executing frame")
        if frame.lasti > 0:
            raise_error("RuntimeError", "cannot clear a suspended frame")
        generator.close()
        return
    if is_executing(frame):
        raise_error("RuntimeError", "cannot clear an executing frame")
    frame.fast[:] = [MISSING] * len(frame.fast)
    frame.stack.clear()
    _ADDITIONS.pop(frame, None)


FRAME = bt._own_type("frame", Frame)
for _name, _getter, _setter in [
        ("f_back", frame_back, None),
        ("f_locals", frame_f_locals, None),
        ("f_lineno", frame_lineno, _set_lineno),
        ("f_trace", lambda f: _additions(f).trace, _set_trace),
        ("f_lasti", lambda f: instruction(f) * 2, None),
        ("f_globals", lambda f: f.globals, None),
        ("f_builtins", lambda f: f.builtins, None),
        ("f_code", lambda f: f.code, None),
        ("f_trace_opcodes", lambda f: _additions(f).trace_opcodes, _trace_flag("trace_opcodes")),
        ("f_generator", _generator_of, None)]:
    bt.getset(FRAME, _name, _getter, _setter)
bt.member(FRAME, "f_trace_lines", lambda f: _additions(f).trace_lines, _trace_flag("trace_lines"))
bt.method(FRAME, "clear", _noargs("frame.clear", frame_clear))
# frame___sizeof___impl: the PyFrameObject and interpreter frame headers of a 64-bit 3.14 build,
# then one pointer per local, cell, free variable and stack slot
bt.method(FRAME, "__sizeof__", _noargs("frame.__sizeof__", lambda f: 152 + 8 * (
    len(f.code.co_localsplusnames) + f.code.co_stacksize)))
bt.method(FRAME, "__repr__", lambda f: f"<frame at {id(f):#x}, file {value_repr(f.code.co_filename)}, "
                                       f"line {frame_lineno(f) or -1}, code {f.code.co_name}>")


# --- traceback ----------------------------------------------------------------------------------

class MadeTraceback(Traceback):
    """A traceback the guest built with `traceback(tb_next, tb_frame, tb_lasti, tb_lineno)`:
    it keeps the byte offset and line given (a line of -1 is computed from the offset)."""

    __slots__ = ("offset", "line")

    def __init__(self, next: Traceback | None, frame: Frame, offset: int, line: int) -> None:
        super().__init__(next, frame, offset // 2 if offset >= 0 else -1)
        self.offset = offset
        self.line = line

    @property
    def lineno(self) -> int | None:
        if self.line != -1:
            return self.line
        return super().lineno if self.lasti >= 0 else None


_TRACEBACK_SIGNATURE = Signature("traceback", ("tb_next", "tb_frame", "tb_lasti", "tb_lineno"),
                                 (), 0, 4)


def _traceback_new(cls: Any, /, *args: Any, **kwargs: Any) -> MadeTraceback:
    """Mirrors traceback.c: tb_new_impl (after the clinic's converters)."""
    tb_next, frame, lasti, lineno = _TRACEBACK_SIGNATURE.unpack(args, kwargs)
    if frame.__class__ is not Frame:
        given = "None" if frame is None else type_of(frame).name
        raise_type_error(f"traceback() argument 'tb_frame' must be frame, not {given}")
    lasti = as_c_int(lasti)
    lineno = as_c_int(lineno)
    if tb_next is not None and not isinstance(tb_next, Traceback):
        raise_type_error(f"expected traceback object or None, got '{type_of(tb_next).name}'")
    return MadeTraceback(tb_next, frame, lasti, lineno)


def _set_tb_next(tb: Traceback, value: Any) -> None:
    """Mirrors traceback.c: tb_next_set (no deletion, no cycles)."""
    if value is MISSING:
        raise_type_error("can't delete tb_next attribute")
    if value is not None:
        if not isinstance(value, Traceback):
            raise_type_error(f"expected traceback object, got '{type_of(value).name}'")
        cursor = value
        while cursor is not None:
            if cursor is tb:
                raise_error("ValueError", "traceback loop detected")
            cursor = cursor.next
    tb.next = value


def tb_lasti(tb: Traceback) -> int:
    return tb.offset if tb.__class__ is MadeTraceback else tb.lasti * 2


TRACEBACK = bt._own_type("traceback", Traceback, constructible=True)
bt.HOST_TYPES[MadeTraceback] = TRACEBACK
bt.builtin_new(TRACEBACK, _traceback_new)
protocol.HOST_CONSTRUCTORS[Traceback] = lambda *args, **kwargs: _traceback_new(TRACEBACK, *args, **kwargs)
bt.getset(TRACEBACK, "tb_next", lambda t: t.next, _set_tb_next)
bt.member(TRACEBACK, "tb_frame", lambda t: t.frame)
bt.member(TRACEBACK, "tb_lasti", tb_lasti)
bt.getset(TRACEBACK, "tb_lineno", lambda t: t.lineno)
bt.method(TRACEBACK, "__dir__", lambda t: ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"])
