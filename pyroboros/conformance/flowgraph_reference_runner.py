"""What python3.14 makes of each module's top-level code unit (executed BY python3.14).

`python3.14 flowgraph_reference_runner.py < request.json` reads [[name, source], ...] (a null
source: read the file `name`) and
writes to stdout a pickle with, per module: the code object compile() makes, and (except
for modules with deferred annotations) codegen's instruction list and constants for the
top-level unit (_testinternalcapi.compiler_codegen, i.e. the flow graph's input) and the
optimizer's output on them (_testinternalcapi.optimize_cfg); code objects and constants in
marshal form (pyroboros.bytecode.marshal reads it on any host); or the error that stopped
compilation.
"""
import ast
import json
import marshal
import pickle
import sys

import _testinternalcapi

_HAS_TARGET = None


def has_target(opcode):
    global _HAS_TARGET
    if _HAS_TARGET is None:
        import opcode as opcode_module
        _HAS_TARGET = set(opcode_module.hasjump) | {opcode_module.opmap[name] for name in
                                                    ("SETUP_FINALLY", "SETUP_CLEANUP",
                                                     "SETUP_WITH")}
    return opcode in _HAS_TARGET


def copy_sequence(instructions):
    """A fresh InstructionSequence holding `instructions` (jump opargs are indices)."""
    seq = _testinternalcapi.new_instruction_sequence()
    targets = {oparg for opcode, oparg, *_ in instructions if has_target(opcode)}
    for index, (opcode, oparg, *loc) in enumerate(instructions):
        if index in targets:
            seq.use_label(index)
        seq.addop(opcode, oparg or 0, *loc)
    return seq


def has_deferred_annotations(tree):
    """Whether the module's code unit gets annotations code injected at its placeholder
    (a simple annotated assignment outside any function or class)."""
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.AnnAssign) and node.simple:
            return True
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            todo.extend(child for child in ast.iter_child_nodes(node)
                        if isinstance(child, (ast.stmt, ast.match_case, ast.excepthandler)))
    return False


def unit(name, source):
    try:
        if source is None:
            with open(name, "rb") as f:
                source = f.read()
        tree = ast.parse(source, name)
        code = compile(source, name, "exec", dont_inherit=True)
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    if has_deferred_annotations(tree):
        # compiler_codegen does not expose that code, and the sequence it returns for such
        # modules crashes python3.14 later on
        return {"code": marshal.dumps(code)}
    seq, metadata = _testinternalcapi.compiler_codegen(tree, name, 0, 0)
    instructions = seq.get_instructions()
    consts = list(metadata["consts"])
    optimized_consts = list(consts)
    optimized = _testinternalcapi.optimize_cfg(copy_sequence(instructions), optimized_consts,
                                               len(code.co_varnames))
    return {"instructions": instructions, "consts": marshal.dumps(tuple(consts)),
            "optimized": optimized.get_instructions(),
            "optimized_consts": marshal.dumps(tuple(optimized_consts)),
            "code": marshal.dumps(code)}


def main():
    request = json.load(sys.stdin)
    answer = [unit(name, source) for name, source in request]
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=4))


if __name__ == "__main__":
    main()
