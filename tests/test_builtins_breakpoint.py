"""breakpoint() and sys.breakpointhook as python3.14's: PYTHONBREAKPOINT=0 disables it, a
dotted name (or a builtin's bare name) is imported and called with breakpoint()'s arguments,
an unimportable one warns, a replaced or deleted hook; differential
against python3.14. (The default hook, pdb.set_trace, needs the stdlib: not compared.)"""
from __future__ import annotations

from pathlib import Path

import pytest

from run_compare import run_both, write_tree

PROGRAM = '''
import sys
print(sys.breakpointhook is sys.__breakpointhook__, type(sys.breakpointhook), sys.breakpointhook)
print(breakpoint.__name__, type(breakpoint))
print("result", breakpoint(1, 2, sep="-"))


def hook(*args, **kwargs):
    print("hook", args, kwargs)
    return 5


sys.breakpointhook = hook
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__
'''


@pytest.mark.parametrize("setting", ["0", "builtins.print", "print", "nosuchmodule.f",
                                     "builtins.nope", ".x", "builtins..print"])
def test_breakpoint_matches_python314(setting: str, tmp_path: Path) -> None:
    write_tree(tmp_path, {"prog.py": PROGRAM})
    theirs, ours = run_both(["prog.py"], tmp_path, env={"PYTHONBREAKPOINT": setting})
    assert ours == theirs

