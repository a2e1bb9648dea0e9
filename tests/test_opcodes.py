"""The opcode table agrees with the reference CPython 3.14's `opcode` and `dis` modules."""
import json

from pyroboros.bytecode import opcodes
from pyroboros.reference import run_reference


def reference_opcode_facts():
    script = ("import opcode, dis, json, _opcode;"
              "print(json.dumps({'opmap': opcode.opmap, 'caches': opcode._inline_cache_entries,"
              "'effects': {n: [_opcode.stack_effect(o, a) for a in range(4)] for n, o in opcode.opmap.items()"
              " if o < opcode.MIN_INSTRUMENTED_OPCODE and _opcode.has_arg(o) and o != opcode.opmap['CACHE']}}))")
    return json.loads(run_reference(["-c", script]).stdout)


def test_numbers_caches_and_stack_effects_match_reference():
    facts = reference_opcode_facts()
    for name, number in facts["opmap"].items():
        assert opcodes.BY_NAME[name].number == number, name
    for name, entries in facts["caches"].items():
        assert opcodes.BY_NAME[name].cache_entries == entries, name
    for name, effects in facts["effects"].items():
        ours = [opcodes.BY_NAME[name].stack_effect(oparg) for oparg in range(4)]
        assert ours == effects, name


def test_module_constants_and_pseudo_targets():
    assert opcodes.LOAD_FAST == opcodes.BY_NAME["LOAD_FAST"].number
    assert opcodes.BY_NAME["JUMP"].is_pseudo
    assert opcodes.BY_NAME["JUMP"].pseudo_targets == ("JUMP_FORWARD", "JUMP_BACKWARD")
    assert opcodes.BY_NUMBER[opcodes.BINARY_OP].cache_entries == 5
