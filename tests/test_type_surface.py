"""The surface of every builtin type is python3.14's: dir(), repr, names, MRO, descriptor kinds.

tests/type_surface/surface.py prints one block per type (every type in builtins, the type of
each of its samples: functions, descriptors, iterators, views, frames, generators, PEP 695/750
objects..., and the types their attributes and bases lead to), then dir(builtins) and a few
calls. Each block is compared between python3.14 and pyroboros (object addresses normalised).
Blocks that differ today are listed in tests/type_surface/KNOWN_MISMATCHES.txt and are strict
xfails, so a block that starts to match must be removed from the list:

    python tests/test_type_surface.py --update-known-mismatches

rewrites that list; `python tests/test_type_surface.py LABEL` prints one block's differences.
"""
from __future__ import annotations

import difflib
import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pyroboros.reference import reference_python  # noqa: E402

PROGRAM = REPO / "tests" / "type_surface" / "surface.py"
KNOWN = REPO / "tests" / "type_surface" / "KNOWN_MISMATCHES.txt"
_ADDRESS = re.compile(r"0x[0-9a-f]+")


def _run(command: list[str]) -> dict[str, str]:
    """The program's blocks, label -> text; what precedes the first block is under ''."""
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([*command, str(PROGRAM)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    text = _ADDRESS.sub("0xADDR", done.stdout)
    blocks = {"": ""}
    label = ""
    for line in text.splitlines(keepends=True):
        if line.startswith("== "):
            label = line[3:].strip()
            blocks[label] = ""
        blocks[label] += line
    blocks["exit"] = f"status {done.returncode}\n{_ADDRESS.sub('0xADDR', done.stderr)}"
    return blocks


@functools.cache
def reference_blocks() -> dict[str, str]:
    return _run([reference_python()])


@functools.cache
def our_blocks() -> dict[str, str]:
    return _run([sys.executable, "-m", "pyroboros"])


def read_known() -> set[str]:
    if not KNOWN.exists():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in KNOWN.read_text().splitlines())
    return {line for line in lines if line}


def difference(label: str) -> str | None:
    want = reference_blocks()[label]
    got = our_blocks().get(label)
    if got == want:
        return None
    if got is None:
        return f"block {label!r} missing"
    diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "python3.14", "pyroboros",
                                lineterm="", n=0)
    return "\n".join(diff)


def _params() -> list:
    known = read_known()
    params = []
    for label in reference_blocks():
        marks = [pytest.mark.xfail(strict=True, raises=AssertionError,
                                   reason="listed in tests/type_surface/KNOWN_MISMATCHES.txt")
                 ] if label in known else []
        params.append(pytest.param(label, marks=marks, id=label or "preamble"))
    return params


@pytest.mark.parametrize("label", _params())
def test_type_surface(label: str) -> None:
    problem = difference(label)
    assert problem is None, problem


def test_no_extra_blocks() -> None:
    assert set(our_blocks()) - set(reference_blocks()) == set()


def main() -> None:
    args = sys.argv[1:]
    if args == ["--update-known-mismatches"]:
        failing = [label for label in reference_blocks() if difference(label)]
        KNOWN.write_text("# Blocks of tests/type_surface/surface.py whose output differs from "
                         "python3.14's.\n# Regenerate with: python tests/test_type_surface.py "
                         "--update-known-mismatches\n" + "".join(f"{label}\n" for label in failing))
        print(f"{len(reference_blocks()) - len(failing)}/{len(reference_blocks())} blocks identical")
        return
    for label in args or reference_blocks():
        problem = difference(label)
        if problem:
            print(f"== {label}\n{problem}")


if __name__ == "__main__":
    main()
