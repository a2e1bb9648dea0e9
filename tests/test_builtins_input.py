"""input() reads sys.stdin as python3.14's does: prompts, stripped newlines, a last line without
one, EOFError at the end, argument errors; differential against python3.14 with the same stdin."""
from __future__ import annotations

from pathlib import Path

import pytest

from run_compare import run_both, write_tree

PROGRAM = '''
def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


show("input()", lambda: input())
show("input('prompt> ')", lambda: input("prompt> "))
show("input(1, 2)", lambda: input(1, 2))
show("input(x=1)", lambda: input(x=1))
show("input(5)", lambda: input(5))
for _ in range(4):
    show("input()", lambda: input())
'''


@pytest.mark.parametrize("stdin", [b"", b"one\ntwo\nthree\n\nlast", b"a\r\nb\n", "\u00e9\n".encode()])
def test_input_matches_python314(stdin: bytes, tmp_path: Path) -> None:
    write_tree(tmp_path, {"prog.py": PROGRAM})
    theirs, ours = run_both(["prog.py"], tmp_path, input=stdin)
    assert ours == theirs
    assert "EOFError EOF when reading a line" in theirs[0]
