"""Record which instructions pyroboros's eval loop executes while it runs programs.

    python tests/opcode_recorder.py OUT.json PROGRAM [PROGRAM ...]

Each program (a .py or a .pyc) is run by pyroboros in a forked child of this process (as many at
a time as $PYROBOROS_JOBS, default the CPU count), with its output discarded. Before anything runs, `vm/decode.py`'s `decode_instructions` is wrapped so that
every decoded instruction table is a `RecordingInstructions`: a list that notes each code-unit
index the loop reads (`instrs[i]` is how the loop fetches the instruction at `i`, and the only way
it does). The index is mapped back to the code unit of the code object's own co_code, so merged
bodies (LOAD_FAST and LOAD_FAST_BORROW, RESUME and NOP...) and EXTENDED_ARG prefixes are told
apart. The normal loop pays nothing: without this wrapper the table is a plain list. OUT.json gets
{program: [[opcode name, argument], ...]} with one entry per distinct (opcode, argument) pair
executed (the argument as in co_code, without EXTENDED_ARG folding).
"""
from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pyroboros.bytecode import opcodes as OP  # noqa: E402
from pyroboros.vm import decode  # noqa: E402

TIMEOUT = int(os.environ.get("PYROBOROS_PROGRAM_TIMEOUT", 60))   # seconds per program

_TABLES: list["RecordingInstructions"] = []


class RecordingInstructions(list):
    """A decoded instruction table that remembers which indexes were fetched."""

    __slots__ = ("raw", "fetched")

    def __init__(self, instrs: list, raw: bytes) -> None:
        super().__init__(instrs)
        self.raw = raw
        self.fetched: set[int] = set()

    def __getitem__(self, index):
        self.fetched.add(index)
        return list.__getitem__(self, index)

    def executed(self) -> set[tuple[int, int]]:
        return {(self.raw[2 * i], self.raw[2 * i + 1]) for i in self.fetched}


def _install() -> None:
    plain = decode.decode_instructions

    def recording(raw: bytes) -> RecordingInstructions:
        table = RecordingInstructions(plain(raw), bytes(raw))
        _TABLES.append(table)
        return table

    decode.decode_instructions = recording


def _run_child(program: Path, out: Path) -> None:
    """In the forked child: run `program`, write what it executed to `out`."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.chdir(program.parent)
    signal.alarm(TIMEOUT)
    from pyroboros.cli import main
    try:
        main([str(program)])
    except BaseException:   # the program's own exit status is not what is measured here
        pass
    executed = set().union(*(table.executed() for table in _TABLES))
    out.write_text(json.dumps(sorted(executed)))


def record(programs: list[Path], jobs: int = 2) -> dict[str, list[tuple[str, int]]]:
    """{program: [(opcode name, argument), ...]} executed by each program, `jobs` at a time."""
    _install()
    results = {}
    with tempfile.TemporaryDirectory() as directory:
        outs = {program: Path(directory) / f"{number}.json" for number, program in enumerate(programs)}
        running: set[int] = set()
        for program, out in outs.items():
            if len(running) >= jobs:
                running.discard(os.wait()[0])
            pid = os.fork()
            if pid == 0:
                try:
                    _run_child(program, out)
                finally:
                    os._exit(0)
            running.add(pid)
        for pid in running:
            os.waitpid(pid, 0)
        for program, out in outs.items():
            pairs = json.loads(out.read_text()) if out.exists() else []
            results[str(program)] = [(OP.BY_NUMBER[opcode].name, arg) for opcode, arg in pairs]
    return results


def main() -> int:
    out, *programs = sys.argv[1:]
    jobs = int(os.environ.get("PYROBOROS_JOBS", os.cpu_count() or 2))
    Path(out).write_text(json.dumps(record([Path(p).resolve() for p in programs], jobs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
