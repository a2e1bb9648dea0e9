"""The interactive interpreter behaves as python3.14's basic REPL (Python/pythonrun.c).

Each case pipes the same lines into python3.14 and pyroboros (`-i`, which forces the prompts on a
stdin that is not a terminal) and compares stdout, stderr (prompts, tracebacks, syntax errors)
and the exit status. The banner, printed when no program is given, is the one place where
pyroboros says what it is; a terminal is checked on ours alone, since python3.14 starts
_pyrepl there.
"""
from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from run_compare import OURS, run_both, write_tree

FILES = {
    "exits.py": "raise SystemExit(4)\n",
    "fails.py": "x = 5\n1/0\n",
    "flags.py": "import sys\nprint(sys.flags.inspect, sys.flags.interactive)\n",
    "broken.py": "x = (\n",
    "startup.py": "x = 5\nprint('startup', __name__, __file__)\n",
    "startup_fails.py": "x = 5\n1/0\n",
}

PASS = ["-i", "-c", "pass"]
CASES = {
    "brief": (PASS, "x = 1\nx + 1\nfor i in range(2):\n  print(i)\n\n1/0\n"),
    "underscore": (PASS, "_\n3\n_\nNone\n_\n'x'\n_ * 2\n"),
    "displayhook": (PASS, "import sys\nsys.displayhook(5)\nsys.displayhook(None)\n_\n"
                          "sys.displayhook is sys.__displayhook__\ndel sys.displayhook\n3\n"),
    "repr_fails": (PASS, "class B:\n  def __repr__(self): raise ValueError('no')\n\nB()\n_\n"),
    "user_repr": (PASS, "class A:\n  def __repr__(self): return 'A!'\n\nA()\n[A(), A()]\n"),
    "eof_in_block": (PASS, "for i in range(2):\n"),
    "eof_after_block": (PASS, "if 1:\n  5"),
    "eof_in_brackets": (PASS, "(1,\n2"),
    "eof_in_string": (PASS, 'x = """abc\n'),
    "eof_after_backslash": (PASS, "x = 1 + \\\n"),
    "eof_without_newline": (PASS, "1+1"),
    "unclosed_paren": (PASS, "x = (\n"),
    "unterminated_string": (PASS, '"abc\n'),
    "errors_then_go_on": (PASS, "x = 1 +\ny = 2\ny\nx = 1 $\nf(**a, *b)\nprint(1 2)\nx=\n3\n"),
    "compile_error": (PASS, "nonlocal x\nfrom __future__ import braces\n4\n"),
    "syntax_warnings": (PASS, '1 is 1\n"\\d"\n'),
    "warnings_as_errors": (["-W", "error", *PASS], '"\\d"\n1\n"\\d" + (\n2)\n1 is 1\n'),
    "warnings_while_reading": (PASS, '"\\d" + (\n"\\e")\nif 1:\n  "\\d"\n  "\\e"\n\nx = "\\d" $\n'),
    "tracebacks": (PASS, "def f():\n  return 1/0\n\nf()\n'é' + 1\n"),
    "file_names": (PASS, "import sys\nsys._getframe().f_code.co_filename\ndef f(): pass\n\n"
                         "f.__code__.co_filename\n"),
    "prompts": (PASS, "import sys\nsys.ps1 = 'A'\nsys.ps2 = 5\nif 1:\n  2\n\ndel sys.ps1\n3\nsys.ps1 = None\n4\n"
                      "class P:\n  def __str__(self): raise ValueError\n\nsys.ps1 = P()\n5\n"),
    "hooks_and_streams": (PASS, "import sys\nsys.displayhook = print\n5\nsys.displayhook = 5\n3\n"
                                "del sys.displayhook\n4\nsys.stdout = None\n3\n"),
    "excepthook": (PASS, "import sys\n1/0\nsys.last_exc\ndef h(*a): print('hook', a[0])\n\n"
                         "sys.excepthook = h\n1/0\ndef g(*a): raise SystemExit(5)\n\nsys.excepthook = g\n1/0\n"),
    "flags": (PASS, "import sys\nsys.ps1, sys.ps2, sys.flags.interactive, sys.flags.inspect\n"),
    "blank_and_comments": (PASS, "\n  \n# c\n  # x\n1\nif 1:\n  # c\n\n  2\n\n"),
    "compound": (PASS, "if 1:\n  2\nelse:\n  3\n\nif 1:\n  2\n3\n"
                       "try:\n  1/0\nexcept ZeroDivisionError:\n  print('caught')\nfinally:\n"
                       "  print('fin')\n\n"),
    "indentation": (PASS, "if 1:\n\t2\n        3\n\n"),
    "soft_keywords": (PASS, "match = 3\nmatch\nmatch match:\n  case 3: print('three')\n\n"),
    "multi_line_string": (PASS, 's = """a\nb"""\ns\n'),
    "semicolons": (PASS, "print(1); print(2)\n1;2\n"),
    "future_statements": (PASS, "from __future__ import barry_as_FLUFL\n1 <> 2\n1 != 2\n"
                                "from __future__ import annotations\ndef f(x: int): pass\n\nf.__annotations__\n"),
    "system_exit": (PASS, "raise SystemExit(3)\nprint('not reached')\n"),
    "exit_message": (PASS, "import sys\nsys.exit('bye')\n"),
    "exit_builtins": (PASS, "exit\nquit\nquit(3)\n"),
    "keyboard_interrupt": (PASS, "raise KeyboardInterrupt\n1\nraise SystemExit(3)\n"),
    "program_interrupted": (["-i", "-c", "raise KeyboardInterrupt"], "1\n"),
    "program_exits": (["-i", "exits.py"], "x = 1\nx\n"),
    "program_fails": (["-i", "fails.py"], "x\n"),
    "program_flags": (["-i", "flags.py"], "sys.flags.inspect\n"),
    "program_broken": (["-i", "broken.py"], "7\n"),
    "no_inspection_without_i": (["-c", "print(1)"], "2\n"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_repl_matches_python314(name, tmp_path):
    write_tree(tmp_path, FILES)
    args, lines = CASES[name]
    theirs, ours = run_both(args, tmp_path, input=lines.encode())
    assert ours == theirs


@pytest.mark.parametrize("program", ["print(1)", "import sys; sys.exit(3)"])
def test_pythoninspect_needs_an_interactive_stdin(program, tmp_path):
    theirs, ours = run_both(["-c", program], tmp_path, input=b"2\n", env={"PYTHONINSPECT": "1"})
    assert ours == theirs


@pytest.mark.parametrize("startup", ["startup.py", "startup_fails.py", "exits.py", "missing.py"])
def test_pythonstartup_runs_before_the_first_prompt(startup, tmp_path):
    write_tree(tmp_path, FILES)
    theirs, ours = run_both(["-i", "-q"], tmp_path, input=b"x\n__file__\n", env={"PYTHONSTARTUP": startup})
    assert ours == theirs


def test_banner_without_a_program(tmp_path):
    theirs, ours = run_both(["-i"], tmp_path, input=b"x = 1\nx\n")
    their_banner, _, their_rest = theirs[1].partition(">>> ")
    banner, _, rest = ours[1].partition(">>> ")
    assert their_banner.startswith("Python 3.14.10 (")
    assert banner == "Python 3.14.10 (pyroboros) [pure Python] on linux\n"
    assert (ours[0], rest, ours[2]) == (theirs[0], their_rest, theirs[2])
    theirs, ours = run_both(["-i", "-q"], tmp_path, input=b"x = 1\nx\n")
    assert ours == theirs


def test_terminal_starts_the_repl(tmp_path):
    master, slave = pty.openpty()
    try:
        process = subprocess.Popen([*OURS], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   cwd=tmp_path, env=dict(os.environ, PYTHONPATH=""))
        os.write(master, b"6 * 7\n\x04")
        out, err = process.communicate(timeout=120)
    finally:
        os.close(master)
        os.close(slave)
    assert out == b"42\n"
    assert err == b"Python 3.14.10 (pyroboros) [pure Python] on linux\n>>> >>> \n"
    assert process.returncode == 0


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
