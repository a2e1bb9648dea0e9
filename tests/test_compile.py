"""compile_source end to end against python3.14's compile(): whole code object trees
(through our parser, symbol table, codegen, flow graph and assembler), compared by the
canonical rendering of their marshal data, and compile-time SyntaxErrors with every field.
"""
from __future__ import annotations

import base64
import json
import random
import warnings

import pytest

from pyroboros.bytecode import marshal
from pyroboros.compiler import compile_source
from pyroboros.compiler.const_cache import constant_key
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.conformance.canonical_code import canonical_text
from pyroboros.errors import CompileError
from pyroboros.reference import run_reference

_REFERENCE = r"""
import base64, json, marshal, sys, warnings
out = []
for source, filename, mode, optimize in json.loads(sys.stdin.read()):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            code = compile(source, filename, mode, optimize=optimize)
            result = ['ok', base64.b64encode(marshal.dumps(code)).decode()]
        except SyntaxError as e:
            result = ['error', type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno,
                      e.end_offset]
    result.append([str(w.message) for w in caught if w.category is SyntaxWarning])
    out.append(result)
print(json.dumps(out))
"""

PROGRAMS = [
    "x = 1\nprint(x + 2)\n",
    "x: int = 1\ny: str\nclass C:\n    z: float = 0.5\n",
    "if c:\n    x: int\nfor i in y:\n    z: list[int] = []\n",
    "def f(a, b=2, *args, k=3, **kw):\n    '''doc'''\n    return a + b\n",
    "class A:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n"
    "    def m(self):\n        return super().m()\n",
    "def gen():\n    yield 1\n    yield from range(3)\n",
    "async def f():\n    async with a as b:\n        await b\n",
    "match p:\n    case [x, y]:\n        pass\n    case _:\n        pass\n",
    "try:\n    f()\nexcept ValueError as e:\n    print(e)\nfinally:\n    g()\n",
    "def f[T](x: T) -> T:\n    return x\ntype Alias = int\n",
    "from __future__ import annotations\ndef f(x: int) -> list[str]:\n    pass\n",
    "squares = [x * x for x in range(10) if x % 2]\n",
    "'''module doc'''\nimport os\nfrom sys import path as p\n",
    "r = all(x for x in y), any(x for x in y), tuple(x for x in y)\n",
]

# super() and __class__ in one method, and their neighbours: class cells through nested
# functions, lambdas, comprehensions and type parameters
CLASS_CELL_PROGRAMS = [
    "class A:\n    def f(self):\n        super().f()\n        return __class__\n",
    "class A:\n    def f(self):\n        return super().__class__, __class__\n",
    "class A:\n    def f(self):\n        return [super() for x in y], __class__\n",
    "class A:\n    def f(self):\n        def g(): return __class__\n        return g, super().f()\n",
    "class A:\n    def f(self):\n        return lambda: (super(), __class__)\n",
    "class A:\n    x = [lambda: super() for x in y]\n",
    "class A:\n    class B:\n        def f(self): return super(), __class__\n"
    "    def g(self): return __class__\n",
    "class A[T]:\n    x: T\n    def f(self) -> T: return super().f(), __class__\n",
    "class A:\n    def f(self, __class__):\n        return super()\n",
    "class A:\n    def f(self):\n        class __class__: pass\n        return super()\n",
    "class A:\n    def f(self):\n        try:\n            return super().f()\n"
    "        finally:\n            return __class__\n",
    "def f():\n    class A:\n        def g(self): return super().g(), __class__\n    return A\n",
    "class A:\n    async def f(self):\n        return [x async for x in super().f(__class__)]\n",
    "def g():\n    match (yield):\n        case [a, *b] if a: return b\n"
    "        case {'k': v, **rest}: yield v\n",
]

ERRORS = [
    "return 1\n",
    "def f():\n    x = 1\nbreak\n",
    "for x in y:\n    pass\ncontinue\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "f(a=1, a=2)\n",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "class C:\n    return\n",
]


def _reference(items: list) -> list:
    proc = run_reference(["-c", _REFERENCE], input=json.dumps(items).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def _ours(source: str, filename: str, mode: str, optimize: int) -> list:
    try:
        code = compile_source(source, filename, mode, optimize)
    except CompileError as e:
        return ["error", e.kind, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]
    return ["ok", base64.b64encode(marshal.dumps(code)).decode()]


def test_whole_code_objects_match_compile():
    items = [(source, "<program>", "exec", 0) for source in PROGRAMS]
    for (source, *args), theirs in zip(items, _reference(items)):
        ours = _ours(source, *args)
        assert ours[0] == theirs[0] == "ok", (source, ours, theirs)
        assert canonical_text(ours[1]) == canonical_text(theirs[1]), source


def test_class_cells_match_compile():
    items = [(source, "<program>", "exec", 0) for source in CLASS_CELL_PROGRAMS]
    for (source, *args), theirs in zip(items, _reference(items)):
        ours = _ours(source, *args)
        assert ours[0] == theirs[0] == "ok", (source, ours, theirs)
        assert canonical_text(ours[1]) == canonical_text(theirs[1]), source


_CELL_EXPRESSIONS = ["super()", "__class__", "super().f()", "super().__class__", "x",
                     "__classdict__", "f'{x!r:{y}}'", "[__class__ for _ in x]", "lambda: super()",
                     "(q := 1)"]


def _class_cell_body(rng: random.Random, depth: int, indent: str) -> list[str]:
    """Random statements mixing class cells with nested classes, methods, comprehensions,
    loops with try/finally, match and type parameters."""
    lines = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.randint(0, 8 if depth < 3 else 3)
        expr = rng.choice(_CELL_EXPRESSIONS)
        if kind <= 3:
            lines.append(indent + rng.choice(["return ", "", "x = ", "del x; "]) + expr)
        elif kind == 4:
            lines.append(f"{indent}class C{depth}{rng.choice(['', '[T]', '(B)'])}:")
            lines += _class_cell_body(rng, depth + 1, indent + "    ")
            lines.append(f"{indent}    a: {expr}")
        elif kind == 5:
            params = rng.choice(["", ", __class__", ", *a"])
            lines.append(f"{indent}{rng.choice(['', 'async '])}def m{depth}(self{params}):")
            lines += _class_cell_body(rng, depth + 1, indent + "    ")
        elif kind == 6:
            lines += [f"{indent}for i in x:", f"{indent}    try:"]
            lines += _class_cell_body(rng, depth + 1, indent + "        ")
            lines += [f"{indent}    finally:",
                      f"{indent}        " + rng.choice(["break", "continue", "pass", "return 1"])]
        elif kind == 7:
            lines.append(f"{indent}match x:\n{indent}    case [a, *b] if {expr}:")
            lines += _class_cell_body(rng, depth + 1, indent + "        ")
        else:
            lines.append(indent + rng.choice(["global g", "__class__ = 1", f"type X = {expr}",
                                              f"y = [{expr} for a in b if {expr}]"]))
    return lines


def test_generated_class_cell_programs_match_compile():
    rng = random.Random(314)
    programs = ["class A:\n" + "\n".join(_class_cell_body(rng, 1, "    ")) + "\n"
                for _ in range(80)]
    items = [(source, "<program>", "exec", 0) for source in programs]
    theirs_all = _reference(items)
    assert sum(theirs[0] == "ok" for theirs in theirs_all) > 30
    for (source, *args), theirs in zip(items, theirs_all):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # 'return' in 'finally' and such
            ours = _ours(source, *args)
        if theirs[0] == "ok":
            assert ours[0] == "ok", (source, ours)
            assert canonical_text(ours[1]) == canonical_text(theirs[1]), source
        else:
            assert ours == theirs[:-1], source


def test_code_objects_share_a_constant_key_by_content():
    first, second = (compile_source("def f(): return 1\n", "<s>") for _ in range(2))
    other = compile_source("def f(): return 2\n", "<s>")
    f1, f2, f3 = (code.co_consts[0] for code in (first, second, other))
    assert f1 is not f2
    assert constant_key(f1) == constant_key(f2) != constant_key(f3)
    assert constant_key((f1, 0.0)) == constant_key((f2, 0.0)) != constant_key((f2, -0.0))


def test_optimize_levels():
    source = "'''doc'''\nassert x\ndef f():\n    '''fdoc'''\n    return __debug__\n"
    items = [(source, "<s>", "exec", level) for level in (0, 1, 2)]
    for (src, *args), theirs in zip(items, _reference(items)):
        ours = _ours(src, *args)
        assert canonical_text(ours[1]) == canonical_text(theirs[1]), args


def _optimizable_corpus_sample(count: int) -> list[tuple[str, str]]:
    """Small corpus files with asserts (what -O drops) and docstrings (what -OO drops)."""
    chosen = []
    for path in corpus_files():
        with open(path, "rb") as f:
            data = f.read()
        if len(data) < 12_000 and b"assert " in data and b'"""' in data:
            chosen.append((data.decode("utf-8"), path))
    return sample(chosen, count)


def test_optimize_levels_over_a_corpus_sample():
    files = _optimizable_corpus_sample(20)
    assert len(files) == 20
    items = [(source, path, "exec", level) for source, path in files for level in (1, 2)]
    for (source, *args), theirs in zip(items, _reference(items)):
        ours = _ours(source, *args)
        assert ours[0] == theirs[0] == "ok", (args, ours[:3], theirs[:3])
        assert canonical_text(ours[1]) == canonical_text(theirs[1]), args


def test_eval_and_single_modes():
    items = [("a + b * c", "<s>", "eval", 0), ("x = 1", "<s>", "single", 0),
             ("x", "<s>", "single", 0), ("if x:\n    y\n    'doc'\n", "<s>", "single", 0),
             ("def f():\n    g()\n", "<s>", "single", 0), ("'s'\n", "<s>", "single", 0),
             ("x: int\n", "<s>", "single", 0), ("lambda: (yield)", "<s>", "eval", 0),
             ("[x for x in y]", "<s>", "eval", 0)]
    for (src, *args), theirs in zip(items, _reference(items)):
        ours = _ours(src, *args)
        assert canonical_text(ours[1]) == canonical_text(theirs[1]), (src, args)


def test_compile_errors_match(tmp_path):
    items = []
    for i, source in enumerate(ERRORS):
        # a real file: the error's text is the line CPython re-reads from it
        path = tmp_path / f"e{i}.py"
        path.write_text(source)
        items.append((source, str(path), "exec", 0))
    items += [(source, "<string>", "exec", 0) for source in ERRORS]
    for (source, *args), theirs in zip(items, _reference(items)):
        assert _ours(source, *args) == theirs[:-1], (source, args[0])


def test_syntax_warnings_are_emitted():
    source = "x is 1\nassert (x, 'm')\n"
    (theirs,) = _reference([(source, "<s>", "exec", 0)])
    with pytest.warns(SyntaxWarning) as caught:
        compile_source(source, "<s>")
    assert [str(w.message) for w in caught] == theirs[-1]


def test_syntax_warning_as_error_is_a_syntax_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        with pytest.raises(CompileError) as info:
            compile_source("x is 1\n", "<s>")
    assert info.value.kind == "SyntaxError"
    assert info.value.msg == "\"is\" with 'int' literal. Did you mean \"==\"?"
    assert (info.value.lineno, info.value.offset) == (1, 1)


def test_bad_mode():
    with pytest.raises(ValueError, match="compile\\(\\) mode must be"):
        compile_source("x", "<s>", "nope")
    with pytest.raises(ValueError, match="requires flag PyCF_ONLY_AST"):
        compile_source("() -> int", "<s>", "func_type")


def test_deeply_nested_expression_compiles_like_cpython():
    source = "x = " + " + ".join(["a"] * 5000) + "\n"
    items = [(source, "<s>", "exec", 0)]
    (theirs,) = _reference(items)
    ours = _ours(*items[0])
    assert canonical_text(ours[1]) == canonical_text(theirs[1])


def test_error_text_is_decoded_with_the_files_encoding(tmp_path):
    path = tmp_path / "latin.py"
    path.write_bytes("# coding: latin-1\nreturn 'é'\n".encode("latin-1"))
    source = path.read_bytes()
    (theirs,) = _reference([(source.decode("latin-1"), str(path), "exec", 0)])
    ours = _ours(source, str(path), "exec", 0)
    assert ours[:6] == theirs[:6]
    assert ours[5] == "return 'é'\n"
