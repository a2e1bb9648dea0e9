"""The import system, differentially: small multi-file programs (packages, relative imports,
circular imports, import errors) run by python3.14 and by pyroboros must print the same
stdout and stderr and exit with the same status; and the .pyc cache our importer keeps."""
from __future__ import annotations

import os
import subprocess

import pytest

from run_compare import OURS, run_both, write_tree

PROGRAMS = {
    "plain_module": {
        "main.py": "import helper\nprint(helper.twice(21), helper.__name__)\n"
                   "print(helper.__file__.endswith('helper.py'), helper.__package__ == '')\n",
        "helper.py": "def twice(x):\n    return 2 * x\n",
    },
    "module_attributes": {
        "main.py": "import pkg.mod as m, pkg\n"
                   "print(m.__name__, m.__package__, m.__spec__.name, m.__spec__.parent)\n"
                   "print(sorted(k for k in vars(m) if k.startswith('__')))\n"
                   "print(pkg.__path__ == [pkg.__spec__.submodule_search_locations[0]])\n"
                   "print(m.__spec__.has_location, m.__spec__.origin == m.__file__)\n"
                   "print(list(vars(m))[:8])\n",
        "pkg/__init__.py": "",
        "pkg/mod.py": "x = 1\n",
    },
    "package_and_submodules": {
        "main.py": "import pkg.sub.leaf\nfrom pkg import helper\nimport pkg\n"
                   "print(pkg.sub.leaf.VALUE, helper.NAME, pkg.ready)\n"
                   "print(sorted(n for n in dir(pkg) if not n.startswith('__')))\n",
        "pkg/__init__.py": "ready = True\n",
        "pkg/helper.py": "NAME = 'helper'\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/leaf.py": "VALUE = 42\n",
    },
    "relative_imports": {
        "main.py": "from pkg.a import result\nprint(result)\n",
        "pkg/__init__.py": "",
        "pkg/a.py": "from . import b\nfrom .b import f\nfrom .sub.c import g\nresult = (b.f(), f(), g())\n",
        "pkg/b.py": "def f():\n    return 'b.f'\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/c.py": "from ..b import f\ndef g():\n    return 'c.g via ' + f()\n",
    },
    "import_star": {
        "main.py": "from shown import *\nfrom listed import *\nprint(public, only)\n"
                   "print('_private' in dir(), 'hidden' in dir())\n",
        "shown.py": "public = 1\n_private = 2\n",
        "listed.py": "__all__ = ['only']\nonly = 3\nhidden = 4\n",
    },
    "module_cached_once": {
        "main.py": "import counter\nimport counter\nimport sys\nprint(counter.runs, sys.modules['counter'] is counter)\n",
        "counter.py": "print('running counter')\nruns = 1\n",
    },
    "dunder_import": {
        "main.py": "m = __import__('pkg.mod')\nprint(m.__name__, m.mod.x)\n"
                   "n = __import__('pkg.mod', fromlist=['x'])\nprint(n.__name__)\n"
                   "print(__import__('pkg', globals(), None, ['mod'], 0).mod.x)\n",
        "pkg/__init__.py": "",
        "pkg/mod.py": "x = 5\n",
    },
    "import_hook": {
        "main.py": (
            'import builtins\n'
            'real = builtins.__import__\n'
            'def hook(name, globals=None, locals=None, fromlist=(), level=0):\n'
            '    print("importing", name, fromlist, level, locals is globals)\n'
            '    return real(name, globals, locals, fromlist, level)\n'
            'builtins.__import__ = hook\n'
            'import sys\n'
            'from sys import argv\n'
            'def f():\n'
            '    import builtins as b\n'
            '    return b\n'
            'f()\n'
            'del builtins.__import__\n'
            'try:\n'
            '    import sys\n'
            'except ImportError as e:\n'
            '    print(e)\n'
        ),
    },
    "namespace_package": {
        "main.py": "import ns.inner\nprint(ns.inner.v, ns.__file__, ns.__spec__.origin)\n",
        "ns/inner.py": "v = 'ns'\n",
    },
    "builtin_modules": {
        "main.py": "import sys, builtins\nprint(sys.modules['sys'] is sys, builtins.len is len)\n"
                   "print(sys, builtins, sys.__spec__.origin, builtins.__package__ == '')\n",
    },
    "future_module": {
        "main.py": "from __future__ import annotations\nimport __future__ as f\n"
                   "def g(x: undefined_name) -> None:\n    pass\n"
                   "print(f.all_feature_names, f.__all__[:2])\n"
                   "for n in f.all_feature_names:\n    print(n, getattr(f, n))\n"
                   "print(f.annotations.getOptionalRelease(), f.annotations.getMandatoryRelease(),"
                   " f.CO_FUTURE_ANNOTATIONS, type(f.division).__name__)\n",
    },
    "relative_sys_path_entry": {
        "main.py": "import sys\nsys.path.insert(0, 'lib')\nimport lm\n"
                   "print(lm.__file__, lm.__cached__.endswith(sys.implementation.cache_tag + '.pyc'))\n",
        "lib/lm.py": "x = 1\n",
    },
    "main_module": {
        "main.py": "import __main__\nx = 7\nprint(__main__.x, __name__, __spec__, __package__)\n",
    },
    "not_found": {"main.py": "import nope_nothing_here\n"},
    "not_found_caught": {
        "main.py": "try:\n    import nope\nexcept ModuleNotFoundError as e:\n"
                   "    print(type(e).__name__, e.name, e.path, e)\n"
                   "try:\n    import helper.sub\nexcept ImportError as e:\n    print(e, e.name)\n",
        "helper.py": "",
    },
    "not_a_package": {"main.py": "import helper.sub\n", "helper.py": "x = 1\n"},
    "cannot_import_name": {"main.py": "from helper import missing\n", "helper.py": "x = 1\n"},
    "cannot_import_name_suggestion": {
        "main.py": "from helper import valeu\n", "helper.py": "value = 1\n"},
    "cannot_import_from_builtin": {"main.py": "from sys import nothing_like_it\n"},
    "cannot_import_name_fields": {
        "main.py": "try:\n    from helper import nope\nexcept ImportError as e:\n"
                   "    print(e.name, e.path.endswith('helper.py'), e.name_from)\n",
        "helper.py": "",
    },
    "import_error_attributes": {
        "main.py": "e = ImportError('m')\nprint(e.name_from, e.msg, e.name, e.path)\n"
                   "e.name_from = 'x'\nprint(e.name_from)\n"
                   "try:\n    from sys import zz\nexcept ImportError as e:\n"
                   "    print(e.name_from, e.name, e.path, e.msg, e.args)\n",
    },
    "relative_without_package": {"main.py": "from . import x\n"},
    "relative_beyond_top": {
        "main.py": "import pkg.mod\n", "pkg/__init__.py": "", "pkg/mod.py": "from ... import x\n"},
    "circular_partial": {
        "main.py": "import pkg.a\n", "pkg/__init__.py": "",
        "pkg/a.py": "from pkg import b\nX = 1\n", "pkg/b.py": "from pkg.a import X\n",
    },
    "circular_shadowing_hint": {
        "main.py": "import a\n", "a.py": "import b\nx = 1\n", "b.py": "from a import x\n",
    },
    "circular_attribute_shadowing": {
        "main.py": "import a\n", "a.py": "import b\nx = 1\n", "b.py": "import a\nprint(a.x)\n",
    },
    "circular_attribute_partial": {
        "main.py": "import p.a\n", "p/__init__.py": "", "p/a.py": "import p.b\nx = 1\n",
        "p/b.py": "import p.a as a\nprint(a.x)\n",
    },
    "missing_module_attribute": {
        "main.py": "import helper\nprint(helper.valeu)\n", "helper.py": "value = 1\n",
    },
    "circular_works": {
        "main.py": "import a\nprint(a.b.done, a.done)\n",
        "a.py": "import b\ndone = 'a'\n", "b.py": "import a\ndone = 'b'\n",
    },
    "error_in_imported_module": {
        "main.py": "import bad\n", "bad.py": "def f():\n    return 1 / 0\nf()\n",
    },
    "failed_import_not_cached": {
        "main.py": "import sys\ntry:\n    import bad\nexcept ZeroDivisionError:\n"
                   "    print('bad' in sys.modules)\n",
        "bad.py": "1 / 0\n",
    },
    "syntax_error_in_imported_module": {"main.py": "import bad\n", "bad.py": "x = (\n"},
    "empty_module_name": {"main.py": "__import__('')\n"},
    "none_in_sys_modules": {
        "main.py": "import sys\nsys.modules['blocked'] = None\nimport blocked\n"},
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_matches_python314(name, tmp_path):
    write_tree(tmp_path, PROGRAMS[name])
    theirs, ours = run_both([str(tmp_path / "main.py")], tmp_path)
    assert ours == theirs


def _ours(args: list[str], cwd, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([*OURS, *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, **env))


def test_pyc_cache_is_written_and_reused(tmp_path):
    write_tree(tmp_path, {"main.py": "import helper\nprint(helper.f())\n",
                          "helper.py": "def f():\n    return 'one'\n"})
    result = _ours(["main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="")
    assert result.stdout == "one\n", result.stderr
    cached = tmp_path / "__pycache__" / "helper.pyroboros-314.pyc"
    assert cached.exists()
    first = cached.stat().st_mtime_ns
    assert _ours(["main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="").stdout == "one\n"
    assert cached.stat().st_mtime_ns == first        # valid: read, not rewritten
    source = tmp_path / "helper.py"
    source.write_text("def f():\n    return 'two, longer'\n")   # new size invalidates it
    assert _ours(["main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="").stdout == "two, longer\n"


def test_pyc_cache_is_what_python314_would_compile(tmp_path):
    write_tree(tmp_path, {"main.py": "import helper\n", "helper.py": "x = [i * 2 for i in range(3)]\n"})
    _ours(["main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="")
    from pyroboros.reference import run_reference
    check = ("import marshal, sys\n"
             "ours = marshal.loads(open(sys.argv[1], 'rb').read()[16:])\n"
             "theirs = compile(open(sys.argv[2]).read(), sys.argv[2], 'exec')\n"
             "print(ours == theirs, ours.co_filename == sys.argv[2])\n")
    result = run_reference(["-c", check, str(tmp_path / "__pycache__" / "helper.pyroboros-314.pyc"),
                            str(tmp_path / "helper.py")])
    assert result.stdout == b"True True\n", result.stderr


@pytest.mark.parametrize("how", [["-B"], ["-E", "-B"]])
def test_dont_write_bytecode_flag(tmp_path, how):
    write_tree(tmp_path, {"main.py": "import helper\n", "helper.py": ""})
    result = _ours([*how, "main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "__pycache__").exists()


def test_dont_write_bytecode_environment(tmp_path):
    write_tree(tmp_path, {"main.py": "import helper\n", "helper.py": ""})
    assert _ours(["main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="1").returncode == 0
    assert not (tmp_path / "__pycache__").exists()


def test_optimized_cache_name(tmp_path):
    write_tree(tmp_path, {"main.py": "import helper\n", "helper.py": "assert False\n"})
    result = _ours(["-O", "main.py"], tmp_path, PYTHONDONTWRITEBYTECODE="")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "__pycache__" / "helper.pyroboros-314.opt-1.pyc").exists()


def test_sourceless_module(tmp_path):
    from pyroboros.reference import run_reference
    write_tree(tmp_path, {"main.py": "import compiled\nprint(compiled.x, compiled.__file__[-12:])\n"})
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "compiled.py").write_text("x = 'from pyc'\n")
    run_reference(["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], sys.argv[2])",
                   str(tmp_path / "src" / "compiled.py"), str(tmp_path / "compiled.pyc")])
    theirs, ours = run_both([str(tmp_path / "main.py")], tmp_path)
    assert ours == theirs
    assert ours[0] == "from pyc compiled.pyc\n"
