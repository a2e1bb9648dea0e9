"""Warnings behave as CPython 3.14's (Python/_warnings.c, -W, PYTHONWARNINGS, SyntaxWarnings).

Differential: each program runs under python3.14 and under pyroboros with the same options and
environment; stdout, stderr and the exit status must be identical.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pyroboros.reference import reference_python

REPO = Path(__file__).resolve().parent.parent


def _run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[str, str, int]:
    full_env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHON_COLORS="0", NO_COLOR="1",
                    PYTHONUNBUFFERED="1")
    for name in ("PYTHONPATH", "PYTHONWARNINGS", "PYTHONDEVMODE"):
        full_env.pop(name, None)
    full_env.update(env)
    done = subprocess.run(command, capture_output=True, text=True, env=full_env, cwd=cwd,
                          timeout=120)
    return done.stdout, done.stderr, done.returncode


def compare(tmp_path: Path, source: str, *options: str, env: dict[str, str] | None = None,
            files: dict[str, str] | None = None) -> tuple[str, str, int]:
    """Run `source` as tmp_path/prog.py both ways; assert the same outcome and return it."""
    for name, text in (files or {}).items():
        (tmp_path / name).write_text(textwrap.dedent(text))
    program = tmp_path / "prog.py"
    program.write_text(textwrap.dedent(source))
    env = env or {}
    theirs = _run([reference_python(), *options, str(program)], env, tmp_path)
    ours = _run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); "
                 "from pyroboros.cli import main; sys.exit(main())", str(REPO), *options,
                 str(program)], env, tmp_path)
    assert ours == theirs
    return theirs


def test_bool_invert_is_deprecated_in_main_only(tmp_path):
    out, err, _ = compare(tmp_path, """\
        import helper
        print(~True, ~False, ~1)
        for i in range(2):
            print(~True)
        print(helper.invert())
        """, files={"helper.py": "def invert():\n    return ~True\n"})
    assert err.count("DeprecationWarning: Bitwise inversion") == 2


def test_warn_actions_registry_and_errors(tmp_path):
    compare(tmp_path, """\
        import _warnings as w
        def t(f, *a, **k):
            try: print(repr(f(*a, **k)))
            except Exception as e: print(type(e).__name__, e)
        t(w.warn, "x", int)
        t(w.warn, "x", 5)
        t(w.warn, "x", None, "a")
        t(w.warn, 5)
        t(w.warn, "x", skip_file_prefixes=(1,))
        t(w.warn, "x", skip_file_prefixes=[1])
        t(w.warn_explicit, "x", None, "f", 1)
        t(w.warn_explicit, "x", UserWarning, 1, 1)
        t(w.warn_explicit, "x", UserWarning, "f", 1, registry=5)
        t(w.warn_explicit, "x", UserWarning, "f", 1, module_globals=5)
        t(w.warn_explicit, "x", UserWarning, "f", 1, None, None)
        t(w.warn_explicit, UserWarning("y"), DeprecationWarning, "f.py", 2)
        t(w.warn_explicit, 42, UserWarning, "", 3)
        w.filters.insert(0, ("bogus", None, Warning, None, 0))
        t(w.warn, "bog")
        w.filters[0] = ("error", None, Warning, None)
        t(w.warn, "short")
        w.filters[0] = (1, None, Warning, None, 0)
        t(w.warn, "action")
        w.filters[0] = ("error", 5, Warning, None, 0)
        t(w.warn, "match")
        w.filters[0] = ("error", None, UserWarning, None, 0)
        try:
            w.warn("err")
        except UserWarning as e:
            print("caught", repr(e), e.args)
        w.filters[0] = ("once", None, UserWarning, None, 0)
        for i in range(3): w.warn("once!")
        w.warn_explicit("o1", UserWarning, "zz.py", 1)
        w.warn_explicit("o1", UserWarning, "zz.py", 2)
        print(w._onceregistry)
        w.filters[0] = ("module", None, UserWarning, None, 0)
        for i in range(3): w.warn("mod!")
        w.warn("mod!")
        w.filters[0] = ("always", None, UserWarning, None, 0)
        for i in range(2): w.warn("alw!")
        w.filters[0] = ("all", None, UserWarning, None, 0)
        for i in range(2): w.warn("all!")
        print(__warningregistry__)
        t(w._filters_mutated_lock_held)
        t(w._release_lock)
        w._acquire_lock(); w._acquire_lock()
        w._filters_mutated_lock_held()
        w._release_lock(); w._release_lock()
        w.filters[0] = ("default", None, UserWarning, None, 0)
        w.warn("mod!")
        print(__warningregistry__)
        print(w._defaultaction, w.warn, w.warn_explicit, w.__name__, w.__spec__)
        """)


def test_stacklevel_categories_and_stderr(tmp_path):
    compare(tmp_path, """\
        import sys, _warnings
        class MyWarning(UserWarning):
            def __str__(self):
                return "custom!"
        def inner():
            _warnings.warn("deep", stacklevel=2)
        def outer():
            inner()
        outer()
        _warnings.warn("top", stacklevel=5)
        _warnings.warn("zero", RuntimeWarning, stacklevel=0)
        _warnings.warn(MyWarning("a"))
        _warnings.warn_explicit(MyWarning("a"), None, "q.py", 7, module_globals=globals())
        _warnings.warn("skipped", skip_file_prefixes=(__file__[:4],))
        class Err:
            def write(self, text):
                print("stderr got:", repr(text))
        sys.stderr = Err()
        _warnings.warn("to the guest's stderr")
        sys.stderr = None
        _warnings.warn("nowhere")
        """)


def test_conversion_slots_returning_subclasses(tmp_path):
    compare(tmp_path, """\
        class I(int): pass
        class F(float): pass
        class C(complex): pass
        class A:
            def __int__(self): return I(3)
            def __index__(self): return True
            def __float__(self): return F(2.5)
            def __complex__(self): return C(1j)
        print(int(A()), float(A()), complex(A()), bin(A()), [1, 2][A()])
        print(complex(1j), complex(C(1j)), complex(1j, 2j), complex(real=C(1j)),
              complex(1, imag=0j), complex(A(), 1))
        """)


@pytest.mark.parametrize("options", [[], ["-Wd"], ["-W", "error"], ["-W", "ignore"],
                                     ["-W", "error::SyntaxWarning"], ["-W", "error:invalid"],
                                     ["-W", "error::SyntaxWarning:sys"], ["-W", "always"]])
def test_syntax_warnings_go_through_the_filters(tmp_path, options):
    compare(tmp_path, """\
        x = 1
        y = ("ab\\dc", b"\\q")
        z = x is 1
        w = 0x1or 2
        print("ran", w)
        """, *options)


@pytest.mark.parametrize("source", ['y = b"x\\\\p" + "\\\\400"\n', 'y = f"a\\\\qb{1}"\n',
                                    'y = [0o7for x in ()]\n', 'y = 1_000and 3\n',
                                    'y = 0b1in [1]\n', 'y = 1if 1 else 2\n'])
def test_syntax_warning_as_error_locations(tmp_path, source):
    compare(tmp_path, source, "-W", "error")


def test_syntax_warnings_of_compile_and_guest_filters(tmp_path):
    compare(tmp_path, """\
        import _warnings
        for i in range(2):
            compile("x is 1", "<s>", "exec")
        _warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
        for source in ("x is 1", "'\\\\d'", "1if 2 else 3"):
            try:
                compile(source, "<s>", "exec")
            except SyntaxError as e:
                print(e.msg, e.lineno, e.offset)
        """)


@pytest.mark.parametrize("options", [
    ["-W", "foo", "-W", "::Nope", "-W", "::int", "-W", "a:b:c:d:e:f", "-W", "::x.Y",
     "-W", "::::-1", "-W", "::::x"],
    ["-W", "d:hello:UserWarning:mod:3", "-W", "e:: DeprecationWarning : __main__ "],
    ["-Wi::builtins.UserWarning", "-Wonce"], ["-We::DeprecationWarning"], ["-X", "dev"],
    ["-W", "module"], ["-W", "ignore:::__main__:5"], ["-W", "error:user"]])
def test_command_line_options(tmp_path, options):
    compare(tmp_path, """\
        import sys, _warnings
        print(sys.warnoptions, sys.flags.dev_mode)
        for f in _warnings.filters:
            print(f)
        print(~True)
        _warnings.warn("user one")
        _warnings.warn("dep one", DeprecationWarning)
        for i in range(2):
            _warnings.warn("loop", UserWarning)
        """, *options)


@pytest.mark.parametrize("env, options", [({"PYTHONWARNINGS": "error,ignore::UserWarning"}, ["-W", "always"]),
                                          ({"PYTHONWARNINGS": ",d,,"}, []),
                                          ({"PYTHONWARNINGS": "error"}, ["-E"]),
                                          ({"PYTHONDEVMODE": "1"}, [])])
def test_environment(tmp_path, env, options):
    compare(tmp_path, """\
        import sys, _warnings
        print(sys.warnoptions, sys.flags.dev_mode, _warnings.filters[:2])
        _warnings.warn("user")
        """, *options, env=env)


def test_coroutine_never_awaited(tmp_path):
    out, err, _ = compare(tmp_path, """\
        async def co():
            pass
        def f():
            c = co()
            print("made")
        co()
        f()
        c = co()
        c.close()
        for i in range(2):
            co()
        print("end")
        """)
    assert err.count("was never awaited") == 3


def test_async_generator_methods_never_awaited(tmp_path):
    out, err, _ = compare(tmp_path, """\
        async def ag():
            yield 1
            yield 2
        async def main():
            async for x in ag():
                print(x)
            a = ag()
            print(await a.__anext__(), await a.asend(None))
            await a.aclose()
            b = ag()
            b.asend(None)
            b.athrow(ValueError)
            b.aclose()
        c = main()
        try:
            c.send(None)
        except StopIteration:
            print("done")
        a = ag()
        a.aclose().close()
        a.asend(None)
        """)
    assert err.count("was never awaited") == 4
