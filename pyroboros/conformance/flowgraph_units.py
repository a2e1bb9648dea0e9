"""Differential check of the flow graph and the assembler against python3.14, unit by unit.

For each module, python3.14 gives codegen's output for the top-level code unit (the flow
graph's exact input), what its optimizer makes of it (optimize_cfg) and the code object
compile() makes (flowgraph_reference_runner.py). We feed the same input to our optimizer and
to our whole pipeline (optimize_code_unit, optimized_cfg_to_instruction_sequence,
make_code_object) and compare: the optimized instruction list and constants, and every field
of the code object. The unit's metadata (names, locals, flags) is read off CPython's code
object, since codegen's metadata does not include it. Code objects travel in marshal form,
read by pyroboros.bytecode.marshal.

    python -m pyroboros.conformance.flowgraph_units [--sample N] [--pipeline] [FILE ...]

prints how many code units are identical and writes the differing ones, with their first
difference, to .conformance/flowgraph.txt. With --pipeline it also compares every code unit
(nested ones included) that our whole compiler makes with compile()'s.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from ..compiler.assemble import make_code_object
from ..compiler.const_cache import merge_constant
from ..compiler.flowgraph import (cfg_from_instruction_sequence, optimize_cfg, optimize_code_unit,
                                  optimized_cfg_to_instruction_sequence)
from ..compiler.instruction_sequence import Instruction, InstructionSequence, Location
from ..bytecode import marshal
from ..compiler.unit_metadata import CodeUnitMetadata
from ..objects.code import CO_FAST_HIDDEN, Code
from ..reference import run_reference

RUNNER = Path(__file__).with_name("flowgraph_reference_runner.py")
CODE_FIELDS = ("argcount", "posonlyargcount", "kwonlyargcount", "stacksize", "flags", "code",
               "consts", "names", "localsplusnames", "localspluskinds", "filename", "name",
               "qualname", "firstlineno", "linetable", "exceptiontable")


def reference_units(modules: list[tuple[str, str | None]]) -> list[dict]:
    """Ask python3.14 about each (name, source) module (source None: read file `name`);
    code objects and constant lists come back decoded from marshal, as our Code objects."""
    proc = run_reference([str(RUNNER)], input=json.dumps(modules).encode(), timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode(errors="replace"))
    answers = pickle.loads(proc.stdout)
    for answer in answers:
        for key in ("code", "consts", "optimized_consts"):
            if key in answer:
                answer[key] = marshal.loads(answer[key])
    return answers


def guest_constant(value: object, const_cache: dict) -> object:
    """A constant from the reference as our compiler holds it: merged through the constant
    cache, items first."""
    if type(value) is tuple:
        value = tuple(guest_constant(item, const_cache) for item in value)
    elif type(value) is frozenset:
        value = frozenset(guest_constant(item, const_cache) for item in value)
    return merge_constant(const_cache, value)


def comparable(value: object) -> object:
    """A form of a constant (or code object) in which == means "the same constant"."""
    if isinstance(value, Code):
        return {name: comparable(getattr(value, "co_" + name)) for name in CODE_FIELDS}
    if type(value) is tuple:
        return tuple(comparable(item) for item in value)
    if type(value) is frozenset:
        return ("frozenset", sorted(map(repr, map(comparable, value))))
    if type(value) in (float, complex):
        return (type(value).__name__, repr(value))
    if type(value) is slice:
        return ("slice", comparable(value.start), comparable(value.stop), comparable(value.step))
    return (type(value).__name__, value)


def instruction_sequence(instructions: list[tuple]) -> InstructionSequence:
    """Our InstructionSequence for get_instructions() tuples (jump opargs are indices)."""
    seq = InstructionSequence()
    seq.instrs = [Instruction(opcode, oparg or 0, Location(*loc))
                  for opcode, oparg, *loc in instructions]
    seq.labelmap = None
    return seq


def unit_metadata(code: Code) -> CodeUnitMetadata:
    """The metadata codegen had for the unit that became `code` (a top-level unit)."""
    kinds = code.co_localspluskinds
    names = code.co_localsplusnames
    return CodeUnitMetadata(
        name=code.co_name, qualname=code.co_qualname,
        names={n: i for i, n in enumerate(code.co_names)},
        varnames={n: i for i, n in enumerate(code.co_varnames)},
        cellvars={n: i for i, n in enumerate(code.co_cellvars)},
        freevars={n: i for i, n in enumerate(code.co_freevars)},
        fasthidden={n: True for n, k in zip(names, kinds) if k & CO_FAST_HIDDEN},
        argcount=code.co_argcount - code.co_posonlyargcount,
        posonlyargcount=code.co_posonlyargcount, kwonlyargcount=code.co_kwonlyargcount,
        firstlineno=code.co_firstlineno)


def _normalized(instructions: list[tuple]) -> list[tuple]:
    return [(opcode, oparg or 0, *loc) for opcode, oparg, *loc in instructions]


@dataclass
class UnitResult:
    name: str
    optimized_ok: bool
    code_ok: bool
    difference: str = ""


def _first_difference(ours: object, theirs: object, what: str) -> str:
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in theirs:
            if ours.get(key) != theirs[key]:
                return _first_difference(ours.get(key), theirs[key], f"{what}.{key}")
    if isinstance(ours, (list, tuple)) and isinstance(theirs, (list, tuple)):
        for index, (a, b) in enumerate(zip(ours, theirs)):
            if a != b:
                return _first_difference(a, b, f"{what}[{index}]")
        if len(ours) != len(theirs):
            return f"{what}: length {len(ours)} != {len(theirs)}"
    return f"{what}: ours {ours!r} != python3.14 {theirs!r}"


def check_unit(name: str, reference: dict) -> UnitResult:
    """Run our optimizer and pipeline on one reference unit and compare."""
    const_cache: dict = {}
    consts = [guest_constant(c, const_cache) for c in reference["consts"]]
    reference_code = reference["code"]
    umd = unit_metadata(reference_code)
    nlocals = len(umd.varnames)

    optimized_consts = list(consts)
    optimized = optimize_cfg(instruction_sequence(reference["instructions"]), optimized_consts,
                             nlocals).get_instructions()
    ours_opt = (_normalized(optimized), comparable(tuple(optimized_consts)))
    theirs_opt = (_normalized(reference["optimized"]),
                  comparable(tuple(reference["optimized_consts"])))
    optimized_ok = ours_opt == theirs_opt
    difference = "" if optimized_ok else _first_difference(ours_opt, theirs_opt, "optimize_cfg")

    flags = reference_code.co_flags
    g = cfg_from_instruction_sequence(instruction_sequence(reference["instructions"]))
    optimize_code_unit(g, consts, const_cache, nlocals, 0, umd.firstlineno)
    stackdepth, nlocalsplus, seq = optimized_cfg_to_instruction_sequence(g, umd, flags)
    code = make_code_object(umd, const_cache, consts, stackdepth, seq, nlocalsplus, flags, name)
    ours_code = comparable(code)
    theirs_code = comparable(reference_code)
    code_ok = ours_code == theirs_code
    if not code_ok and not difference:
        difference = _first_difference(ours_code, theirs_code, "code")
    return UnitResult(name, optimized_ok, code_ok, difference)


def check_modules(modules: list[tuple[str, str | None]],
                  references: list[dict] | None = None) -> list[UnitResult]:
    """check_unit for the top-level unit of every module that python3.14 compiles and whose
    codegen output it exposes."""
    results = []
    for (name, _), reference in zip(modules, references or reference_units(modules)):
        if "instructions" not in reference:
            continue
        try:
            results.append(check_unit(name, reference))
        except Exception as exc:  # a crash is a difference like any other, for the report
            results.append(UnitResult(name, False, False, f"{type(exc).__name__}: {exc}"))
    return results


def _pair_units(ours: Code, theirs: Code, path: str):
    """(path, our unit, python3.14's unit) for a code object and, recursively, its nested
    code objects (paired in co_consts order)."""
    yield path, ours, theirs
    nested_ours = [c for c in ours.co_consts if isinstance(c, Code)]
    nested_theirs = [c for c in theirs.co_consts if isinstance(c, Code)]
    for a, b in zip(nested_ours, nested_theirs):
        yield from _pair_units(a, b, f"{path}/{b.co_qualname}")


def check_pipeline(modules: list[tuple[str, str | None]],
                   references: list[dict] | None = None) -> list[UnitResult]:
    """Our whole compiler (compile_source: codegen, flow graph, assembler) against compile(),
    every code unit of every module compared field by field. A difference here may also come
    from codegen; check_modules isolates the flow graph and the assembler."""
    from ..compiler.compile import compile_source
    results = []
    for (name, source), reference in zip(modules, references or reference_units(modules)):
        if "code" not in reference:
            continue
        if source is None:
            source = Path(name).read_bytes()
        try:
            code = compile_source(source, name)
        except Exception as exc:
            results.append(UnitResult(name, False, False, f"{type(exc).__name__}: {exc}"))
            continue
        for path, ours, theirs in _pair_units(code, reference["code"], name):
            ours_c, theirs_c = comparable(ours), comparable(theirs)
            same = ours_c == theirs_c
            results.append(UnitResult(path, same, same,
                                      "" if same else _first_difference(ours_c, theirs_c, path)))
    return results


def main(argv: list[str] | None = None) -> int:
    from .corpus import corpus_files, sample
    parser = argparse.ArgumentParser(prog="python -m pyroboros.conformance.flowgraph_units")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--pipeline", action="store_true",
                        help="also compare our whole compiler's code objects, every unit")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)
    files = args.files or corpus_files()
    if args.sample:
        files = sample(files, args.sample)
    units: list[UnitResult] = []
    pipeline: list[UnitResult] = []
    for start in range(0, len(files), 50):
        modules = [(path, None) for path in files[start:start + 50]]
        references = reference_units(modules)
        units += check_modules(modules, references)
        if args.pipeline:
            pipeline += check_pipeline(modules, references)
    report = Path(".conformance/flowgraph.txt")
    report.parent.mkdir(exist_ok=True)
    report.write_text("".join(f"{r.name}: {r.difference}\n" for r in units + pipeline
                              if not (r.optimized_ok and r.code_ok)))
    print(f"flowgraph: top-level units of {len(files)} modules, on python3.14's codegen output "
          f"(modules that do not compile or have deferred annotations left out): "
          f"optimize_cfg {sum(r.optimized_ok for r in units)}/{len(units)} identical, "
          f"code objects {sum(r.code_ok for r in units)}/{len(units)} identical")
    if args.pipeline:
        print(f"pipeline: all code units, our codegen + flow graph + assembler: "
              f"{sum(r.code_ok for r in pipeline)}/{len(pipeline)} identical")
    print(f"differences: {report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
