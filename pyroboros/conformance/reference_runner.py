"""Run one phase of the reference CPython 3.14 over a batch of files (executed BY python3.14).

`python3.14 reference_runner.py PHASE < paths.json` prints, as JSON, one
[stdout, stderr, exit status, seconds] per path: what `python3.14 -m tokenize -e FILE`
(or the phase's other command) prints, produced in-process so that one interpreter serves
the whole batch, and the time the phase's own work took.
"""
import ast
import base64
import contextlib
import dis
import io
import json
import marshal
import os
import sys
import symtable
import time
import tokenize
import traceback


def tokens(path):
    tokenize._main(["-e", path])


def ast_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except (SyntaxError, ValueError) as exc:
        sys.stderr.write("".join(traceback.format_exception_only(exc)))
        raise SystemExit(1)
    print(ast.dump(tree, include_attributes=True, indent=1))


def symtable_dump(path):
    symtable.main([path])


def dis_dump(path):
    dis.main([path])


def pyc(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        sys.stderr.write("".join(traceback.format_exception_only(exc)))
        raise SystemExit(1)
    print(base64.b64encode(marshal.dumps(code)).decode())


def errors(path):
    """`python3.14 FILE` itself: the program is known not to compile, so nothing runs."""
    import subprocess
    proc = subprocess.run([sys.executable, path], capture_output=True, text=True,
                          env=dict(os.environ, PYTHON_COLORS="0"))
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    raise SystemExit(proc.returncode)


PHASES = {"tokens": tokens, "ast": ast_dump, "symtable": symtable_dump, "dis": dis_dump, "pyc": pyc,
          "errors": errors}


def run(phase, path):
    out, err = io.StringIO(), io.StringIO()
    status = 0
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            PHASES[phase](path)
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except Exception:
            traceback.print_exc()
            status = 1
    return [out.getvalue(), err.getvalue(), status, time.perf_counter() - start]


def main():
    os.environ["PYTHON_COLORS"] = "0"
    phase = sys.argv[1]
    paths = json.load(sys.stdin)
    json.dump([run(phase, p) for p in paths], sys.stdout)


if __name__ == "__main__":
    main()
