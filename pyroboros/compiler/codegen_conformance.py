"""Differential checking of code generation against python3.14's compiler_codegen.

python3.14's `_testinternalcapi.compiler_codegen(tree, filename, optimize, mode)` returns the
instruction sequence codegen.c produced (labels resolved, before the flow graph) with its
nested units, and the module unit's metadata. `reference_codegen` runs it over a batch of
sources in one python3.14 process; `our_codegen` produces the same shape from
compile.codegen_only. Both are plain data ("dumps"): {"instrs", "nested", "consts", ...} or
("error", type, message, lineno, offset), plus the SyntaxWarnings emitted. Run as
`python -m pyroboros.compiler.codegen_conformance [--sample N]` to measure the corpus.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import warnings

from ..conformance.reference_ast import ReferenceSyntaxError, reference_asts
from ..errors import CompileError
from ..reference import run_reference
from .compile import codegen_only

_SCRIPT = r"""
import ast, os, pickle, sys, warnings, _testinternalcapi
def const(v):
    if type(v).__name__ == 'code':
        return ('<code>', v.co_name)
    return (type(v).__name__, ascii(v))
def dump(seq):
    return {'instrs': seq.get_instructions(), 'nested': [dump(n) for n in seq.get_nested()]}
def compute(source, filename, optimize, mode):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = ast.parse(source, filename, mode)
        except (SyntaxError, ValueError) as exc:
            return (None, [])
        try:
            seq, md = _testinternalcapi.compiler_codegen(tree, filename, optimize,
                                                         {'exec': 0, 'eval': 1, 'single': 2}[mode])
            d = dump(seq)
            d['consts'] = [const(v) for v in md['consts']]
            d['argcount'] = (md['argcount'], md['posonlyargcount'], md['kwonlyargcount'])
        except SyntaxError as exc:
            d = ('error', type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
                 exc.end_offset)
    return (d, [(str(w.message), w.lineno) for w in caught
                if issubclass(w.category, SyntaxWarning)])
def isolated(item):
    # compiler_codegen can crash (module-level annotations): one child process per item
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        with os.fdopen(w, 'wb') as f:
            f.write(pickle.dumps(compute(*item), protocol=4))
        os._exit(0)
    os.close(w)
    with os.fdopen(r, 'rb') as f:
        data = f.read()
    os.waitpid(pid, 0)
    return pickle.loads(data) if data else (REFERENCE_CRASHED, [])
REFERENCE_CRASHED = ('reference crashed',)
results = [isolated(item) for item in pickle.load(sys.stdin.buffer)]
sys.stdout.buffer.write(pickle.dumps(results, protocol=4))
"""
REFERENCE_CRASHED = ("reference crashed",)


def reference_codegen(items: list[tuple[str, str, int, str]]) -> list:
    """python3.14's (dump, warnings) per (source, filename, optimize, mode); the dump is
    None where the source does not parse, REFERENCE_CRASHED where compiler_codegen crashed."""
    proc = run_reference(["-c", _SCRIPT], input=pickle.dumps(items, protocol=4), timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode(errors="replace"))
    return pickle.loads(proc.stdout)


def _const(v: object) -> tuple[str, str]:
    if hasattr(v, "co_name"):
        return ("<code>", v.co_name)
    return (type(v).__name__, ascii(v))


def _dump(seq) -> dict:
    return {"instrs": seq.get_instructions(), "nested": [_dump(n) for n in seq.nested]}


def our_codegen(items: list[tuple[str, str, int, str]], keep_going: bool = False) -> list:
    """Our (dump, warnings) for the same items, on python3.14's ASTs. With `keep_going`, an
    internal error becomes a ("crash", message) dump instead of propagating."""
    trees = reference_asts([(source, filename, mode) for source, filename, _, mode in items])
    results = []
    for (source, filename, optimize, mode), tree in zip(items, trees):
        if isinstance(tree, ReferenceSyntaxError):
            results.append((None, []))
            continue
        try:
            results.append(_our_one(tree, filename, optimize, mode))
        except Exception as exc:  # noqa: BLE001 - a crash is a difference to report
            if not keep_going:
                raise
            results.append((("crash", f"{type(exc).__name__}: {exc}"), []))
    return results


def _our_one(tree, filename: str, optimize: int, mode: str) -> tuple:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            seq, md = codegen_only(tree, filename, optimize, mode)
            d = _dump(seq)
            d["consts"] = [_const(v) for v in md["consts"]]
            d["argcount"] = (md["argcount"], md["posonlyargcount"], md["kwonlyargcount"])
        except CompileError as exc:
            d = ("error", exc.kind, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
                 exc.end_offset)
    return d, [(str(w.message), w.lineno) for w in caught
               if issubclass(w.category, SyntaxWarning)]


def first_difference(ours, theirs, path: str = "") -> str | None:
    """Where two dumps first differ, or None."""
    if type(ours) is dict and type(theirs) is dict:
        for key in ("consts", "argcount", "instrs"):
            if ours.get(key) != theirs.get(key):
                if key == "instrs":
                    for i, (a, b) in enumerate(zip(ours[key], theirs[key])):
                        if a != b:
                            return f"{path}instr {i}: ours {a} / CPython {b}"
                    return f"{path}instrs: ours {len(ours[key])}, CPython {len(theirs[key])}"
                return f"{path}{key}: ours {ours[key]} / CPython {theirs[key]}"
        if len(ours["nested"]) != len(theirs["nested"]):
            return f"{path}nested: ours {len(ours['nested'])}, CPython {len(theirs['nested'])}"
        for i, (a, b) in enumerate(zip(ours["nested"], theirs["nested"])):
            diff = first_difference(a, b, f"{path}nested[{i}] ")
            if diff:
                return diff
        return None
    return None if ours == theirs else f"{path}ours {ours} / CPython {theirs}"


def main(argv: list[str] | None = None) -> int:
    from ..conformance.corpus import corpus_files
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="every Nth corpus file")
    parser.add_argument("--optimize", type=int, default=0, help="compile()'s optimize (0-2)")
    args = parser.parse_args(argv)
    files = corpus_files()
    if args.sample:
        files = files[::args.sample]
    same = crashed = unparsable = total = 0
    for start in range(0, len(files), _BATCH):
        items = []
        for path in files[start:start + _BATCH]:
            with open(path, "rb") as f:
                items.append((f.read(), path, args.optimize, "exec"))
        for (_, path, *_), a, b in zip(items, our_codegen(items, keep_going=True),
                                      reference_codegen(items)):
            if b[0] == REFERENCE_CRASHED:
                crashed += 1
                continue
            if b[0] is None:
                unparsable += 1
                continue
            total += 1
            diff = first_difference(a[0], b[0])
            if diff is None and a[1] != b[1]:
                diff = f"warnings: ours {a[1]} / CPython {b[1]}"
            if diff is None:
                same += 1
            else:
                print(f"{path}\n    {diff[:300]}", flush=True)
    print(f"codegen: {same}/{total} identical ({crashed} more where compiler_codegen crashes, "
          f"{unparsable} that python3.14 cannot parse)")
    return 0


_BATCH = 50

if __name__ == "__main__":
    sys.exit(main())
