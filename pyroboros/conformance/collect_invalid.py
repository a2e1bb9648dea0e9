"""Collect the invalid programs of CPython 3.14's own tests (executed BY python3.14).

`python3.14 collect_invalid.py OUTDIR` writes one file per program into OUTDIR and prints
their paths as JSON. A program is a string constant of one of the test modules below (or a
doctest example of their docstrings, or a whole tokenizedata/badsyntax_* and bad_coding* file)
that python3.14 refuses to compile as a file. Only programs that fail to compile are kept, so
running one under python3.14 only ever reports an error; nothing is copied into the repo.
"""
import ast
import doctest
import hashlib
import json
import os
import sys
import warnings

MODULES = ["test_syntax", "test_exceptions", "test_grammar", "test_fstring", "test_tstring", "test_eof",
           "test_patma", "test_type_params", "test_unicode_identifiers"]
MAX_SIZE = 2000


def candidates(test_dir):
    for name in MODULES:
        path = os.path.join(test_dir, name + ".py")
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
        parser = doctest.DocTestParser()
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
                yield name, node.value
                if isinstance(node.value, str) and ">>>" in node.value:
                    for example in parser.get_examples(node.value):
                        yield name, example.source
    data_dir = os.path.join(test_dir, "tokenizedata")
    for entry in sorted(os.listdir(data_dir)):
        if entry.startswith(("badsyntax_", "bad_coding")):
            with open(os.path.join(data_dir, entry), "rb") as f:
                yield "tokenizedata", f.read()


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    test_dir = os.path.dirname(os.path.abspath(__import__("test").__file__))
    warnings.simplefilter("ignore")
    seen, paths = set(), []
    for module, program in candidates(test_dir):
        data = program.encode("utf-8", "surrogatepass") if isinstance(program, str) else program
        if len(data) > MAX_SIZE or data in seen:
            continue
        seen.add(data)
        digest = hashlib.sha1(data).hexdigest()[:12]
        path = os.path.join(out_dir, f"{module}_{digest}.py")
        try:
            compile(data, path, "exec")
            continue
        except (SyntaxError, ValueError, UnicodeError):
            pass
        except Exception:  # e.g. RecursionError/MemoryError from pathological inputs: not a syntax test
            continue
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    json.dump(sorted(paths), sys.stdout)


if __name__ == "__main__":
    main()
