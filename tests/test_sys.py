"""The guest sys module: attributes that are deterministic compared with python3.14, and the
ones where pyroboros is itself by design (implementation, cache_tag)."""
from __future__ import annotations

import subprocess

import pytest

from run_compare import OURS, run_both

SAME = {
    "version_info": "import sys\nprint(sys.version_info, sys.version_info[:2], sys.version_info.major,"
                    " sys.version_info >= (3, 14), type(sys.version_info).__name__)",
    "numbers": "import sys\nprint(sys.hexversion, sys.maxsize, sys.maxunicode, sys.byteorder,"
               " sys.platform, sys.api_version, sys.abiflags, sys.float_repr_style)",
    "flags": "import sys\nprint(sys.flags)\nprint(sys.flags.optimize, sys.flags.dont_write_bytecode,"
             " sys.dont_write_bytecode, sys.flags[3])",
    "recursion_limit": "import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(50)\n"
                       "print(sys.getrecursionlimit())\n"
                       "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n"
                       "    print(type(e).__name__, e)\n",
    "recursion_limit_zero": "import sys\nsys.setrecursionlimit(0)",
    "recursion_limit_type": "import sys\nsys.setrecursionlimit('a')",
    "intern": "import sys\ns = sys.intern('abc' * 3)\nprint(s, s is sys.intern('abcabcabc'))\nsys.intern(3)",
    "exit_arity": "import sys\nsys.exit(1, 2)",
    "exception_info": "import sys\nprint(sys.exception(), sys.exc_info())\ntry:\n    1 / 0\n"
                      "except ZeroDivisionError:\n    e = sys.exception()\n"
                      "    t, v, tb = sys.exc_info()\n    print(repr(e), t.__name__, v is e, tb is e.__traceback__)\n"
                      "print(sys.exception())",
    "getframe": "import sys\ndef f():\n    return (sys._getframe().f_code.co_name,"
                " sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)\nprint(f())\n"
                "try:\n    sys._getframe(50)\nexcept ValueError as e:\n    print(e)\n"
                "sys._getframe('x')",
    "streams": "import sys\nsys.stdout.write('out\\n')\nsys.stderr.write('err\\n')\n"
               "print('to stderr', file=sys.stderr)\nprint(sys.stdout is sys.__stdout__)",
    "stdout_reassigned": "import sys\nclass Cap:\n    def __init__(self):\n        self.parts = []\n"
                         "    def write(self, s):\n        self.parts.append(s)\n        return len(s)\n"
                         "old = sys.stdout\nsys.stdout = c = Cap()\nprint('captured', 1)\n"
                         "sys.stdout = None\nprint('lost')\nsys.stdout = old\nprint(c.parts)",
    "modules": "import sys\nprint(type(sys.modules).__name__, sys.modules['__main__'].__name__,"
               " 'sys' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys)",
    "path_first": "import sys\nprint(sys.path[0] + '/main.py' == __file__)",
    "function_reprs": "import sys\nprint(sys.exit, sys.getrecursionlimit, sys.exit.__module__)",
    "module_repr": "import sys\nprint(sys, sys.__name__, sys.__package__, sys.__spec__)",
    "argv_mutable": "import sys\nsys.argv.append('x')\nprint(sys.argv[1:])",
    "pycache_prefix": "import sys\nprint(sys.pycache_prefix, sys.warnoptions, sys.getdefaultencoding())",
}


@pytest.mark.parametrize("name", sorted(SAME))
def test_sys_matches_python314(name, tmp_path):
    (tmp_path / "main.py").write_text(SAME[name] + "\n")
    theirs, ours = run_both([str(tmp_path / "main.py")], tmp_path)
    assert ours == theirs


@pytest.mark.parametrize("flags", [["-B"], ["-O"], ["-OO"], ["-E"], ["-I"], ["-P", "-s"]])
def test_flags_match_python314(flags, tmp_path):
    theirs, ours = run_both([*flags, "-c", "import sys; print(sys.flags, sys.dont_write_bytecode)"],
                            tmp_path)
    assert ours == theirs


def test_implementation_is_pyroboros():
    result = subprocess.run([*OURS, "-c", "import sys; i = sys.implementation\n"
                             "print(i.name, i.cache_tag, i.version == sys.version_info,"
                             " i.hexversion == sys.hexversion)"],
                            capture_output=True, text=True, timeout=60)
    assert result.stdout == "pyroboros pyroboros-314 True True\n", result.stderr


def test_orig_argv_and_executable():
    result = subprocess.run([*OURS, "-B", "-c", "import sys; print(sys.orig_argv[1:], bool(sys.executable))",
                             "a"], capture_output=True, text=True, timeout=60)
    assert result.stdout == ("['-B', '-c', 'import sys; print(sys.orig_argv[1:], "
                             "bool(sys.executable))', 'a'] True\n"), result.stderr
