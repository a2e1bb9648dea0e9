"""Generator objects: a suspended frame resumed by send/throw/close.

Mirrors Objects/genobject.c (gen_send_ex2, gen_throw, gen_close, the "generator ignored
GeneratorExit" and "generator already executing" checks). Resuming runs the generator's frame
in the eval loop (vm/eval.py: execute) until YIELD_VALUE or RETURN_VALUE; no host threads.
Coroutines (`async def`) are generators with their own type and cr_* names, driven by
send/throw/close and awaited through GET_AWAITABLE; async generators build on Generator in
asyncgen.py. Left out: the "coroutine was never awaited" warning.
"""
from __future__ import annotations

import weakref
import sys as _host_sys
from typing import Any

from .typeobject import MISSING


class Generator:
    """A guest generator. `frame` is None once it has finished."""

    __slots__ = ("frame", "running", "name", "qualname", "code", "exc_state", "__weakref__")
    KIND = "generator"
    REUSED: str | None = None   # the error of resuming a finished one (None: StopIteration)

    def __init__(self, frame: Any, func: Any) -> None:
        self.frame = frame
        self.running = False
        self.name = func.name
        self.qualname = func.qualname
        self.code = frame.code
        self.exc_state = None    # the exception this generator is handling while suspended
        # a weak reference (frame.f_generator), not the generator: no reference cycle, so
        # dropping a suspended generator finalizes it at once as in CPython
        frame.generator = weakref.ref(self)

    def send_ex(self, value: Any, exc: Any = None) -> tuple[Any, bool]:
        """Resume; (yielded value, False) or (return value, True). Raises what the frame raises."""
        from ..runtime.errors import raise_error, raise_type_error
        from ..vm import eval as vm_eval
        frame = self.frame
        if self.running:
            raise_error("ValueError", f"{self.KIND} already executing")
        if frame is None:
            if self.REUSED is not None:
                raise_error("RuntimeError", self.REUSED)
            if exc is not None:
                raise exc
            return None, True
        if frame.lasti == 0 and value is not None and exc is None:
            raise_type_error(f"can't send non-None value to a just-started {self.KIND}")
        if exc is None:
            frame.stack.append(value)
        elif self.exc_state is not None and exc is not self.exc_state:
            # _PyErr_ChainStackItem: a thrown exception's context is the exception the
            # generator itself is handling at the yield (never the caller's)
            from ..vm.ops import chain_context
            chain_context(exc, self.exc_state)
        self.running = True
        # gi_exc_state: the generator's handled exception is its own; the caller's shows
        # through only while the generator handles none.
        state = vm_eval.STATE
        outer = state.exc_info
        if self.exc_state is not None:
            state.exc_info = self.exc_state
        try:
            result = vm_eval.execute(frame, exc)
        except BaseException:
            self.frame = None
            raise
        finally:
            self.running = False
            frame.back = None   # a suspended generator's frame has no f_back
            # an exception leaving through this host frame must not be kept by it (a cycle
            # through the host traceback would keep dropped generators alive)
            exc = None
            inner = state.exc_info
            self.exc_state = None if inner is outer else inner
            state.exc_info = outer
        if frame.generator is None:
            self.frame = None
            return result, True
        return result, False

    def yieldfrom(self) -> Any:
        """The sub-iterator of a suspended `yield from` or `await`, or None (genobject.c:
        _PyGen_yf: the frame is suspended at a YIELD_VALUE whose argument is 1)."""
        from ..bytecode.opcodes import YIELD_VALUE
        frame = self.frame
        if frame is None or self.running or frame.lasti == 0:
            return None
        opcode, arg, _ = frame.decoded.instrs[frame.lasti]
        if opcode != YIELD_VALUE or arg != 1:
            return None
        return frame.stack[-1]

    def send(self, value: Any) -> Any:
        return _finish(*self.send_ex(value))

    def __iter__(self) -> "Generator":
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def throw(self, typ: Any, val: Any = MISSING, tb: Any = MISSING,
              close_on_genexit: bool = True) -> Any:
        """Mirrors genobject.c: _gen_throw. A `yield from`/`await` sub-iterator gets the
        exception first (with the arguments as given); a GeneratorExit closes it instead unless
        `close_on_genexit` is false (async generators). What the delegation raises, a
        StopIteration included, is thrown in here at the yield, where CLEANUP_THROW sorts it."""
        from ..runtime import protocol
        from ..runtime.errors import to_guest
        sub = self.yieldfrom()
        if sub is not None:
            closing = close_on_genexit and _given_matches(typ, "GeneratorExit")
            meth = None
            if not closing and sub.__class__ is not Generator and sub.__class__ is not Coroutine:
                meth = protocol.getattr_or_missing(sub, "throw")
            if meth is not MISSING:
                self.running = True   # gi_frame_state is FRAME_EXECUTING while delegating
                try:
                    if closing:
                        _close_iterator(sub)
                    elif meth is None:
                        return sub.throw(typ, val, tb, close_on_genexit)
                    else:
                        return meth(*(arg for arg in (typ, val, tb) if arg is not MISSING))
                except BaseException as raised:
                    error = to_guest(raised)
                else:
                    error = None   # the sub-iterator is closed: GeneratorExit is thrown here
                finally:
                    self.running = False
                if error is not None:
                    return _finish(*self.send_ex(None, error))
        return _finish(*self.send_ex(None, _exception_to_throw(typ, val, tb)))

    def close(self) -> Any:
        """Mirrors genobject.c: gen_close (a value returned while closing is close()'s result)."""
        from ..runtime.errors import exception_matches, new_exception, raise_error, to_guest
        if self.frame is None:
            return None
        if self.frame.lasti == 0 and not self.running:
            self.frame = None
            return None
        exc = None
        sub = self.yieldfrom()
        if sub is not None:
            self.running = True
            try:
                _close_iterator(sub)
            except BaseException as raised:
                exc = to_guest(raised)
            finally:
                self.running = False
        try:
            result, done = self.send_ex(None, exc if exc is not None else new_exception("GeneratorExit"))
        except BaseException as raised:
            if exception_matches(raised, ("GeneratorExit",)):
                return None
            raise
        if done:
            return result
        raise_error("RuntimeError", f"{self.KIND} ignored GeneratorExit")

    def __repr__(self) -> str:
        return f"<generator object {self.qualname} at {id(self):#x}>"

    def __del__(self) -> None:
        # gen_dealloc / _PyGen_Finalize: a suspended generator is closed when it is dropped, so
        # its finally blocks run; an error there is reported as unraisable, not raised.
        frame = self.frame
        if frame is None or self.running:
            return
        if frame.lasti == 0:
            # _PyGen_Finalize: a coroutine created and never awaited (not when the host itself
            # is shutting down: the guest interpreter is gone by then)
            if self.KIND == "coroutine" and not _host_sys.is_finalizing():
                from ..runtime.core_warnings import unawaited_coroutine
                unawaited_coroutine(self)
            return
        try:
            self.close()
        except BaseException:
            pass


def _finish(value: Any, done: bool) -> Any:
    """gen_send_ex's result: the yielded value, or StopIteration carrying the returned one."""
    if done:
        raise StopIteration(value) if value is not None else StopIteration
    return value


def _given_matches(typ: Any, name: str) -> bool:
    """errors.c: PyErr_GivenExceptionMatches for an exception class or instance."""
    from ..runtime.errors import GUEST_EXCEPTIONS
    from .typeobject import TypeObject, type_of
    t = typ if isinstance(typ, TypeObject) else type_of(typ)
    return GUEST_EXCEPTIONS[name] in t.mro


def _exception_to_throw(typ: Any, val: Any, tb: Any) -> Any:
    """genobject.c: _gen_throw's throw_here checks, then PyErr_NormalizeException."""
    from ..runtime.errors import GUEST_EXCEPTIONS, raise_type_error
    from ..vm.frame import Traceback
    from .exceptions import ExcInstance
    from .typeobject import TypeObject, type_of
    if tb is None or tb is MISSING:
        tb = None
    elif tb.__class__ is not Traceback:
        raise_type_error("throw() third argument must be a traceback object")
    if isinstance(typ, TypeObject) and GUEST_EXCEPTIONS["BaseException"] in typ.mro:
        if isinstance(val, ExcInstance) and typ in type_of(val).mro:
            exc = val
        elif val is None or val is MISSING:
            exc = typ()
        elif val.__class__ is tuple:
            exc = typ(*val)
        else:
            exc = typ(val)
    elif isinstance(typ, ExcInstance):
        if val is not None and val is not MISSING:
            raise_type_error("instance exception may not have a separate value")
        exc = typ
    else:
        raise_type_error("exceptions must be classes or instances deriving from BaseException, "
                         f"not {type_of(typ).name}")
    if tb is not None:
        exc.g_tb = tb
    return exc


def warn_throw_signature(method: str) -> None:
    """genobject.c: the DeprecationWarning of throw()'s and athrow()'s 2- and 3-argument forms."""
    from ..runtime.warnings import warn_core
    warn_core("DeprecationWarning", f"the (type, exc, tb) signature of {method}() is deprecated, "
                                    "use the single-arg signature instead.")


def throw_arguments(args: tuple, method: str = "throw", warn: bool = True) -> tuple:
    """genobject.c: gen_throw's (and async_gen_athrow's) arguments: 1 to 3, the 2- and 3-argument
    forms deprecated (athrow() warns when called, and checks the count when awaited)."""
    from ..runtime.errors import raise_type_error
    if not args:
        raise_type_error(f"{method} expected at least 1 argument, got 0")
    if len(args) > 3:
        raise_type_error(f"{method} expected at most 3 arguments, got {len(args)}")
    if warn and len(args) > 1:
        warn_throw_signature(method)
    return args


def gen_throw(gen: Generator, *args: Any) -> Any:
    """genobject.c: gen_throw, the guest-facing throw(type[, value[, traceback]])."""
    return gen.throw(*throw_arguments(args))


def _close_iterator(sub: Any) -> None:
    """genobject.c: gen_close_iter: close a delegated-to iterator if it can be closed."""
    if sub.__class__ is Generator:
        sub.close()
        return
    from ..runtime import protocol
    close = protocol.getattr_or_missing(sub, "close")
    if close is not MISSING:
        close()


class Coroutine(Generator):
    """A guest coroutine (PyCoroObject): a generator that is awaited rather than iterated."""

    __slots__ = ()
    KIND = "coroutine"
    REUSED = "cannot reuse already awaited coroutine"

    def __iter__(self) -> "Coroutine":
        raise TypeError("'coroutine' object is not iterable")

    def __next__(self) -> Any:
        raise TypeError("'coroutine' object is not an iterator")

    def __repr__(self) -> str:
        return f"<coroutine object {self.qualname} at {id(self):#x}>"
