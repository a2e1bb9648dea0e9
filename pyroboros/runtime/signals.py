"""SIGINT while the guest runs: KeyboardInterrupt at the guest's next eval-breaker check.

Mirrors Modules/signalmodule.c (signal_handler and trip_signal: the C handler only records the
signal; _PyErr_CheckSignals, run later by the eval loop, calls the Python-level handler, whose
default, signal_default_int_handler, raises KeyboardInterrupt) and Python/ceval.c's eval
breaker as JUMP_BACKWARD checks it. The guest runs on a host thread of its own (runner.py), and
the host runs signal handlers on its main thread only: that handler arms the breaker by
replacing every JUMP_BACKWARD of every decoded code object (vm/decode.py registers them) with
INTERRUPT, which the eval loop runs as "disarm, then raise KeyboardInterrupt" (vm/eval.py), so
the loop pays nothing until a signal arrives and the exception starts at an instruction
boundary, with the traceback position CPython reports. A guest blocked in host code (a read, a
long host builtin) sees the interrupt at its next backward jump; the REPL's prompt and input()
on a terminal wait on a pipe the handler writes to as well as on stdin (wait_for_terminal).
Left out: the guest signal module, RESUME and CALL's eval-breaker checks (a guest loop always
jumps back), SIGINT in input() from a pipe.
SIGTERM and SIGHUP keep their default action, as in CPython.
"""
from __future__ import annotations

import io
import os
import select
import signal
import threading
import weakref
from typing import Any

# The opcode an armed JUMP_BACKWARD becomes: no real opcode has a negative number.
INTERRUPT = -1

# reentrant: a second SIGINT may run the handler again, on the same thread, inside the first
_lock = threading.RLock()
# is_tripped: a SIGINT the guest has not seen yet
_pending = False
# every live decoded code object (vm/decode.py: Decoded)
_decoded: weakref.WeakSet = weakref.WeakSet()
# (instrs, index, original entry) for every armed point, to put back when one fires
_armed: list[tuple[list, int, tuple]] = []
# the REPL's prompt waits on this pipe's read end; the handler writes once it armed
_wakeup_read = -1
_wakeup_write = -1


def install() -> bool:
    """Take SIGINT over for the guest when the host would raise KeyboardInterrupt for it
    (signalmodule.c installs its handler only where SIGINT had its default action); whether
    it did. Call from the host's main thread."""
    global _wakeup_read, _wakeup_write
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return False
    _wakeup_read, _wakeup_write = os.pipe()
    os.set_blocking(_wakeup_read, False)
    os.set_blocking(_wakeup_write, False)
    signal.signal(signal.SIGINT, _handle_sigint)
    return True


def register(decoded: Any) -> None:
    """A newly decoded code object: armed at once while an interrupt is pending (code first
    run after the signal must see it too)."""
    with _lock:
        _decoded.add(decoded)
        if _pending:
            _arm(decoded)


def _arm(decoded: Any) -> None:
    instrs = decoded.instrs
    for index in decoded.backward_jumps:
        original = instrs[index]
        _armed.append((instrs, index, original))
        instrs[index] = (INTERRUPT, original, original[2])


def _handle_sigint(signum: int, frame: Any) -> None:
    """trip_signal: note the interrupt for the guest thread's eval loop."""
    global _pending
    with _lock:
        if _pending:
            return
        _pending = True
        for decoded in list(_decoded):
            _arm(decoded)
    try:
        os.write(_wakeup_write, b"\0")
    except BlockingIOError:
        pass   # a full pipe wakes the prompt all the same


def take_interrupt() -> bool:
    """Disarm the breaker: whether an interrupt was pending (_PyErr_CheckSignals clearing
    is_tripped)."""
    global _pending
    with _lock:
        pending = _pending
        _pending = False
        for instrs, index, original in _armed:
            instrs[index] = original
        _armed.clear()
    return pending


def raise_interrupt() -> None:
    """An armed JUMP_BACKWARD ran: signal_default_int_handler's KeyboardInterrupt."""
    take_interrupt()
    raise KeyboardInterrupt


def wait_for_terminal(stream: Any) -> None:
    """Before reading a host terminal stream: block until it has input, KeyboardInterrupt if
    SIGINT comes first (myreadline.c: my_fgets, whose read fails with EINTR). Other streams
    are read as they are."""
    if not isinstance(stream, io.IOBase):
        return
    try:
        fd = stream.fileno() if stream.isatty() else -1
    except (OSError, ValueError):
        return   # a closed or detached stream: its readline reports that
    if fd >= 0 and not wait_for_input(fd):
        raise KeyboardInterrupt


def wait_for_input(fd: int) -> bool:
    """Block until `fd` is readable (True) or SIGINT arrives (False, the interrupt taken):
    the guest thread cannot see EINTR, the host's main thread gets it."""
    if _wakeup_read < 0:
        return True
    while True:
        ready, _, _ = select.select([fd, _wakeup_read], [], [])
        if _wakeup_read in ready:
            _drain_wakeup()
            if take_interrupt():
                return False
        if fd in ready:
            return True


def _drain_wakeup() -> None:
    try:
        while os.read(_wakeup_read, 512):
            pass
    except BlockingIOError:
        pass
