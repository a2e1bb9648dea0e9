"""Running programs from the command line, differentially against python3.14: FILE, a
directory's __main__, -c, - (stdin) and -m (modules and packages, runpy's errors), sys.argv
and exit statuses."""
from __future__ import annotations

import pytest

from run_compare import run_both, write_tree

FILES = {
    "show.py": "import sys\nprint(sys.argv, __name__, __file__ == sys.argv[0] or __file__)\n"
               "print(sys.path[0] == __import__('os', fromlist=['x']).getcwd() if False else 1)\n",
    "args.py": "import sys\nprint(sys.argv)\nprint(__name__, __package__, __spec__.name)\n"
               "print(list(globals())[:8])\n",
    "fails.py": "def f():\n    raise ValueError('boom')\nf()\n",
    "exits.py": "import sys\nsys.exit(3)\n",
    "bad_syntax.py": "x = (\n",
    "pkg/__init__.py": "print('pkg init')\n",
    "pkg/__main__.py": "import sys\nfrom . import util\nprint('main of', __package__, sys.argv[1:], util.X)\n",
    "pkg/util.py": "X = 'util'\n",
    "pkg/mod.py": "print(__name__, __spec__.name, __package__)\n",
    "nomain/__init__.py": "",
    "ns/part.py": "print('part', __name__)\n",
    "mod.py": "x = 1\n",
    "broken/__init__.py": "1 / 0\n",
    "broken/m.py": "",
    "quits/__init__.py": "raise SystemExit(5)\n",
    "quits/m.py": "",
    "app/__main__.py": "import sys\nimport helper\nprint(__name__, __package__, sys.argv, helper.X)\n",
    "app/helper.py": "X = 'app helper'\n",
}
CASES = {
    "file_args": ["show.py", "a", "b c"],
    "c_args": ["-c", "import sys; print(sys.argv, __name__, sys.path[0] == '')", "x", "-y"],
    "c_globals": ["-c", "print(list(globals()))"],
    "c_exit_code": ["-c", "import sys; sys.exit(4)"],
    "c_exit_message": ["-c", "import sys; print('out'); sys.exit('bye')"],
    "c_exit_none": ["-c", "raise SystemExit"],
    "c_exit_tuple": ["-c", "raise SystemExit(1, 2)"],
    "c_exit_negative": ["-c", "import sys; sys.exit(-1)"],
    "c_exit_big": ["-c", "import sys; sys.exit(256 + 7)"],
    "c_traceback": ["-c", "x = 1\n1 / 0"],
    "c_syntax_error": ["-c", "x = ("],
    "c_imports_from_cwd": ["-c", "import mod; print(mod.x)"],
    "file_traceback": ["fails.py"],
    "file_exit": ["exits.py"],
    "file_syntax_error": ["bad_syntax.py"],
    "missing_file": ["no_such_file.py"],
    "m_module": ["-m", "args", "one", "two"],
    "m_package": ["-m", "pkg", "--flag"],
    "m_submodule": ["-m", "pkg.mod"],
    "m_traceback": ["-m", "fails"],
    "m_exit": ["-m", "exits"],
    "m_not_found": ["-m", "no_such_module"],
    "m_sub_not_found": ["-m", "pkg.nothing"],
    "m_parent_not_package": ["-m", "mod.sub"],
    "m_relative": ["-m", ".mod"],
    "m_dot_py": ["-m", "mod.py"],
    "m_package_without_main": ["-m", "nomain"],
    "m_namespace": ["-m", "ns"],
    "m_namespace_module": ["-m", "ns.part"],
    "m_main_itself": ["-m", "pkg.__main__"],
    "m_syntax_error": ["-m", "bad_syntax"],
    "m_parent_fails": ["-m", "broken.m"],
    "m_parent_exits": ["-m", "quits.m"],
    "directory_main": ["app", "arg"],
    "directory_package_main": ["pkg"],
    "directory_without_main": ["nomain"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_command_line_matches_python314(name, tmp_path):
    write_tree(tmp_path, FILES)
    theirs, ours = run_both(CASES[name], tmp_path)
    assert ours == theirs


@pytest.mark.parametrize("args", [["-"], ["-", "a", "b"], []], ids=["dash", "dash_args", "none"])
def test_stdin_matches_python314(args, tmp_path):
    source = b"import sys\nprint(sys.argv, __name__, __file__, sys.path[0])\nraise KeyError('k')\n"
    theirs, ours = run_both(args, tmp_path, input=source)
    assert ours == theirs


@pytest.mark.parametrize("flags", [[], ["-E"], ["-I"]], ids=["plain", "E", "I"])
def test_pythonpath_matches_python314(flags, tmp_path):
    write_tree(tmp_path, {"lib/extra.py": "print('extra from', __file__)\n",
                          "main.py": "try:\n    import extra\nexcept ImportError as e:\n    print(e)\n"})
    env = {"PYTHONPATH": str(tmp_path / "lib")}
    theirs, ours = run_both([*flags, str(tmp_path / "main.py")], tmp_path, env=env)
    assert ours == theirs
