"""The assembler (assemble.c) against python3.14's, on hand-made instruction sequences.

_testinternalcapi.assemble_code_object(filename, instructions, metadata) runs CPython's
_PyCompile_Assemble: the lowering half of the flow graph (jump targets, exception handlers,
stack depth, locals-plus prefix, pseudo ops, jump directions) and the assembler. We run the
same on our side and compare every field of the code objects: co_code with its caches and
EXTENDED_ARGs, the location table in each of its entry forms, the exception table, the
locals-plus names and kinds (cells, free variables, argument kinds), the stack size.
"""
from __future__ import annotations

import json
import pickle

import pytest

from pyroboros.bytecode import marshal
from pyroboros.bytecode.opcodes import BY_NAME
from pyroboros.compiler.assemble import instr_size, make_code_object
from pyroboros.compiler.const_cache import merge_constant
from pyroboros.compiler.flowgraph import (cfg_from_instruction_sequence, jump_labels_to_targets,
                                          optimized_cfg_to_instruction_sequence)
from pyroboros.compiler.instruction_sequence import InstructionSequence, Location
from pyroboros.compiler.unit_metadata import CodeUnitMetadata
from pyroboros.conformance.flowgraph_units import comparable
from pyroboros.reference import run_reference

# each case: (instructions, metadata); an instruction is (name, oparg, *location) and a jump's
# oparg names a label ("L:name" entries place labels)
CASES = {
    "function": ([("RESUME", 0, 1, 1, 0, 0), ("LOAD_FAST", 0, 2, 2, 11, 12),
                  ("LOAD_FAST", 1, 2, 2, 15, 16), ("BINARY_OP", 0, 2, 2, 11, 16),
                  ("LOAD_CONST", 0, 2, 2, 19, 20), ("BINARY_OP", 11, 2, 2, 10, 20),
                  ("RETURN_VALUE", None, 2, 2, 4, 20)],
                 {"name": "avg", "qualname": "stats.avg", "consts": {2: 0}, "argcount": 2,
                  "varnames": {"x": 0, "y": 1}}),
    "closure": ([("RESUME", 0), ("LOAD_CLOSURE", 0, 2, 2, 4, 5), ("BUILD_TUPLE", 1, 2, 2, 4, 5),
                 ("LOAD_CONST", 1, 2, 2, 4, 5), ("MAKE_FUNCTION", None, 2, 2, 4, 5),
                 ("SET_FUNCTION_ATTRIBUTE", 8, 2, 2, 4, 5), ("PUSH_NULL", None, 3, 3, 0, 9),
                 ("CALL", 0, 3, 3, 0, 9), ("LOAD_CONST", 2, 3, 3, 12, 13),
                 ("BINARY_OP", 6, 3, 3, 0, 13), ("RETURN_VALUE", None, 3, 3, 0, 13)],
                {"name": "mod_two", "consts": {None: 0, "inner": 1, 2: 2}, "argcount": 1,
                 "varnames": {"x": 0}, "cellvars": {"x": 0, "y": 1}}),
    # (free variables crash python3.14's assemble_code_object: the pipeline tests cover them)
    "cells": ([("RESUME", 0), ("LOAD_DEREF", 2, 1, 1, 0, 1), ("STORE_DEREF", 0, 1, 1, 0, 1),
               ("LOAD_DEREF", 1, 2, 2, 0, 1), ("RETURN_VALUE", None, 2, 2, 0, 1)],
              {"name": "f", "varnames": {"a": 0, "b": 1, "d": 2},
               "cellvars": {"c": 0, "b": 1, "e": 2}, "fasthidden": {"a": True},
               "posonlyargcount": 1, "kwonlyargcount": 1}),
    "exception_table": ([("RESUME", 0), ("SETUP_FINALLY", "L:handler"), ("LOAD_CONST", 0),
                         ("RETURN_VALUE", None), "L:handler", ("SETUP_CLEANUP", "L:cleanup"),
                         ("PUSH_EXC_INFO", None), ("POP_TOP", None), ("POP_EXCEPT", None),
                         ("LOAD_CONST", 0), ("RETURN_VALUE", None), "L:cleanup", ("COPY", 3),
                         ("POP_EXCEPT", None), ("RERAISE", 1)],
                        {"name": "exc", "consts": {2: 0}}),
    "locations": ([("RESUME", 0, 1, 1, 0, 0), ("LOAD_CONST", 0, 1, 1, 70, 85),
                   ("POP_TOP", None, 1, 1, 90, 110), ("LOAD_CONST", 0, 3, 3, 100, 120),
                   ("POP_TOP", None, 3, 5, 1, 2), ("LOAD_CONST", 0, 3, 3, -1, -1),
                   ("POP_TOP", None, -1, -1, -1, -1), ("LOAD_CONST", 0, 200, 200, 0, 1),
                   ("POP_TOP", None, 150, 150, 0, 300), ("LOAD_CONST", 0, 2, 2, 5, 3),
                   ("RETURN_VALUE", None, 2, 2, 0, 9)],
                  {"name": "loc", "consts": {None: 0}, "firstlineno": 1}),
    "long_jump": ([("RESUME", 0), ("LOAD_FAST", 0, 1, 1, 3, 4), ("TO_BOOL", None, 1, 1, 3, 4),
                   ("POP_JUMP_IF_FALSE", "L:else", 1, 1, 3, 4)]
                  + [("LOAD_CONST", 0, 2, 2, 4, 5), ("POP_TOP", None, 2, 2, 4, 5)] * 150
                  + [("LOAD_CONST", 0, 3, 3, 4, 5), ("RETURN_VALUE", None, 3, 3, 4, 5),
                     "L:else", ("LOAD_CONST", 300, 4, 4, 4, 5),
                     ("RETURN_VALUE", None, 4, 4, 4, 5), "L:loop",
                     ("JUMP", "L:loop", 5, 5, 0, 1)],
                  {"name": "big", "argcount": 1, "varnames": {"a": 0},
                   "consts": {i: i for i in range(301)}}),
}

_REFERENCE = r'''
import json, marshal, pickle, sys
import _testinternalcapi as t, opcode
out = {}
for name, (insts, md) in json.load(sys.stdin).items():
    for key in ("consts", "names", "varnames", "cellvars", "freevars", "fasthidden"):
        md[key] = {(None if k == "null" else int(k) if k.lstrip("-").isdigit() else k): v
                   for k, v in md.get(key, {}).items()}
    labels = {item for item in insts if isinstance(item, str)}
    numbers = {label: i for i, label in enumerate(sorted(labels))}
    seq = t.new_instruction_sequence()
    for item in insts:
        if isinstance(item, str):
            seq.use_label(numbers[item])
            continue
        name_, arg, *loc = item
        if isinstance(arg, str):
            arg = numbers[arg]
        seq.addop(opcode.opmap[name_], arg or 0, *(loc + [-1] * (4 - len(loc))))
    full = {"name": md["name"], "qualname": md.get("qualname", md["name"]),
            "argcount": 0, "posonlyargcount": 0, "kwonlyargcount": 0, "firstlineno": 1,
            "names": {}, "varnames": {}, "cellvars": {}, "freevars": {}, "fasthidden": {},
            "consts": {}}
    full.update(md)
    try:
        out[name] = marshal.dumps(t.assemble_code_object("asm.py", seq, full))
    except Exception as exc:
        out[name] = f"{type(exc).__name__}: {exc}"
sys.stdout.buffer.write(pickle.dumps(out, protocol=4))
'''


def _json_metadata(metadata: dict) -> dict:
    return {key: ({("null" if k is None else str(k)): v for k, v in value.items()}
                  if isinstance(value, dict) else value) for key, value in metadata.items()}


@pytest.fixture(scope="module")
def reference_codes() -> dict:
    request = {name: (insts, _json_metadata(md)) for name, (insts, md) in CASES.items()}
    proc = run_reference(["-c", _REFERENCE], input=json.dumps(request).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    return {name: marshal.loads(code) if isinstance(code, bytes) else code
            for name, code in pickle.loads(proc.stdout).items()}


def _our_code(instructions: list, metadata: dict):
    """_PyCompile_Assemble on our side."""
    seq = InstructionSequence()
    labels = {item: seq.new_label() for item in instructions if isinstance(item, str)}
    for item in instructions:
        if isinstance(item, str):
            seq.use_label(labels[item])
            continue
        name, arg, *loc = item
        if isinstance(arg, str):
            arg = labels[arg]
        seq.addop(BY_NAME[name].number, arg or 0, Location(*(loc + [-1] * (4 - len(loc)))))
    umd = CodeUnitMetadata(
        name=metadata["name"], qualname=metadata.get("qualname", metadata["name"]),
        consts=dict(metadata.get("consts", {})), names=dict(metadata.get("names", {})),
        varnames=dict(metadata.get("varnames", {})),
        cellvars=dict(metadata.get("cellvars", {})),
        freevars=dict(metadata.get("freevars", {})),
        fasthidden=dict(metadata.get("fasthidden", {})),
        argcount=metadata.get("argcount", 0),
        posonlyargcount=metadata.get("posonlyargcount", 0),
        kwonlyargcount=metadata.get("kwonlyargcount", 0), firstlineno=1)
    const_cache: dict = {}
    consts = [merge_constant(const_cache, value)
              for value, _ in sorted(umd.consts.items(), key=lambda item: item[1])]
    g = cfg_from_instruction_sequence(seq)
    jump_labels_to_targets(g)
    stackdepth, nlocalsplus, instrs = optimized_cfg_to_instruction_sequence(g, umd, 0)
    return make_code_object(umd, const_cache, consts, stackdepth, instrs, nlocalsplus, 0,
                            "asm.py")


@pytest.mark.parametrize("name", sorted(CASES))
def test_assemble_code_object(reference_codes, name):
    ours = comparable(_our_code(*CASES[name]))
    theirs = comparable(reference_codes[name])
    assert {k: v for k, v in ours.items() if v != theirs[k]} == {}


def test_instr_size_counts_extended_args_and_caches():
    assert instr_size(BY_NAME["NOP"].number, 0) == 1
    assert instr_size(BY_NAME["LOAD_CONST"].number, 256) == 2
    assert instr_size(BY_NAME["LOAD_CONST"].number, 1 << 24) == 4
    assert instr_size(BY_NAME["CALL"].number, 1) == 4  # CALL has 3 cache entries
    assert instr_size(BY_NAME["LOAD_ATTR"].number, 0x10000) == 12
