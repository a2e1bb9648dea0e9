"""Ctrl-C while the guest runs (runtime/signals.py): KeyboardInterrupt in the guest, as in python3.14.

Each program prints "ready" and loops; once "ready" is read, SIGINT is sent, and stderr (the
traceback) and the exit status of python3.14 and pyroboros are compared. The loops are plain
and start right after the print (no call in between, none in the loop), so that CPython's eval
breaker and ours fire at the same instruction: the traceback is then identical, carets included. Timeouts are only safety nets.
SIGTERM keeps its default action; Ctrl-C at the REPL's prompt is checked on a terminal.
"""
from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys

import pytest

from run_compare import OURS, _base_env
from pyroboros.reference import reference_python

PROGRAMS = {
    "module_loop": "print('ready', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
    "function_loop": "def spin():\n    print('ready', flush=True)\n    n = 0\n    while True:\n        n += 1\n\n"
                     "spin()\n",
    "caught": "def spin():\n    print('ready', flush=True)\n    while True:\n        pass\n\ntry:\n"
              "    spin()\nexcept KeyboardInterrupt as exc:\n"
              "    print('caught', type(exc).__name__, exc.args, exc.__context__)\n    raise SystemExit(0)\n",
    "with_and_finally": "class Manager:\n    def __enter__(self):\n        return self\n"
                        "    def __exit__(self, *exc_info):\n        print('exit', exc_info[0].__name__)\n\n"
                        "with Manager():\n    try:\n        print('ready', flush=True)\n"
                        "        while True:\n            pass\n    finally:\n        print('finally')\n",
    "in_handler": "print('ready', flush=True)\ntry:\n    1/0\nexcept ZeroDivisionError:\n"
                  "    while True:\n        pass\n",
    "callback": "def key(v):\n    print('ready', flush=True)\n    while True:\n        v += 1\n\n"
                "sorted(range(5), key=key)\n",
}


def _interrupted(command: list[str], path: str, sig: int = signal.SIGINT) -> tuple[str, str, int]:
    """Run `path`, send `sig` once it printed "ready"; (stdout, stderr, exit status)."""
    process = subprocess.Popen([*command, path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=_base_env(),
                               # a background shell's children start with SIGINT ignored
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        first = process.stdout.readline()
        assert first == b"ready\n", process.stderr.read()
        process.send_signal(sig)
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
        process.wait()
    return (first + out).decode(), err.decode(), process.returncode


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_sigint_raises_keyboard_interrupt(tmp_path, name):
    path = tmp_path / f"{name}.py"
    path.write_text(PROGRAMS[name])
    theirs = _interrupted([reference_python()], str(path))
    ours = _interrupted(OURS, str(path))
    assert ours == theirs


def test_sigterm_keeps_its_default_action(tmp_path):
    path = tmp_path / "spin.py"
    path.write_text(PROGRAMS["module_loop"])
    assert _interrupted(OURS, str(path), signal.SIGTERM) == ("ready\n", "", -signal.SIGTERM)


def _read_until(fd: int, token: bytes) -> bytes:
    data = b""
    while token not in data:
        ready, _, _ = select.select([fd], [], [], 120)
        assert ready, data
        data += os.read(fd, 4096)
    return data


def test_ctrl_c_at_the_prompt(tmp_path):
    """The basic REPL drops the lines read so far, prints KeyboardInterrupt and goes on; the
    session still ends normally."""
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.chdir(tmp_path)
        os.execve(OURS[0], [*OURS, "-q"], _base_env())
    try:
        _read_until(fd, b">>> ")
        os.write(fd, b"\x03")   # the terminal sends SIGINT to the foreground process
        assert _read_until(fd, b">>> ").endswith(b"\r\nKeyboardInterrupt\r\n>>> ")
        os.write(fd, b"if 1:\n")
        _read_until(fd, b"... ")
        os.write(fd, b"\x03")
        assert _read_until(fd, b">>> ").endswith(b"\r\nKeyboardInterrupt\r\n>>> ")
        os.write(fd, b"6 * 7\n")
        assert b"42" in _read_until(fd, b">>> ")
        os.write(fd, b"\x04")
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
