"""Guest calls in the eval loop, differentially: each program exercises one way CALL enters a
guest frame (exact positional arguments, defaults, keywords, methods, inlined __init__,
generators, host re-entry) or leaves it (return, exception, recursion limit). Each is compiled
to a .pyc by python3.14 and run by both; stdout, stderr and exit status must be identical."""
import subprocess
import sys
import textwrap

import pytest

from pyroboros.reference import run_reference

PROGRAMS = {
    "exact_positional": """
        def f0():
            return 0
        def f2(a, b):
            c = a + b
            return c
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(f0(), f2(1, 2), fib(15), [f2(i, i) for i in range(5)])
        def nested(x):
            def inner(y):
                return x + y
            return inner(1)
        print(nested(41))
        """,
    "defaults_and_errors": """
        def f(a, b, c=3, d=4):
            return a, b, c, d
        print(f(1, 2), f(1, 2, 5), f(1, 2, 5, 6), f(1, d=0, b=9))
        def g(a, b=2, /, c=3, *, k=7, **kw):
            return a, b, c, k, kw
        print(g(1), g(1, 5, c=0, z=1))
        for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, x=1),
                     lambda: f(1, 2, a=1), lambda: g(), lambda: g(a=1), lambda: f(*(1,))):
            try:
                call()
            except TypeError as exc:
                print(exc)
        """,
    "methods_and_init": """
        class Point:
            def __init__(self, x, y=0):
                self.x = x
                self.y = y
            def moved(self, dx):
                return Point(self.x + dx, self.y)
            def __repr__(self):
                return f"Point({self.x}, {self.y})"
        p = Point(1).moved(2).moved(3)
        print(p, p.moved(dx=1), Point.moved(p, 4))
        bound = p.moved
        print(bound(5), [bound(i) for i in range(2)])
        class Bad:
            def __init__(self):
                return 1
        try:
            Bad()
        except TypeError as exc:
            print(exc)
        class Shadow:
            def m(self):
                return "class"
        s = Shadow()
        s.m = lambda: "instance"
        print(s.m())
        print(sorted([3, 1, 2], key=lambda v: -v), list(map(p.moved, [1, 2])))
        """,
    "generators_from_calls": """
        def gen(n, start=0):
            for i in range(start, n):
                yield i
        def user():
            return sum(gen(5)) + sum(gen(5, start=2))
        print(user(), list(gen(3)))
        """,
    "traceback_through_calls": """
        class Thing:
            def __init__(self, v):
                self.v = 1 / v
        def outer(v):
            return middle(v)
        def middle(v):
            return Thing(v)
        try:
            outer(0)
        except ZeroDivisionError as exc:
            print("caught", exc)
        outer(0)
        """,
    "recursion_limit": """
        import sys
        depth = 0
        def down():
            global depth
            depth += 1
            down()
        try:
            down()
        except RecursionError as exc:
            print(exc, depth > 900)
        class Deep:
            def __init__(self, n):
                self.child = Deep(n + 1) if n < 100 else None
        print(Deep(0).child is not None)
        def deep(n):
            return n if n == 0 else deep(n - 1)
        print(deep(sys.getrecursionlimit() - 50))
        """,
}


def run_both(source: str, tmp_path) -> tuple:
    path = tmp_path / "prog.py"
    path.write_text(textwrap.dedent(source))
    pyc = tmp_path / "prog.pyc"
    compiled = run_reference(["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], "
                              "cfile=sys.argv[2], doraise=True)", str(path), str(pyc)])
    assert compiled.returncode == 0, compiled.stderr
    theirs = run_reference([str(pyc)], cwd=str(tmp_path))
    ours = subprocess.run([sys.executable, "-m", "pyroboros", str(pyc)], capture_output=True,
                          cwd=tmp_path, timeout=120)
    return ours, theirs


@pytest.mark.parametrize("name", PROGRAMS)
def test_calls_match_python314(name, tmp_path):
    ours, theirs = run_both(PROGRAMS[name], tmp_path)
    assert ours.stderr.decode() == theirs.stderr.decode()
    assert ours.stdout.decode() == theirs.stdout.decode()
    assert ours.returncode == theirs.returncode
