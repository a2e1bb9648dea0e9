"""Async generators and async iteration: the objects behind `async def ... yield` and `async for`.

Mirrors Objects/genobject.c (PyAsyncGenObject, async_gen_unwrap_value, async_gen_asend_send/
throw, async_gen_athrow_send/throw, _PyAsyncGenValueWrapperNew), Objects/iterobject.c
(anextawaitable) and ceval.c's _PyEval_GetAIter/_PyEval_GetANext. An async generator is a
generator whose frame yields two kinds of values: those wrapped by INTRINSIC_ASYNC_GEN_WRAP
(its own `yield`, which finish the current asend/athrow awaitable with StopIteration) and raw
ones (from an `await` inside it, passed through to whoever drives the awaitable). Left out:
sys.set_asyncgen_hooks (firstiter/finalizer): a dropped async generator is closed as a
generator is.
"""
from __future__ import annotations

import sys as _host_sys
import types
from typing import Any

from ..runtime import errors, protocol
from .builtin_types import _own_type, _string_attribute, class_method, gen_sizeof, getset, member, method
from .generator import Coroutine, Generator, throw_arguments, warn_throw_signature
from .typeobject import MISSING, lookup, type_of

_INIT, _ITER, _CLOSED = 0, 1, 2


class WrappedValue:
    """_PyAsyncGenWrappedValue: a value the async generator itself yielded."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class AsyncGenerator(Generator):
    """A guest async generator (ag_running_async: an asend/athrow is in progress; ag_closed)."""

    __slots__ = ("running_async", "closed")
    KIND = "async generator"

    def __init__(self, frame: Any, func: Any) -> None:
        Generator.__init__(self, frame, func)
        self.running_async = False
        self.closed = False

    def step(self, value: Any, throw: tuple | None = None,
             close_on_genexit: bool = True) -> tuple[Any, bool]:
        """One resumption: send `value`, or throw (type[, value[, traceback]]) as
        genobject.c: _gen_throw does, an awaited sub-iterator first."""
        if throw is None:
            return self.send_ex(value)
        try:
            return Generator.throw(self, *throw, close_on_genexit=close_on_genexit), False
        except StopIteration as stop:
            return errors.stop_value(stop), True

    def __repr__(self) -> str:
        return f"<async_generator object {self.qualname} at {id(self):#x}>"


class _AwaitableProtocol:
    """What asend()'s and athrow()'s awaitables share (genobject.c: async_gen_asend_close,
    async_gen_athrow_close, _iternext): close() throws GeneratorExit in."""

    __slots__ = ()
    REUSED: str

    def _check_reuse(self) -> None:
        if self.state == _CLOSED:
            errors.raise_error("RuntimeError", f"cannot reuse already awaited {self.REUSED}")

    def close(self) -> None:
        if self.state == _CLOSED:
            return None
        try:
            self.throw(errors.GUEST_EXCEPTIONS["GeneratorExit"])
        except BaseException as raised:
            if errors.exception_matches(raised, ("StopIteration", "StopAsyncIteration",
                                                 "GeneratorExit")):
                return None
            raise
        errors.raise_error("RuntimeError", "coroutine ignored GeneratorExit")

    def __iter__(self) -> "_AwaitableProtocol":
        return self

    def __next__(self) -> Any:
        return self.send(None)


class ASend(_AwaitableProtocol):
    """async_generator_asend: the awaitable of __anext__() and asend(value)."""

    __slots__ = ("gen", "sendval", "state")
    REUSED = "__anext__()/asend()"

    def __del__(self) -> None:
        # async_gen_asend_finalize: created and never awaited (not at host shutdown)
        if self.state == _INIT and not _host_sys.is_finalizing():
            from ..runtime.core_warnings import unawaited_agen_method
            unawaited_agen_method(self.gen, "asend")

    def __init__(self, gen: AsyncGenerator, sendval: Any) -> None:
        self.gen = gen
        self.sendval = sendval
        self.state = _INIT

    def _start(self) -> None:
        if self.gen.running_async:
            self.state = _CLOSED
            errors.raise_error("RuntimeError", "anext(): asynchronous generator is already running")
        self.state = _ITER

    def send(self, value: Any) -> Any:
        """async_gen_asend_send."""
        self._check_reuse()
        if self.state == _INIT:
            self._start()
            if value is None:
                value = self.sendval
        self.gen.running_async = True
        return self._unwrap(value, None)

    def throw(self, /, *args: Any) -> Any:
        """async_gen_asend_throw."""
        self._check_reuse()
        if self.state == _INIT:
            self._start()
            self.gen.running_async = True
        return self._unwrap(None, throw_arguments(args))

    def _unwrap(self, value: Any, throw: tuple | None) -> Any:
        """The step, through async_gen_unwrap_value; a failed step closes this awaitable."""
        gen = self.gen
        try:
            result, done = gen.step(value, throw)
        except BaseException as raised:
            _step_failed(gen, raised)
            self.state = _CLOSED
            raise
        try:
            return _unwrap_value(gen, result, done)
        except BaseException:
            self.state = _CLOSED
            raise


def _unwrap_value(gen: AsyncGenerator, result: Any, done: bool) -> Any:
    """genobject.c: async_gen_unwrap_value: the generator's own yield finishes the awaitable
    with StopIteration(value), its return with StopAsyncIteration."""
    if done:
        gen.running_async = False
        gen.closed = True
        raise errors.new_exception("StopAsyncIteration")
    if result.__class__ is WrappedValue:
        gen.running_async = False
        raise StopIteration(result.value)
    return result


def _step_failed(gen: AsyncGenerator, raised: BaseException) -> None:
    """async_gen_unwrap_value's error path."""
    if errors.exception_matches(raised, ("StopAsyncIteration", "GeneratorExit")):
        gen.closed = True
    gen.running_async = False


class AThrow(_AwaitableProtocol):
    """async_generator_athrow: the awaitable of athrow(...) and (args None) aclose()."""

    __slots__ = ("gen", "args", "state")

    def __del__(self) -> None:
        # async_gen_athrow_finalize: created and never awaited (not at host shutdown)
        if self.state == _INIT and not _host_sys.is_finalizing():
            from ..runtime.core_warnings import unawaited_agen_method
            unawaited_agen_method(self.gen, "aclose" if self.args is None else "athrow")
    REUSED = "aclose()/athrow()"

    def __init__(self, gen: AsyncGenerator, args: tuple | None) -> None:
        self.gen = gen
        self.args = args
        self.state = _INIT

    def _start(self) -> None:
        if self.gen.running_async:
            self.state = _CLOSED
            verb = "aclose" if self.args is None else "athrow"
            errors.raise_error("RuntimeError", f"{verb}(): asynchronous generator is already running")

    def send(self, value: Any) -> Any:
        """async_gen_athrow_send."""
        gen = self.gen
        self._check_reuse()
        if gen.frame is None:
            self.state = _CLOSED
            raise StopIteration
        if self.state == _INIT:
            self._start()
            if gen.closed:
                self.state = _CLOSED
                raise errors.new_exception("StopAsyncIteration")
            if value is not None:
                errors.raise_error("RuntimeError",
                                   "can't send non-None value to a just-started coroutine")
            self.state = _ITER
            gen.running_async = True
            if self.args is None:
                gen.closed = True
                throw = (errors.GUEST_EXCEPTIONS["GeneratorExit"],)
            else:
                throw = throw_arguments(self.args, "athrow", warn=False)
            return self._finish(lambda: gen.step(None, throw, close_on_genexit=False))
        # athrow()'s later steps leave this awaitable open when they fail, as CPython's do
        return self._finish(lambda: gen.step(value), self.args is None)

    def throw(self, /, *args: Any) -> Any:
        """async_gen_athrow_throw."""
        self._check_reuse()
        if self.state == _INIT:
            self._start()
            self.state = _ITER
            self.gen.running_async = True
        throw = throw_arguments(args)
        return self._finish(lambda: self.gen.step(None, throw))

    def _finish(self, step: Any, close_on_error: bool = True) -> Any:
        """The step's result: athrow() unwraps it; aclose() turns the generator's end into
        StopIteration and a value it yields into "async generator ignored GeneratorExit"."""
        gen = self.gen
        try:
            result, done = step()
        except BaseException as raised:
            _step_failed(gen, raised)
            if close_on_error:
                self.state = _CLOSED
            if self.args is None and errors.exception_matches(
                    raised, ("StopAsyncIteration", "GeneratorExit")):
                raise StopIteration from None
            raise
        if self.args is not None:
            try:
                return _unwrap_value(gen, result, done)
            except BaseException:
                if close_on_error:
                    self.state = _CLOSED
                raise
        if done or result.__class__ is WrappedValue:
            gen.running_async = False
            self.state = _CLOSED
            if done:
                gen.closed = True
                raise StopIteration
            errors.raise_error("RuntimeError", "async generator ignored GeneratorExit")
        return result


class ANextAwaitable:
    """iterobject.c: anextawaitable: anext(it, default) turns StopAsyncIteration into default.
    `wrapped` is what __anext__() returned when anext() was called."""

    __slots__ = ("wrapped", "default", "inner")

    def __init__(self, wrapped: Any, default: Any) -> None:
        self.wrapped = wrapped
        self.default = default
        self.inner = None

    def _proxy(self, name: str, *args: Any) -> Any:
        if self.inner is None:
            # anextawaitable_getiter: a coroutine is iterated through its __await__()
            inner = awaitable_of(self.wrapped)
            if inner.__class__ is Coroutine:
                inner = protocol.call_method(inner, "__await__")
            self.inner = inner
        try:
            if name == "__next__":
                return next(self.inner)
            return protocol.call_method(self.inner, name, *args)
        except BaseException as raised:
            if errors.exception_matches(raised, ("StopAsyncIteration",)):
                raise StopIteration(self.default) from None
            raise

    def send(self, value: Any) -> Any:
        return self._proxy("__next__") if value is None else self._proxy("send", value)

    def throw(self, *args: Any) -> Any:
        return self._proxy("throw", *args)

    def close(self) -> Any:
        return self._proxy("close")

    def __iter__(self) -> "ANextAwaitable":
        return self

    def __next__(self) -> Any:
        return self._proxy("__next__")


def awaitable_of(value: Any) -> Any:
    """genobject.c: _PyCoro_GetAwaitableIter."""
    from ..vm.ops import get_awaitable
    if value.__class__ in (ASend, AThrow, ANextAwaitable):
        return value
    return get_awaitable(value, 0)


def get_aiter(obj: Any) -> Any:
    """GET_AITER (ceval.c: _PyEval_GetAIter)."""
    t = type_of(obj)
    aiter = lookup(t, "__aiter__")
    if aiter is MISSING:
        errors.raise_type_error(f"'async for' requires an object with __aiter__ method, got {t.name}")
    result = protocol.bind(aiter, obj, t)()
    if lookup(type_of(result), "__anext__") is MISSING:
        errors.raise_type_error(f"'async for' received an object from __aiter__ that does not "
                                f"implement __anext__: {type_of(result).name}")
    return result


def get_anext(aiter: Any) -> Any:
    """GET_ANEXT (ceval.c: _PyEval_GetANext)."""
    if aiter.__class__ is AsyncGenerator:
        return ASend(aiter, None)
    t = type_of(aiter)
    anext = lookup(t, "__anext__")
    if anext is MISSING:
        errors.raise_type_error(f"'async for' requires an iterator with __anext__ method, got {t.name}")
    result = protocol.bind(anext, aiter, t)()
    try:
        return awaitable_of(result)
    except errors.GUEST_EXCEPTIONS["TypeError"].layout as cause:
        # _PyErr_FormatFromCause
        error = errors.new_exception("TypeError", f"'async for' received an invalid object from "
                                                  f"__anext__: {type_of(result).name}")
        error.g_cause = error.g_context = cause
        error.g_suppress = True
        raise error from None


def aiter_(obj: Any) -> Any:
    """builtin aiter()."""
    t = type_of(obj)
    aiter = lookup(t, "__aiter__")
    if aiter is MISSING:
        errors.raise_type_error(f"'{t.name}' object is not an async iterable")
    result = protocol.bind(aiter, obj, t)()
    if lookup(type_of(result), "__anext__") is MISSING:
        errors.raise_type_error(f"aiter() returned not an async iterator of type "
                                f"'{type_of(result).name}'")
    return result


def anext_(aiterator: Any, default: Any = MISSING, *extra: Any) -> Any:
    """builtin anext()."""
    if extra:
        errors.raise_type_error(f"anext expected at most 2 arguments, got {2 + len(extra)}")
    t = type_of(aiterator)
    anext = lookup(t, "__anext__")
    if anext is MISSING:
        errors.raise_type_error(f"'{t.name}' object is not an async iterator")
    awaitable = protocol.bind(anext, aiterator, t)()
    if default is not MISSING:
        return ANextAwaitable(awaitable, default)
    return awaitable


def _athrow(gen: AsyncGenerator, *args: Any) -> AThrow:
    """genobject.c: async_gen_athrow (the arguments are unpacked when the awaitable starts)."""
    if len(args) > 1:
        warn_throw_signature("athrow")
    return AThrow(gen, args)


def _register() -> None:
    agen = _own_type("async_generator", AsyncGenerator)
    for name, fn in [("__anext__", lambda g: ASend(g, None)), ("asend", lambda g, v: ASend(g, v)),
                     ("athrow", _athrow),
                     ("aclose", lambda g: AThrow(g, None)), ("__aiter__", lambda g: g),
                     ("__repr__", repr), ("__del__", AsyncGenerator.__del__), ("__sizeof__", gen_sizeof)]:
        method(agen, name, fn)
    class_method(agen, "__class_getitem__", lambda cls, item: types.GenericAlias(cls, item))
    for name, attr in [("__name__", "name"), ("__qualname__", "qualname")]:
        getset(agen, name, lambda g, _a=attr: getattr(g, _a), _string_attribute(attr, name))
    getset(agen, "ag_frame", lambda g: g.frame)
    member(agen, "ag_running", lambda g: g.running_async)
    getset(agen, "ag_code", lambda g: g.code)
    getset(agen, "ag_await", lambda g: g.yieldfrom())
    getset(agen, "ag_suspended", lambda g: g.frame is not None and not g.running and g.frame.lasti > 0)
    for name, host in [("async_generator_asend", ASend), ("async_generator_athrow", AThrow),
                       ("anext_awaitable", ANextAwaitable)]:
        t = _own_type(name, host)
        for mname, fn in [("send", host.send), ("throw", host.throw), ("close", host.close),
                          ("__next__", host.__next__), ("__iter__", lambda a: a),
                          ("__await__", lambda a: a)]:
            method(t, mname, fn)
        if host is not ANextAwaitable:
            # genobject.c: async_gen_asend_finalize / async_gen_athrow_finalize as the slot
            method(t, "__del__", host.__del__)
    _own_type("async_generator_wrapped_value", WrappedValue)


_register()
