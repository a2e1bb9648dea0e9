"""The parser against python3.14's ast.parse: the same dump (with positions) for snippets that
cover every node type, the same errors, ast.dump's format, and a sample of the corpus."""
from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from pyroboros import conformance
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.errors import CompileError
from pyroboros.parser import parse
from pyroboros.parser.ast_dump import dump, dump_ast_file
from pyroboros.reference import run_reference

SNIPPETS = [
    # statements
    "x = 1\na, *b = c = d\nx: int\n(y): int = 3\na.b: list[int] = []\nx += 1\nc[0] **= 2\n",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a\n",
    "def f(*, a, b=2): pass\ndef g(*args: *Ts): pass\ndef h(a, /): pass\ndef k(a=1, /, b=2): pass\n",
    "async def f():\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass\n"
    "    return [x async for x in y]\n",
    "class A(B, metaclass=M):\n    x: int = 5\n    def g(self): ...\n",
    "@dec\n@dec2(1)\ndef f(): pass\n@d\nclass C: pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n"
    "    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    pass\nexcept* F as f:\n    pass\n",
    "try:\n    pass\nexcept A, B:\n    pass\ntry:\n    pass\nfinally:\n    x = 1\n",
    "with (open(a) as f, open(b) as g,):\n    pass\nwith (a, b) as c: pass\nwith (a): pass\n",
    "while x:\n    break\nelse:\n    continue\nfor i, j in x:\n    pass\nelse:\n    pass\n",
    "import a.b.c as d, e\nfrom ..x import (y as z, w,)\nfrom . import *\nfrom .m import n\n",
    "def f():\n    global a\n    nonlocal b, c\n    del a, b[1], c.d, (e), [f, g]\n",
    "assert x, 'msg'\nraise E from e\nraise\nreturn\nx = yield\ny = yield from z\npass; pass;\n",
    "type X = int\ntype Y[T: int = str, *Ts = *tuple, **P = [int]] = list[T]\n"
    "def f[T](x: T) -> T: pass\nclass C[T, *U]: pass\ntype = 1\n",
    "match x:\n    case [1, 2, *rest]:\n        pass\n    case {'a': 1, b.c: 2, **kw}:\n        pass\n"
    "    case Point(1, x=0, y=0) | None | True:\n        pass\n    case (a, b) as c if c:\n        pass\n"
    "    case -1 | 1.5 | 2+3j | -1-2j | 'a' 'b' | a.b.c:\n        pass\n    case (x) | [] | () | {}:\n"
    "        pass\n    case [*_] | (*a, b) | C():\n        pass\n    case _:\n        pass\n",
    "match = 1\ncase = 2\nmatch(x)\nmatch x, *y:\n    case a, b: pass\n",
    # expressions
    "lambda: 0\nlambda x, *y, z=1, **w: x + y\nlambda *, a: a\nlambda a, /, b=1: 0\n",
    "[x for x in y if x if z for w in x]\n{k: v for k, v in d.items()}\n{x async for x in y}\n"
    "(x for x in y)\nf(x for x in y)\n",
    "{**a, 'b': 1}\n{1, 2, *a}\n{}\n[]\n()\n(1,)\n[*a, b]\n{a: b, **c}\n",
    "x = not a and b or c and d\na < b <= c != d is not e not in f in g is h == i > j >= k\n",
    "-x ** -y // z @ w % v / u * t + s - r << q >> p & o ^ n | m\n~a\n+b\nawait_ = 1\n",
    "a if b else c\n(a := 10)\nf(a:=1)\nx[a:=1]\n[y := 2, y ** 2]\n",
    "x[a:b, c]\nx[::2]\nx[1:]\nx[:-1]\nx[*a]\nx[1:2, *a]\nx[a, b]\nx[()]\n",
    "f(a, *b, c=1, **d)\nf(a=1, *b)\nf(**a, b=1)\nprint(*args, sep='')\nf()()\na.b.c(d)[e].f\n",
    "x = ...\nx = None, True, False\n0x1f + 0o17 + 0b1 + 1_000 + 1.5e3 + 3j + 1e-2 + 0.5 + 00 + 1E5J\n",
    # strings
    "'a' 'b' u'c'\nu'a' 'b'\nb'a\\x00' b'c'\nr'\\d' R'x'\nrb'\\n' Br'y'\n'''tri\nple''' \"x\"\n",
    "'\\N{BULLET} \\u00e9 \\t \\x41 \\101 \\\\ \\' \\U0001F600'\n'line\\\ncontinued'\n",
    "f'{x!r:>{w}} {y=} {{z}}'\nf'a{x=}b' 'c' f'd{y}'\nf'{x:}'\nf'{x = !s:>10}'\nf''\n",
    "f'''{\nx\n}'''\nf'{x:{y}.{z}}'\nf\"{'nested' + f'{a}'}\"\nrf'\\d{x}\\n'\nf'\\n{x}\\t'\n",
    "t'hello {name} {x!r:.2f}'\nt'{x=}' t'{ y }'\nt''\nt'{x # c\n}'\n",
    "x = f'{a}' 'b' f'{c!a}'\ny = f'{{}}' f'{{{x}'\n",
    # unicode columns and identifiers
    "é = 'é'; x = é + 'ü'\nµ = 1\nf'{é}ü{x}'\n",
    "x = [\n  1,\n  2,\n]\nif x:\n    pass\n# comment\n\nelse:\n    pass\n",
]

ERRORS = [
    "a b\n",
    "x = (1, 2\n",
    "def f(:\n    pass\n",
    "f(**a, *b)\n",
    "  x = 1\n",
    "if x:\npass\n",
    "x = 1 +\n",
    "class\n",
    "for x in y\n    pass\n",
    "x = 'abc\n",
    "a = 1 = 2 b\n",
    # a tokenizer error later in the file wins over "invalid syntax", but not over an
    # unexpected indent, nor when it is one pegen words itself (EOF, dedent)
    "a b\nx = $\n",
    "  x\ny = $\n",
    "a b\nif x:\n        y\n    z\n",
    "(a b\n",
    "(\na b\n",
    "x = 1\n    \\\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "x = '\\N{nope}'\n",
    "x = b'\u00e9' + b'\xe9'\n",
    "from __future__ import barry_as_FLUFL\n1 != 2\n",
    "def\n",
    "f(a for a in b, c)\n",
]

_REFERENCE = r"""
import ast, json, sys, traceback
out = []
for source, mode in json.load(sys.stdin):
    try:
        out.append(["ok", ast.dump(ast.parse(source, "<test>", mode), include_attributes=True, indent=1)])
    except SyntaxError as exc:
        out.append(["error", [type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
                              exc.end_offset]])
print(json.dumps(out))
"""


def reference(items: list[tuple[str, str]]) -> list:
    proc = run_reference(["-W", "ignore", "-c", _REFERENCE], input=json.dumps(items).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def ours(source: str, mode: str = "exec") -> list:
    try:
        return ["ok", dump(parse(source, "<test>", mode), include_attributes=True, indent=1)]
    except CompileError as exc:
        return ["error", [exc.kind, exc.msg, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset]]


@pytest.fixture(scope="module")
def expected() -> dict:
    items = [(s, "exec") for s in SNIPPETS + ERRORS] + MODES
    return dict(zip(items, reference(items)))


@pytest.mark.parametrize("source", SNIPPETS)
def test_snippet_ast_matches_cpython(source: str, expected: dict) -> None:
    want = expected[(source, "exec")]
    assert want[0] == "ok"
    assert ours(source) == want


@pytest.mark.parametrize("source", ERRORS)
def test_generic_errors_match_cpython(source: str, expected: dict) -> None:
    got = ours(source)
    want = expected[(source, "exec")]
    assert got[0] == "error"
    assert got == want


MODES = [("x + 1\n", "eval"), ("a, b\n\n", "eval"), ("x = 1\n", "single"), ("if x:\n    y\n\n", "single"),
         ("(int, *str) -> None", "func_type"), ("() -> int", "func_type"),
         ("(a, **b) -> c", "func_type"), ("x = 1\ny = 2\n", "single"), ("x = 1; y = 2\n", "single"),
         ("1 +\n", "eval")]


@pytest.mark.parametrize("source,mode", MODES)
def test_modes(source: str, mode: str, expected: dict) -> None:
    assert ours(source, mode) == expected[(source, mode)]


@pytest.mark.parametrize("source", ["-" * 5000 + "1", "not " * 3000 + "x", "(" * 150 + ")" * 150,
                                    "x" + "[0]" * 3000])
def test_deep_nesting_parses(source: str) -> None:
    parse(source)


def test_too_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(CompileError) as too_many:
        parse("(" * 250 + ")" * 250)
    assert too_many.value.msg == "too many nested parentheses"
    with pytest.raises(CompileError) as overflow:
        parse("-" * 20000 + "1")
    assert overflow.value.kind == "MemoryError"


def test_unknown_mode() -> None:
    with pytest.raises(ValueError):
        parse("x", mode="bogus")


def test_dump_formats() -> None:
    tree = parse("f(x, None)\n")
    assert dump(tree) == ("Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
                          "args=[Name(id='x', ctx=Load()), Constant(value=None)]))])")
    assert dump(parse("pass\n"), indent=2) == "Module(\n  body=[\n    Pass()])"
    assert dump(parse("x\n"), include_attributes=True) == (
        "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)])")


def test_dump_phase_prints_the_error(tmp_path) -> None:
    path = tmp_path / "bad.py"
    path.write_text("x = (\n")
    out, err = io.StringIO(), io.StringIO()
    assert dump_ast_file(str(path), out, err) == 1
    assert out.getvalue() == ""
    assert err.getvalue().endswith("SyntaxError: '(' was never closed\n")


def test_corpus_sample_matches_cpython() -> None:
    files = sample(corpus_files(), 12)
    script = ("import ast, sys\nfor p in sys.argv[1:]:\n"
              "    print(ast.dump(ast.parse(open(p, 'rb').read(), p), include_attributes=True, indent=1))\n"
              "    print('\\0')\n")
    proc = run_reference(["-W", "ignore", "-c", script, *map(str, files)], timeout=300)
    want = proc.stdout.decode().split("\0\n")
    for path, text in zip(files, want):
        with open(path, "rb") as f:
            got = dump(parse(f.read(), str(path)), include_attributes=True, indent=1) + "\n"
        assert got == text, path


DUMP_CASES = {
    "warnings.py": "x = '\\d'\ny = b'\\q' + b'\\777'\nz = f'\\{x}'\nw = 1if x else 2\n",
    "error.py": "def f(:\n    pass\n",
    "eof.py": "x = [1,\n",
    "indent.py": "  x = 1\n",
    "ok.py": "t'{a!r}'\nf'{b=}'\n",
}


def test_dump_phase_matches_cpython(tmp_path) -> None:
    paths = []
    for name, text in DUMP_CASES.items():
        path = tmp_path / name
        path.write_text(text)
        paths.append(str(path))
    # located, never imported: it runs under python3.14 only (it imports _symtable & co.)
    runner = str(Path(conformance.__file__).with_name("reference_runner.py"))
    proc = run_reference([runner, "ast"], input=json.dumps(paths).encode())
    for path, (want_out, want_err, want_status, _) in zip(paths, json.loads(proc.stdout)):
        out, err = io.StringIO(), io.StringIO()
        status = dump_ast_file(path, out, err)
        assert (out.getvalue(), err.getvalue(), status) == (want_out, want_err, want_status), path


_GENERIC = ("invalid syntax", "unexpected indent", "unexpected unindent")


def _mutants(count: int) -> list[str]:
    """Fixed pseudo-random edits of corpus excerpts: mostly invalid, some valid programs."""
    rng = random.Random(20261126)
    pieces = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "lambda", "if", "else", "*", "**", 'f"{',
              '}"', "'", "\n", "    ", "async", "await", "yield", "match", "case", "type", "@", "->",
              ":=", ".", "not", "in", "is", "del", "import", "from", "as", "def", "class", "return", ";"]
    out = []
    for path in sample(corpus_files(), count // 10):
        lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
        for _ in range(10):
            start = rng.randrange(len(lines))
            chars = list("\n".join(lines[start:start + rng.randint(1, 12)]))
            for _ in range(rng.randint(0, 2)):
                at = rng.randrange(len(chars) + 1)
                if rng.random() < 0.6:
                    chars.insert(at, rng.choice(pieces))
                else:
                    del chars[at:at + rng.randint(1, 3)]
            out.append("".join(chars))
    return out


def test_mutated_sources_match_cpython() -> None:
    """Valid mutants give CPython's AST; invalid ones its generic error, or the same error
    where we give CPython's message (its second pass's specialised messages aside)."""
    sources = _mutants(300)
    compared = 0
    for source, want in zip(sources, reference([(s, "exec") for s in sources])):
        got = ours(source)
        if want[0] == "error" and want[1][1] not in _GENERIC and (got[0] != "error" or got[1][1] != want[1][1]):
            continue
        compared += 1
        assert got == want, source
    assert compared > 250
