"""Generator objects: a suspended frame resumed by send/throw/close.

Mirrors Objects/genobject.c (gen_send_ex2, gen_throw, gen_close, the "generator ignored
GeneratorExit" and "generator already executing" checks). Resuming runs the generator's frame
in the eval loop (vm/eval.py: execute) until YIELD_VALUE or RETURN_VALUE; no host threads.
Coroutines (`async def`) are generators with their own type and cr_* names, driven by
send/throw/close and awaited through GET_AWAITABLE; async generators build on Generator in
asyncgen.py. Left out: the "coroutine was never awaited" warning.
"""
from __future__ import annotations

from typing import Any

from .typeobject import MISSING


class Generator:
    """A guest generator. `frame` is None once it has finished."""

    __slots__ = ("frame", "running", "name", "qualname", "code", "exc_state", "__weakref__")
    KIND = "generator"

    def __init__(self, frame: Any, func: Any) -> None:
        self.frame = frame
        self.running = False
        self.name = func.name
        self.qualname = func.qualname
        self.code = frame.code
        self.exc_state = None    # the exception this generator is handling while suspended
        frame.generator = True   # a flag, not the generator: no reference cycle, so dropping
                                 # a suspended generator finalizes it at once as in CPython

    def send_ex(self, value: Any, exc: Any = None) -> tuple[Any, bool]:
        """Resume; (yielded value, False) or (return value, True). Raises what the frame raises."""
        from ..runtime.errors import raise_error, raise_type_error
        from ..vm import eval as vm_eval
        frame = self.frame
        if self.running:
            raise_error("ValueError", f"{self.KIND} already executing")
        if frame is None:
            if exc is not None:
                raise exc
            return None, True
        if frame.lasti == 0 and value is not None and exc is None:
            raise_type_error("can't send non-None value to a just-started generator")
        if exc is None:
            frame.stack.append(value)
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
            inner = state.exc_info
            self.exc_state = None if inner is outer else inner
            state.exc_info = outer
        if frame.generator is None:
            self.frame = None
            return result, True
        return result, False

    def _delegate(self) -> tuple[Any, int]:
        """The sub-iterator of a suspended `yield from` and its END_SEND index (gi_yieldfrom)."""
        from ..bytecode.opcodes import SEND, YIELD_VALUE
        frame = self.frame
        if frame is None or self.running or frame.lasti == 0 or not frame.stack:
            return None, 0
        instrs = frame.decoded.instrs
        if instrs[frame.lasti][0] != YIELD_VALUE:
            return None, 0
        for i in range(frame.lasti - 1, -1, -1):
            opcode, arg, nxt = instrs[i]
            if opcode == SEND and nxt == frame.lasti:
                return frame.stack[-1], arg
        return None, 0

    def send(self, value: Any) -> Any:
        result, done = self.send_ex(value)
        if done:
            raise StopIteration(result) if result is not None else StopIteration
        return result

    def __iter__(self) -> "Generator":
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def throw(self, exc: Any) -> Any:
        """Mirrors genobject.c: _gen_throw, delegating to a `yield from` sub-iterator first."""
        from ..runtime import protocol
        from ..runtime.errors import exception_matches, stop_value
        sub, end_send = self._delegate()
        if sub is not None:
            if exception_matches(exc, ("GeneratorExit",)):
                _close_iterator(sub)
            else:
                try:
                    if sub.__class__ is Generator:
                        value, done = sub.send_ex(None, exc)
                    else:
                        meth = protocol.getattr_or_missing(sub, "throw")
                        if meth is MISSING:
                            raise exc
                        value, done = meth(exc), False
                except BaseException as raised:
                    if isinstance(raised, StopIteration):
                        value = stop_value(raised)
                        done = True
                    else:
                        exc = raised
                        sub = None
                if sub is not None:
                    if not done:
                        return value
                    self.frame.pc = end_send
                    return self.send(value)
        result, done = self.send_ex(None, exc)
        if done:
            raise StopIteration(result) if result is not None else StopIteration
        return result

    def close(self) -> Any:
        from ..runtime.errors import exception_matches, new_exception, raise_error
        if self.frame is None:
            return None
        if self.frame.lasti == 0:
            self.frame = None
            return None
        sub, _ = self._delegate()
        if sub is not None:
            _close_iterator(sub)
        try:
            result, done = self.send_ex(None, new_exception("GeneratorExit"))
        except BaseException as exc:
            if exception_matches(exc, ("GeneratorExit", "StopIteration")):
                return None
            raise
        if not done:
            raise_error("RuntimeError", "generator ignored GeneratorExit")
        return result

    def __repr__(self) -> str:
        return f"<generator object {self.qualname} at {id(self):#x}>"

    def __del__(self) -> None:
        # gen_dealloc / _PyGen_Finalize: a suspended generator is closed when it is dropped, so
        # its finally blocks run; an error there is reported as unraisable, not raised.
        frame = self.frame
        if frame is None or frame.lasti == 0 or self.running:
            return
        try:
            self.close()
        except BaseException:
            pass


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

    def send_ex(self, value: Any, exc: Any = None) -> tuple[Any, bool]:
        if self.frame is None and not self.running:
            from ..runtime.errors import raise_error
            raise_error("RuntimeError", "cannot reuse already awaited coroutine")
        return Generator.send_ex(self, value, exc)

    def close(self) -> Any:
        if self.frame is None:
            return None
        return Generator.close(self)

    def __iter__(self) -> "Coroutine":
        raise TypeError("'coroutine' object is not iterable")

    def __next__(self) -> Any:
        raise TypeError("'coroutine' object is not an iterator")

    def __repr__(self) -> str:
        return f"<coroutine object {self.qualname} at {id(self):#x}>"
