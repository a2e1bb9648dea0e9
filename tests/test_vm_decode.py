"""The eval loop's view of code objects (vm/decode.py), differentially: for a fixed sample of
CPython's Lib/, python3.14's co_positions() and exception table entries must equal what
pyroboros decodes from the same .pyc."""
import json

import pytest

from pyroboros.bytecode.pyc import read_pyc
from pyroboros.reference import reference_stdlib, run_reference
from pyroboros.bytecode import opcodes as op
from pyroboros.vm.decode import decode_instructions, decoded, positions

SAMPLE = ["textwrap.py", "bisect.py", "contextlib.py", "fractions.py", "json/decoder.py"]

DUMP = r"""
import dis, json, marshal, py_compile, sys
source, cfile = sys.argv[1], sys.argv[2]
py_compile.compile(source, cfile=cfile, doraise=True)
code = marshal.loads(open(cfile, 'rb').read()[16:])
out = []
def walk(c):
    table = [[e.start // 2, e.end // 2, e.target // 2, e.depth, int(e.lasti)]
             for e in dis._parse_exception_table(c)]
    out.append({"name": c.co_qualname, "positions": [list(p) for p in c.co_positions()],
                "table": table})
    for k in c.co_consts:
        if hasattr(k, 'co_code'):
            walk(k)
walk(code)
print(json.dumps(out))
"""


def walk(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from walk(const)


@pytest.mark.parametrize("name", SAMPLE)
def test_positions_and_handlers_match_python314(name, tmp_path):
    cfile = tmp_path / "module.pyc"
    result = run_reference(["-c", DUMP, str(reference_stdlib() / name), str(cfile)])
    assert result.returncode == 0, result.stderr
    expected = json.loads(result.stdout)
    ours = list(walk(read_pyc(cfile.read_bytes())))
    assert len(ours) == len(expected)
    for code, want in zip(ours, expected):
        assert code.co_qualname == want["name"]
        got = [list(p) for p in positions(code)]
        assert got == want["positions"], code.co_qualname
        handlers = decoded(code).handlers
        for start, end, target, depth, lasti in want["table"]:
            for i in range(start, end):
                assert handlers[i] == (target, depth, lasti), (code.co_qualname, i)
        covered = {i for start, end, *_ in want["table"] for i in range(start, end)}
        assert all(h is None for i, h in enumerate(handlers) if i not in covered)


def test_extended_args_and_jumps_are_absolute():
    raw = bytes([op.EXTENDED_ARG, 1, op.JUMP_FORWARD, 2, op.NOP, 0]) + bytes(2 * 300)
    instrs = decode_instructions(raw)
    # JUMP_FORWARD 0x102 at index 1: the next instruction is 2, so the target is 2 + 258; both
    # code units (the prefix may be a jump target) decode to the folded instruction, and the
    # forward jump shares the unconditional jumps' body.
    assert instrs[0] == instrs[1] == (op.JUMP_BACKWARD, 260, 2)
