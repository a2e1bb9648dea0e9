"""Every instruction python3.14's compiler can emit is executed by some program of our corpora.

The corpora (tests/programs/, tests/vm_programs/, tests/vm_features/) are compiled by python3.14
and run by pyroboros under tests/opcode_recorder.py, which notes each instruction the eval loop
fetched (not merely compiled). The opcodes that must be covered are the base opcodes of
pyroboros/bytecode/opcode_data.py: neither specialized (CPython's adaptive interpreter rewrites
them in place; we never do), nor instrumented (sys.monitoring), nor pseudo (the compiler resolves
them before assembly), minus NEVER_EXECUTED below. Each intrinsic function of CALL_INTRINSIC_1/2
must be called too.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pyroboros.bytecode import opcodes as OP
from test_programs import compile_pycs

TESTS = Path(__file__).resolve().parent
CORPORA = ("programs", "vm_programs", "vm_features")
RECORDER = TESTS / "opcode_recorder.py"

# Base opcodes that a non-specializing, non-instrumented eval loop never executes for code
# python3.14 compiles, and why.
NEVER_EXECUTED = {
    "CACHE": "inline cache entries: skipped by the instruction before them, never dispatched",
    "RESERVED": "a reserved number, emitted by nothing",
    "ENTER_EXECUTOR": "written over JUMP_BACKWARD by the tier-2 optimizer, never by the compiler",
    "INTERPRETER_EXIT": "only in the trampoline code of the C entry frame (ceval.c)",
    "EXIT_INIT_CHECK": "only in the shim code of the specialized CALL_ALLOC_AND_ENTER_INIT",
    "END_FOR": "emitted after every FOR_ITER loop, but the base FOR_ITER jumps past it when the "
               "iterator is exhausted; only a generator run by the specialized FOR_ITER_GEN "
               "returns into it",
}
# The intrinsics' index 0 is a placeholder that raises SystemError.
INVALID_INTRINSICS = {"INTRINSIC_1_INVALID", "INTRINSIC_2_INVALID"}


def required_opcodes() -> set[str]:
    specialized = {name for family in OP.SPECIALIZATIONS.values() for name in family}
    return {op.name for op in OP.BY_NAME.values()
            if not op.is_pseudo and op.number < OP.MIN_INSTRUMENTED_OPCODE
            and op.name not in specialized} - set(NEVER_EXECUTED)


def run_recorder(programs: list[Path], tmp_path: Path) -> dict[str, list[tuple[str, int]]]:
    out = tmp_path / "executed.json"
    done = subprocess.run([sys.executable, str(RECORDER), str(out), *map(str, programs)],
                          capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stderr
    return {program: [tuple(pair) for pair in pairs]
            for program, pairs in json.loads(out.read_text()).items()}


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> dict[str, list[tuple[str, int]]]:
    """{program: [(opcode name, argument), ...]} over the corpora, run from python3.14's .pyc."""
    pycs = []
    for corpus in CORPORA:
        sources = sorted((TESTS / corpus).glob("*.py"))
        pycs += compile_pycs(sources, tmp_path_factory.mktemp(corpus)).values()
    return run_recorder(pycs, tmp_path_factory.mktemp("recorded"))


def test_the_exclusions_are_base_opcodes() -> None:
    assert set(NEVER_EXECUTED) <= {op.name for op in OP.BY_NAME.values()}
    assert len(required_opcodes()) > 100


def test_every_opcode_is_executed(executed) -> None:
    seen = {name for pairs in executed.values() for name, _ in pairs}
    missing = sorted(required_opcodes() - seen)
    assert not missing, f"no program executes {missing}"


def test_the_excluded_opcodes_are_never_executed(executed) -> None:
    """The exclusions are facts about the loop, not gaps: no program executes one."""
    seen = {name for pairs in executed.values() for name, _ in pairs}
    assert not seen & set(NEVER_EXECUTED)


@pytest.mark.parametrize("opcode, names", [("CALL_INTRINSIC_1", OP.INTRINSIC_1),
                                           ("CALL_INTRINSIC_2", OP.INTRINSIC_2)])
def test_every_intrinsic_is_called(executed, opcode, names) -> None:
    seen = {names[arg] for pairs in executed.values() for name, arg in pairs if name == opcode}
    missing = sorted(set(names) - INVALID_INTRINSICS - seen)
    assert not missing, f"no program calls {missing}"


def test_only_executed_instructions_are_recorded(tmp_path) -> None:
    """The recorder counts what ran, not what was compiled: a branch not taken is not counted."""
    program = tmp_path / "branch.py"
    program.write_text("x = 0\nif x:\n    del x\nelse:\n    y = [x]\n")
    pairs = run_recorder([program], tmp_path)[str(program)]
    names = {name for name, _ in pairs}
    assert {"STORE_NAME", "BUILD_LIST", "RETURN_VALUE"} <= names
    assert "DELETE_NAME" not in names
