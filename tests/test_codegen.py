"""Code generation against python3.14's own codegen (_testinternalcapi.compiler_codegen).

Both sides start from python3.14's AST, so these tests measure codegen.c's mirror (with
compile.c, future.c, ast_preprocess.c and the symbol table underneath) alone: the module's
instruction sequence before the flow graph, every nested unit's, the constants, the
argument counts, the compile-time SyntaxErrors (all fields) and the SyntaxWarnings.
"""
from __future__ import annotations

import json

import pytest

from pyroboros.compiler.ast_unparse import expr_as_unicode
from pyroboros.compiler.codegen_conformance import (REFERENCE_CRASHED, first_difference,
                                                    our_codegen, reference_codegen)
from pyroboros.compiler.compile import codegen_only
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.conformance.reference_ast import reference_ast
from pyroboros.reference import run_reference

SNIPPETS = [
    # simple statements and expressions
    "x = 1\ny = x + 2 * 3 - -x ** 2 // 4 % 5 @ m\nz = not a, ~b, +c\n",
    "a = b = c\na, *b, c = d\n[e, f] = g\n(h, i), j = k\nx.y = z\nx[y] = z\nx[1:2] = y\n",
    "x += 1\nx.y -= 2\nx[y] *= 3\nx[a:b] //= 4\ndel a, b.c, d[e], f[1:2]\n",
    "a and b or c\nx if y else z\na < b < c\na is None\na is not 1\na in b\na not in b\n",
    "f(a, *b, c=1, **d)\nf(*a)\nf(**k)\nf(a, b=2)\no.m(1, k=2)\no.m(*a)\n",
    "[1, *a, 2]\n(1, *a)\n{1, *a}\n{'a': 1, **b, 'c': 2}\n{}\n[]\n()\nset()\n",
    "x = [" + ", ".join(str(i) for i in range(40)) + "]\n"
    "y = {" + ", ".join(f"'k{i}': {i}" for i in range(20)) + "}\n"
    "f(" + ", ".join(f"a{i}" for i in range(35)) + ")\n",
    "x = a[1:2], a[::2], a[b:c], a[b:c:d], a[:, 1], a[...]\n",
    "import a\nimport a.b.c\nimport a.b.c as d\nfrom . import x as y\nfrom ..m import (p, q)\n"
    "from m import *\n",
    "assert x\nassert x, 'msg'\nraise\nraise E\nraise E from c\npass\nglobal g\n",
    "f'{x}' f'{x!r:>{w}}' f'{x=}' f'{{}}'\nt'{a} and {b!s:{c}}'\nb'bytes'\nu'str'\n",
    "'%s and %r and %a' % (x, y, z)\n'%5s|%-5s|%.3s' % (a, b, c)\n'%d' % (x,)\n'%s' % x\n",
    "__debug__\nx = (yield_ := 1)\n...\n",
    "x = 0.0, -0.0, 0, False, 1j, -1j, (1, 2), (0.0, -0.0), b'', None\n",
    # control flow
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\nif not (a and (b or c)):\n    f\n",
    "while a:\n    if b: break\n    if c: continue\nelse:\n    d\n",
    "for i in x:\n    if i: break\nelse:\n    y()\nfor a, *b in c:\n    continue\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    "try:\n    a\nexcept* E as e:\n    b\nexcept* F:\n    c\nelse:\n    d\nfinally:\n    e\n",
    "def f():\n    for i in x:\n        try:\n            with a:\n                return i\n        finally:\n            g()\n",
    "def f():\n    while x:\n        try:\n            break\n        except E as e:\n            continue\n",
    "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
    "with a as b, c:\n    pass\nwith (d as (e, f)):\n    g\n",
    "match x:\n    case [1, *r]: pass\n    case {'a': 1, **k}: pass\n"
    "    case C(1, a=2) | D(): pass\n    case (1 | 2) as y if y: pass\n"
    "    case [a, _, *_, b]: pass\n    case -1 | 1+2j | None | True: pass\n    case _: pass\n",
    "match p:\n    case Point(x=0) | Point(y=0):\n        pass\n    case [x, y] | [y, x]:\n        pass\n"
    "    case {**rest}:\n        pass\n    case {}:\n        pass\n    case q.R:\n        pass\n",
    "match s:\n    case x:\n        pass\n",
    "match x:\n    case -0-0j | 0-0j | 1+0j | -1.5-2j | 0.0-0j | -0.0+0j: pass\n"
    "    case {-0-0j: 1, 2-3j: 2}: pass\n",
    "match s:\n    case _ if g:\n        pass\n",
    # functions, classes, closures
    "def f(a, /, b=1, *args, c, d=2, **kw):\n    'doc'\n    return a\n",
    "@d1\n@d2(x)\ndef f():\n    pass\n@d\nclass C(B, metaclass=M):\n    pass\n",
    "def outer():\n    a = 1\n    def inner():\n        nonlocal a\n        a += 1\n        return a\n    return inner\n",
    "class A(B):\n    def f(self):\n        return super().f(1)\n    def g(self):\n        return super().x\n"
    "    def h(self):\n        return super(A, self).h()\n    def i(self):\n        self.y = __class__\n",
    "class _P:\n    __a = 1\n    def __m(self, __p):\n        self.__b = __p\n        return __a\n",
    "lambda x, *a, k=1, **kw: x + k\nlambda: (yield)\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def g(self):\n            return x\n    return C\n",
    "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    def m(self):\n        return [self for _ in 'ab']\n",
    # comprehensions, generators, async
    "[x for x in y if x]\n{x for x in y}\n{k: v for k, v in y}\n(x for x in y)\n"
    "[x * y for x in a for y in b if x if y]\n[z for x in a for z in [x]]\n",
    "def f(a):\n    return [lambda: a for a in range(3)]\n",
    "def f():\n    x = 1\n    return [x for x in range(3)], x\n",
    "def gen():\n    yield 1\n    x = yield\n    yield from g()\n    return 2\n",
    "async def f():\n    await x\n    async with a as b, c:\n        pass\n    async for i in y:\n        pass\n"
    "    else:\n        z\n    return [i async for i in y]\n",
    "async def agen():\n    yield 1\n    return\n",
    "async def f():\n    return [await z for z in y], {k: await v async for k, v in y}\n",
    "all(x for x in y)\nany(x for x in y)\ntuple(x for x in y)\nlist(x for x in y)\n",
    # annotations and type parameters
    "def f(x: int, *a: str, y: 'q' = 1, **k: float) -> bool:\n    pass\n",
    "class C:\n    x: int\n    y: str = 'a'\n    if c:\n        z: float\n    (w): int\n    a.b: int\n",
    "def f():\n    x: int = 1\n    y: str\n    a.b: int\n    c[d]: e\n",
    "from __future__ import annotations\ndef f(x: list[int]) -> 'C':\n    pass\nclass C:\n"
    "    a: dict[str, int] = {}\n    b: (x := 1)\n    c: lambda: 1\n",
    "def g[T, *Ts, **P](x: T) -> T:\n    pass\nclass C[T: int, U = str]:\n    pass\n"
    "type A[V: (int, str)] = list[V]\ntype B = int\n",
    "def f[T](a=1, *, b=2):\n    pass\nclass D[T](Base, k=1):\n    def m(self) -> T:\n        return super().m()\n",
    "if c:\n    x: int\n",
    # class scopes seen from annotation scopes, mangling, nesting, unwinding, calls
    "class C:\n    A = int\n    type T = A\n    def m[U: A](self, x: U) -> A: pass\n    x: A\n",
    "class C:\n    X = 1\n    class D[T]:\n        y = X\n",
    "def f():\n    x = 1\n    class C:\n        type T = x\n        def g[U](self) -> x: pass\n",
    "class C:\n    def m(self):\n        return [super().x for _ in y]\n",
    "class C:\n    global g\n    g = 1\n    __x = 2\n    def __f(self): nonlocal_ = [__x for __x in y]\n",
    "def f():\n    class C:\n        nonlocal_v = 1\n    a = 1\n    def g():\n        nonlocal a\n        a = [a for a in range(a)]\n",
    "x = 1\nclass C:\n    x = [x for _ in range(3)]\n    y = {x: x for x in range(3)}\n",
    "def f[T](): return T\nclass G[*Ts, **P]: pass\n",
    "async def f():\n    return (x async for x in y)\n",
    "async def f():\n    async with a, b as c:\n        return 1\n",
    "def f():\n    with a:\n        with b:\n            for x in y:\n                return x\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "class C(A, *B, **K): pass\n",
    "f(*a, *b, c, **d, **e)\nf(x, *y, z=1, **w)\n",
    "print(f'{a}' 'b' f'{c:{d}}')\n",
    "def f(x=lambda: (yield)): pass\n",
    "import a.b as c, d.e\n",
    "x = [*a, *b]\ny = (*a,)\nz = {*a}\n",
    "with open(f) as (a, b), c as d[0]: pass\n",
    "for x in y:\n    pass\nelse:\n    for z in w:\n        break\n",
    "while 1:\n    pass\nwhile True:\n    x\nelse:\n    y\n",
    "if 1:\n    x\nif 0:\n    y\n",
    "a = not not x\nb = a if not b else c\nif a and not b or c:\n    pass\n",
    "x = 1 if a < b < c else 2\nassert a < b < c\nwhile a < b < c: pass\n",
    "for x in y:\n    try:\n        pass\n    finally:\n        for z in w:\n            continue\n",
]

# the paths above _PY_STACK_USE_GUIDELINE (30) and at UNPACK_EX's limits
SNIPPETS += [
    "f(" + ", ".join(f"k{i}={i}" for i in range(20)) + ", **kw)\n",
    "f(*a, " + ", ".join(f"k{i}={i}" for i in range(20)) + ")\n",
    "x = {" + ", ".join(f"'k{i}': {i}" for i in range(40)) + ", **d, 'z': 1}\n",
    "x = f'" + "{a}b" * 20 + "'\n",
    "x = [" + ", ".join(f"a{i}" for i in range(40)) + ", *b]\n",
    "o.m(" + ", ".join(f"a{i}" for i in range(40)) + ")\n",
    "class C(" + ", ".join(f"B{i}" for i in range(40)) + "): pass\n",
    ", ".join(f"a{i}" for i in range(300)) + ", *b = c\n",
    "a, *b, " + ", ".join(f"a{i}" for i in range(300)) + " = c\n",
    "x = t'{a}{b}' t'c{d!r}e'\ny = t''\n",
]

ERRORS = [
    "return 1\n",
    "yield x\n",
    "class C:\n    yield from x\n",
    "break\n",
    "continue\n",
    "def f():\n    for x in y:\n        def g():\n            break\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from x\n",
    "f(a=1, a=2)\n",
    "class C(x=1, x=2): pass\n",
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "def f[T=int, U](): pass\n",
    "a, *b, *c = d\n",
    "x = *a\n",
]

WARNINGS = [
    "x is 1\nx is not 'a'\n1 is x\nx is ()\n",
    "assert (x, 'msg')\n",
    "(1)(2)\n[1]()\n'a'()\nf'{x}'()\n",
    "(1)[2]\n{1}[2]\n(x for x in y)[0]\n",
    "'abc'[1.0]\n[1, 2]['a']\n(1, 2)[None]\n",
    "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
    "for x in y:\n    try:\n        pass\n    finally:\n        break\n",
]


def _compare(items: list[tuple[str, str, int, str]]) -> list[str]:
    ours, theirs = our_codegen(items), reference_codegen(items)
    problems = []
    for (source, _, optimize, mode), (a, wa), (b, wb) in zip(items, ours, theirs):
        assert b is not None, f"the reference does not parse {source!r}"
        assert b != REFERENCE_CRASHED, f"compiler_codegen crashes on {source!r}"
        diff = first_difference(a, b)
        if diff is None and wa != wb:
            diff = f"warnings: ours {wa} / CPython {wb}"
        if diff:
            problems.append(f"{source!r} (optimize={optimize}, {mode}): {diff}")
    return problems


def test_snippets_match_cpython_codegen():
    assert _compare([(s, "<snippet>", 0, "exec") for s in SNIPPETS]) == []


def test_compile_time_errors_match_cpython():
    items = [(s, "<snippet>", 0, "exec") for s in ERRORS]
    for (a, _), source in zip(our_codegen(items), ERRORS):
        assert isinstance(a, tuple) and a[0] == "error", f"no error for {source!r}"
    assert _compare(items) == []


def test_syntax_warnings_match_cpython():
    items = [(s, "<snippet>", 0, "exec") for s in WARNINGS]
    for (_, warnings), source in zip(our_codegen(items), WARNINGS):
        assert warnings, f"no warning for {source!r}"
    assert _compare(items) == []


def test_optimize_levels_and_modes():
    source = "'''doc'''\nassert x, 'm'\nif __debug__:\n    y\ndef f():\n    'fdoc'\n    return 1\n"
    items = [(source, "<s>", level, "exec") for level in (0, 1, 2)]
    items += [("x + 1", "<s>", 0, "eval"), ("x\n", "<s>", 0, "single"),
              ("'only a docstring'\n", "<s>", 2, "exec"),
              ("def f():\n    'doc'\n    'second'\n", "<s>", 2, "exec")]
    assert _compare(items) == []


def test_corpus_sample():
    items = []
    for path in sample(corpus_files(), 6):
        with open(path, "rb") as f:
            items.append((f.read(), path, 0, "exec"))
    assert _compare(items) == []


def test_codegen_only_shape():
    tree = reference_ast("def f(a, b=1):\n    return a\n")
    seq, metadata = codegen_only(tree, "<s>", 0, "exec")
    assert metadata["argcount"] == metadata["posonlyargcount"] == metadata["kwonlyargcount"] == 0
    assert [type(c).__name__ for c in metadata["consts"]] == ["int", "NestedCodeStub", "NoneType"]
    assert len(seq.nested) == 1
    assert seq.nested[0].get_instructions()[0][0] == 128  # RESUME


ANNOTATIONS = [
    "a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** -b", "not a and (b or c)",
    "a if b else (c if d else e)", "lambda x, /, y=1, *a, z, **k: x", "lambda: 0",
    "[x for x in y if x for z in w]", "{k: v for k, v in d}", "(x for x in y)", "f(x for x in y)",
    "f(a, *b, c=1, **d)", "a[1:2, ::3]", "a[()]", "(1,)", "()", "{1, 2}", "{**a, 'b': 1}",
    "f'{x!r:>{w}} {{}}'", "1e400", "-1e400j", "(1).real", "1.5.real",
    "a < b <= c is not d not in e", "u'x'", "...",
    "t'{x}'",
]


def test_annotation_strings_match_cpython():
    ours = [expr_as_unicode(reference_ast(src, "<s>", "eval").body) for src in ANNOTATIONS]
    code = ("import json, sys\nres = []\nfor src in json.loads(sys.stdin.read()):\n"
            "    ns = {}\n"
            "    exec(compile('from __future__ import annotations\\n"
            "def f(x: ' + src + '): pass\\n', 's', 'exec'), ns)\n"
            "    res.append(ns['f'].__annotations__['x'])\n"
            "print(json.dumps(res))\n")
    proc = run_reference(["-c", code], input=json.dumps(ANNOTATIONS).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    assert ours == json.loads(proc.stdout)


@pytest.mark.parametrize("source", ["def f():\n    return\n", "x = [i for i in range(3)]\n"])
def test_codegen_only_is_repeatable(source):
    tree = reference_ast(source)
    first = codegen_only(tree, "<s>", 0, "exec")[0].get_instructions()
    tree = reference_ast(source)
    assert codegen_only(tree, "<s>", 0, "exec")[0].get_instructions() == first
