"""The symbol table against python3.14's own (_symtable), on the same ASTs.

Our side builds from python3.14's AST (reference_ast), so these tests measure symtable.c's
mirror alone. Each snippet is compared block by block (name, type, line, nesting, every
symbol's flags and scope, varnames, children) and as `python -m symtable` prints it; each
error by all its SyntaxError fields.
"""
from __future__ import annotations

import io
import json
import os

import pytest

from pyroboros.compiler import symtable as st_mod
from pyroboros.compiler.future import future_from_ast
from pyroboros.compiler.symtable import (
    CELL, DEF_LOCAL, DEF_PARAM, FREE, GLOBAL_IMPLICIT, LOCAL, USE, BlockType, ComprehensionType,
    build_symtable, get_scope, get_symbol, is_function_like, mangle, maybe_mangle)
from pyroboros.compiler.symtable_conformance import canonical, ours, same
from pyroboros.compiler.symtable_dump import dump_symtable, format_symtable
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.conformance.reference_ast import reference_ast, reference_asts
from pyroboros.errors import CompileError
from pyroboros.reference import run_reference

SNIPPETS = [
    # module, functions, closures, cells, globals
    "x = 1\ndef f(a, /, b=1, *args, c, d=2, **kw):\n    return a + b + x + len(args)\n",
    "def outer():\n    a = b = c = d = 1\n    def g():\n        def h():\n            return a + b + c + d\n        return h\n    return g\n",
    "def f():\n    global g1, g2\n    g1 = 1\n    def inner():\n        return g2 + g1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
    "def f(a):\n    del a\n    b: int = 1\n    c: int\n    (d): int = 2\n    e.f: int = 3\n",
    "import os.path, sys as system\nfrom a.b import c as d, e\nfrom . import f\nfrom m import *\n",
    "try:\n    pass\nexcept* ValueError as err:\n    pass\nexcept* (A, B):\n    pass\nelse:\n    z = 1\nfinally:\n    w = 2\n",
    "try:\n    pass\nexcept E as e:\n    y = e\n",
    "with a as b, c as (d, e):\n    pass\nfor i, *j in k:\n    pass\nelse:\n    q = 1\nwhile w:\n    break\n",
    "x += 1\ny[0] += 2\nz.a -= 3\ndel m, n[1], o.p\nprint(*args, **kw, sep=s)\nf'{a!r:{b}} {c=}'\n",
    "t'{a} {b:{c}}'\n",
    "x = a[1:2, ::3]\ny = {k: v for k, v in d.items()}\nz = {**m, 'k': 1}\nlambda q, *r, s=1, **t: q + u\n",
    "@dec(arg)\n@other\ndef f(x=default, *, y=kwdefault):\n    'doc'\n    yield x\n    yield from y\n",
    "async def f():\n    await x\n    async with a as b:\n        pass\n    async for i in j:\n        pass\n    return [k async for k in l]\n",
    "async def f():\n    return [await k for k in l]\n",
    "def f():\n    return (await x for x in y)\n",
    "def f(self):\n    return self\n",
    "match m:\n    case [a, *rest] if a > 0:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=0, y=yy) | Point(yy, _):\n        pass\n    case str() as s:\n        pass\n    case None | True | 1 | -1 | 1.5j | 'str' | K.V:\n        pass\n",
    # classes, methods, super, __class__, mangling
    "class A(B, metaclass=M, **kw):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m() + x\n    def n(self):\n        return __class__\n",
    "class _Priv:\n    __a = 1\n    def __m(self, __p):\n        self.__b = __p\n        return __a + __dunder__\n    import __mod.sub as __alias\n    global __g\n    class __Inner:\n        __c = 2\n",
    "class ___:\n    __a = 1\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n        y = x\n    return C\n",
    "def f():\n    class C:\n        nonlocal_ok = 1\n        def g(self):\n            nonlocal q\n    q = 1\n",
    "def f(a):\n    class C:\n        a = a\n        def m(self):\n            return a\n",
    "class C:\n    def f(self):\n        def g():\n            return __class__\n        return g\n",
    "class C:\n    x = [lambda: super() for a in g]\n    y = [__class__ for a in g]\n",
    # comprehensions (PEP 709 inlining)
    "def f(p, q, r, s):\n    l = 1\n    [p for a in g]\n    (q for a in g)\n    [l for a in g]\n    [[r for b in g] for a in g]\n    [s for s in g]\n",
    "def f(n, m):\n    [lambda: n for a in g]\n    [(lambda: m, m) for a in g]\n    [x for x in g]\n    x = 2\n",
    "def f():\n    global gg\n    x = 1\n    [gg for a in g]\n    def inner():\n        nonlocal x\n        [x for a in g]\n",
    "def outer():\n    y = 1\n    z = 1\n    class C:\n        y = 2\n        [y for a in g]\n        global z\n        [z for a in g]\n",
    "[x for x in range(3) if x for y in x]\n{x for x in y}\n{a: b for a, b in c}\n(g for g in h)\n",
    "def f():\n    [(y := x) for x in range(3)]\n    return y\n",
    "[(y := x) for x in range(3)]\n[[(z := a) for a in b] for b in c]\n",
    "def f():\n    global y\n    [(y := x) for x in range(3)]\n",
    "def f():\n    return [[x for x in y] for y in z], [(lambda: w) for w in v]\n",
    "class C:\n    a = [x for x in range(3)]\n    b = [y for y in a if y > x]\n",
    "def f():\n    x = 1\n    return [lambda: x for _ in y]\n",
    "def f():\n    return [super() for _ in y]\n",
    # annotations (PEP 649) and conditional annotations
    "x: int\ny: 'str' = 'a'\nif cond:\n    z: list[int]\n",
    "class C:\n    a: int\n    if cond:\n        b: str\n    for i in j:\n        c: bytes\n    def m(self, p: P, *a: A, q: Q = 1, **k: K) -> R:\n        v: V = 1\n",
    "from __future__ import annotations\nx: int\nclass C:\n    a: A\n    def m(self, p: P) -> R:\n        pass\n",
    "def f(a: [b for b in c], d: (lambda: e)) -> (g for g in h):\n    pass\n",
    "class C:\n    def f(self, a: [b for b in c]) -> int:\n        pass\n    x: [y for y in z]\n",
    "def f():\n    x: undefined_in_function = 1\n    y: [a for a in b]\n",
    # PEP 695 type parameters and aliases
    "def f[T, *Ts, **P](x: T, *args: *Ts, **kw: P.kwargs) -> T:\n    return x\n",
    "def f[T: int, U: (str, bytes) = str, V = list[T]](a=1, *, b=2):\n    pass\n",
    "class C[T: Bound = Default, *Ts = (), **P = [int]](Base[T], metaclass=M):\n    def m(self) -> T:\n        return T\n",
    "type Alias = list[int]\ntype Generic[T] = dict[str, T]\ntype Bounded[T: (int, str)] = T\n",
    "class Outer:\n    type A = Outer\n    type B[T: Outer = Outer] = list[T]\n    def m[T: Outer](self): pass\n    class Inner[U: Outer]: pass\n",
    "class _P[__T]:\n    def m(self, x: __T) -> __T:\n        __y = __T\n",
    "def f():\n    x = 1\n    type A[T] = x\n    def g[U](): return x\n    class C[V]: y = x\n",
    "def f[T](): return [T for _ in x]\nclass C[T]: z = [T for _ in x]\n",
    "class C:\n    def f[T](self, a: T = None) -> T: pass\n    type X[U = (lambda: 1)] = U\n",
    # docstrings, eval mode pieces, misc
    "'''module doc'''\nimport sys\n",
    "def f():\n    def g():\n        yield\n    return g\nasync def h():\n    yield 1\n",
    "lambda: (yield)\n",
    "__debug__\nx = __debug__\n",
    "def f(a, b):\n    a = 1\n    global c\n    c = 2\n    import d.e as f2\n",
]

ERRORS = [
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    def g():\n        x = 1\n        nonlocal x\n    x = 2\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 1\n",
    "def f():\n    from m import *\n",
    "class C:\n    from m import *\n",
    "class A:\n    [(y := 1) for x in z]\n",
    "def f[T: [(y := 1) for x in z]](): pass\n",
    "type A = [(y := 1) for x in z]\n",
    "class C[T]([(y := 1) for x in z]): pass\n",
    "[(y := 1) for y in z]\n",
    "[i for i in range(5) if (j := 0) for j in range(5)]\n",
    "def f():\n    [(x := 0) for x, y in z]\n",
    "[x for x in (y := z)]\n",
    "[x for x in [1] for y in (z := [2])]\n",
    "[x for x in [lambda: (y := 1)]]\n",
    "x: (y := 1)\n",
    "x: (yield)\n",
    "def f(x: (yield)): pass\n",
    "async def f():\n    x: (await y)\n",
    "def f() -> (await x): pass\n",
    "def f[T: (yield)](): pass\n",
    "def f[T: ((yield), int)](): pass\n",
    "def f[T = (yield)](): pass\n",
    "def f[*Ts = (yield)](): pass\n",
    "def f[**P = (yield)](): pass\n",
    "def f[T: (await x)](): pass\n",
    "def f[T: (y := 1)](): pass\n",
    "type A = (yield)\n",
    "type A = (await x)\n",
    "type A = (y := 1)\n",
    "class C[T]((yield)): pass\n",
    "class C[T, T]: pass\n",
    "def f[T, *T](): pass\n",
    "def f(a, a): pass\n",
    "def f(a, *, a): pass\n",
    "lambda a, **a: 0\n",
    "async with a: pass\n",
    "def f():\n    async with a: pass\n",
    "async for a in b: pass\n",
    "def f():\n    async for a in b: pass\n",
    "def f():\n    x = 1\n    global x\n    nonlocal x\n",
    "nonlocal x\n",
    "x = 1\nnonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal x\n    global x\n",
    "def f[T]():\n    nonlocal T\n",
    "class C[T]:\n    def m(self):\n        nonlocal T\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "f(__debug__=1)\n",
    "x.__debug__ = 1\n",
    "del x.__debug__\n",
    "def f(__debug__): pass\n",
    "import __debug__\n",
    "import a as __debug__\n",
    "for __debug__ in x: pass\n",
    "match m:\n    case C(__debug__=1): pass\n",
    "match m:\n    case __debug__: pass\n",
    "class C(__debug__=1): pass\n",
    "def f[__classdict__](): pass\n",
    "def f[__classdict__: int](): pass\n",
    "class C[*__classdict__]: pass\n",
    "await x\n",
    "class C:\n    await x\n",
    "def f():\n    await x\n",
    "def f():\n    lambda: await x\n",
    "def f():\n    [(yield) for x in y]\n",
    "def f():\n    {(yield) for x in y}\n",
    "def f():\n    {a: (yield) for a in y}\n",
    "def f():\n    ((yield from x) for a in y)\n",
    "[x async for x in y]\n",
    "def f():\n    [x async for x in y]\n",
    "def f():\n    [[x async for x in y] for z in w]\n",
    "async def f():\n    return [(await x) for x in y]\n    def g(): [await x for x in y]\n",
    "from __future__ import annotations\nx = 1\nfrom __future__ import division\n",
    "'''doc'''\nfrom __future__ import division\nimport os\nfrom __future__ import annotations\n",
    "def f():\n    é = 1\n    def g():\n        é = 2; nonlocal é\n",
]

_REFERENCE_SCRIPT = r"""
import json, symtable, sys, _symtable
def tree(t):
    return {"name": t.name, "type": t.type, "lineno": t.lineno, "nested": t.nested,
            "symbols": t.symbols, "varnames": t.varnames,
            "children": [tree(c) for c in t.children]}
results = []
for source, filename, mode in json.load(sys.stdin):
    try:
        results.append(["ok", tree(_symtable.symtable(source, filename, mode))])
    except SyntaxError as e:
        results.append(["error", [type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text,
                                  e.end_lineno, e.end_offset]])
print(json.dumps(results))
"""


def reference_tables(items: list[tuple[str, str, str]]) -> list[list]:
    """python3.14's symbol tables (as trees) or SyntaxErrors, one per (source, filename, mode)."""
    proc = run_reference(["-c", _REFERENCE_SCRIPT], input=json.dumps(items).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def tree(ste) -> dict:
    return {"name": ste.name, "type": int(ste.type), "lineno": ste.lineno, "nested": int(ste.nested),
            "symbols": ste.symbols, "varnames": ste.varnames,
            "children": [tree(c) for c in ste.children]}


def build(source: str, filename: str = "<test>", mode: str = "exec"):
    mod = reference_ast(source, filename, mode)
    return build_symtable(mod, filename, future_from_ast(mod, filename))


def our_result(mod, filename: str) -> list:
    try:
        return ["ok", tree(build_symtable(mod, filename, future_from_ast(mod, filename)).top)]
    except CompileError as e:
        return ["error", [e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno,
                          e.end_offset]]


@pytest.fixture(scope="module")
def snippet_asts():
    return dict(zip(SNIPPETS, reference_asts([(s, "<test>", "exec") for s in SNIPPETS])))


@pytest.fixture(scope="module")
def error_asts():
    return dict(zip(ERRORS, reference_asts([(s, "<test>", "exec") for s in ERRORS])))


@pytest.fixture(scope="module")
def snippet_reference():
    return reference_tables([(s, "<test>", "exec") for s in SNIPPETS])


@pytest.fixture(scope="module")
def error_reference():
    return reference_tables([(s, "<test>", "exec") for s in ERRORS])


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_tables_match_reference(index, snippet_reference, snippet_asts):
    expected = snippet_reference[index]
    assert expected[0] == "ok", expected
    assert our_result(snippet_asts[SNIPPETS[index]], "<test>") == expected


@pytest.mark.parametrize("index", range(len(ERRORS)))
def test_errors_match_reference(index, error_reference, error_asts):
    expected = error_reference[index]
    assert expected[0] == "error", f"python3.14 accepts {ERRORS[index]!r}"
    assert our_result(error_asts[ERRORS[index]], "<test>") == expected


def test_eval_and_single_modes():
    items = [("(lambda: x)(y) + [z for z in w]", "<eval>", "eval"), ("x = 1; global y\n", "<single>", "single")]
    for (source, filename, mode), expected in zip(items, reference_tables(items)):
        assert our_result(reference_ast(source, filename, mode), filename) == expected


def test_error_text_is_read_from_the_file(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("x = 1\ndef f(a, a): pass\n")
    source = path.read_text()
    expected = reference_tables([(source, str(path), "exec")])[0]
    assert expected[1][5] == "def f(a, a): pass\n"
    assert our_result(reference_ast(source, str(path)), str(path)) == expected


def test_dump_matches_python_m_symtable(tmp_path, monkeypatch, snippet_asts, error_asts):
    """The whole report of `python3.14 -m symtable`, on the snippets, through dump_symtable
    (with python3.14's parser standing in for ours)."""
    trees = {source.encode(): mod for source, mod in {**snippet_asts, **error_asts}.items()}
    monkeypatch.setattr(st_mod, "parse", lambda source, filename, mode: trees[source])
    paths = []
    for i, source in enumerate(SNIPPETS + ERRORS[:3]):
        path = tmp_path / f"s{i}.py"
        path.write_text(source)
        paths.append(str(path))
    script = ("import contextlib, io, json, symtable, sys, traceback\nres = []\n"
              "for p in json.load(sys.stdin):\n"
              "    out = io.StringIO()\n"
              "    try:\n"
              "        with contextlib.redirect_stdout(out): symtable.main([p])\n"
              "        res.append([out.getvalue(), '', 0])\n"
              "    except SyntaxError as e:\n"
              "        res.append(['', ''.join(traceback.format_exception_only(e)), 1])\n"
              "print(json.dumps(res))\n")
    proc = run_reference(["-c", script], input=json.dumps(paths).encode())
    for path, (out, err, status) in zip(paths, json.loads(proc.stdout)):
        our_out, our_err = io.StringIO(), io.StringIO()
        assert dump_symtable(path, our_out, our_err) == status
        assert canonical(our_out.getvalue()) == canonical(out), path
        assert our_err.getvalue() == err


def test_corpus_sample_reports_match():
    """A fixed sample of the reference Lib/ (the whole corpus: symtable_conformance)."""
    files = sample([f for f in corpus_files() if os.path.isfile(f)], 12)
    script = ("import contextlib, io, json, symtable, sys\nres = []\n"
              "for p in json.load(sys.stdin):\n"
              "    out = io.StringIO()\n"
              "    with contextlib.redirect_stdout(out): symtable.main([p])\n"
              "    res.append([out.getvalue(), '', 0])\n"
              "print(json.dumps(res))\n")
    proc = run_reference(["-c", script], input=json.dumps(files).encode())
    reference = json.loads(proc.stdout)
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append((f.read(), path, "exec"))
    for path, tree_, theirs in zip(files, reference_asts(sources), reference):
        assert same(ours(tree_, path), theirs), path


def test_canonical_orders_only_runs_of_bare_free_symbols():
    report = ("    free symbol 'b': \n    free symbol 'a': \n    local symbol 'z': use\n"
              "    free symbol 'y': \n    free symbol 'x': use\n")
    assert canonical(report) == ("    free symbol 'a': \n    free symbol 'b': \n    local symbol 'z': use\n"
                                 "    free symbol 'y': \n    free symbol 'x': use\n")


# -- the API the code generator uses ------------------------------------------------------------

def test_lookup_keys_follow_c():
    source = ("x: int\n"
              "def f[T: int = str](a: A) -> R:\n    return lambda: [y for y in a]\n"
              "class C:\n    z: int\n    def m(self): return super()\n"
              "type Alias[U] = U\n")
    mod = reference_ast(source)
    st = build_symtable(mod, "<test>", future_from_ast(mod, "<test>"))
    assert st.lookup(mod) is st.top and st.top.type == BlockType.ModuleBlock
    assert st.lookup(mod, 1).type == BlockType.AnnotationBlock      # C: ste_id + 1
    f, cls, alias = mod.body[1], mod.body[2], mod.body[3]
    type_params = st.lookup(f.type_params)
    assert type_params.type == BlockType.TypeParametersBlock and type_params.name == "f"
    bound = st.lookup(f.type_params[0])
    default = st.lookup(f.type_params[0], 1)
    assert (bound.type, bound.scope_info) == (BlockType.TypeVariableBlock, "a TypeVar bound")
    assert (default.type, default.scope_info) == (BlockType.TypeVariableBlock, "a TypeVar default")
    assert st.lookup(f.args).type == BlockType.AnnotationBlock
    func = st.lookup(f)
    assert func.type == BlockType.FunctionBlock and func.returns_value and func.nested
    lam = st.lookup(f.body[0].value)
    comp = st.lookup(f.body[0].value.body)
    assert lam.name == "lambda" and comp.name == "listcomp"
    assert comp.comprehension == ComprehensionType.ListComprehension and comp.comp_inlined
    assert comp.varnames == [".0"]
    klass = st.lookup(cls)
    assert klass.needs_class_closure and klass.needs_classdict and not klass.has_conditional_annotations
    assert st.lookup(cls, 1).can_see_class_scope
    assert st.lookup(cls.body[1]).method
    assert st.lookup(alias).type == BlockType.TypeAliasBlock
    assert st.lookup_optional(cls.body[0]) is None
    with pytest.raises(KeyError, match="unknown symbol table entry"):
        st.lookup(cls.body[0])


def test_entry_flags_and_accessors():
    source = ("'doc'\n"
              "def outer(a, *args, **kw):\n    b = 1\n    def inner():\n        return b\n    yield inner\n"
              "async def co():\n    await x\n"
              "class C:\n    if c:\n        v: int\n")
    st = build(source)
    top = st.top
    assert top.has_docstring
    outer, co_, klass = (c for c in top.children if c.type != BlockType.AnnotationBlock)
    assert outer.generator and outer.varargs and outer.varkeywords and not outer.coroutine
    assert co_.coroutine and not co_.generator
    assert klass.has_conditional_annotations
    assert get_scope(outer, "b") == CELL and get_scope(outer, "a") == LOCAL
    assert get_symbol(outer, "a") & DEF_PARAM and get_symbol(outer, "b") & DEF_LOCAL
    inner = outer.children[-1]
    assert get_scope(inner, "b") == FREE and get_symbol(inner, "b") & USE
    assert get_scope(co_, "x") == GLOBAL_IMPLICIT and get_symbol(top, "nothing") == 0
    assert outer.varnames == ["a", "args", "kw"]
    assert is_function_like(outer) and not is_function_like(klass) and not is_function_like(top)
    assert (outer.lineno, outer.col_offset, outer.end_lineno) == (2, 0, 6)


def test_future_annotations_keep_annotation_blocks_out():
    st = build("from __future__ import annotations\nx: int\ndef f(a: A): pass\n")
    assert [c.type for c in st.top.children] == [BlockType.FunctionBlock]


def test_top_level_await_flag():
    mod = reference_ast("await x\n[y async for y in z]\n")
    future = future_from_ast(mod, "<test>")
    future.features |= st_mod.PyCF_ALLOW_TOP_LEVEL_AWAIT
    st = build_symtable(mod, "<test>", future)
    assert st.top.coroutine


def test_mangle():
    assert mangle("Spam", "__x") == "_Spam__x"
    assert mangle("_Spam", "__x") == "_Spam__x"
    assert mangle("__Spam", "__x") == "_Spam__x"
    assert mangle("___", "__x") == "__x"
    assert mangle("Spam", "__x__") == "__x__"
    assert mangle("Spam", "__a.b") == "__a.b"
    assert mangle("Spam", "_x") == "_x"
    assert mangle(None, "__x") == "__x"
    st = build("class _C[__T]:\n    pass\n")
    type_params = st.top.children[0]
    assert type_params.mangled_names == {"__T"}
    assert maybe_mangle("_C", type_params, "__T") == "_C__T"
    assert maybe_mangle("_C", type_params, "__other") == "__other"


def test_format_symtable_names_each_table_kind():
    report = format_symtable(build("type A[T: int] = T\n").top, "f.py")
    assert report.splitlines()[0] == "symbol table for module from file 'f.py':"
    assert "symbol table for type parameters 'A':" in report
    assert "symbol table for nested type variable 'T':" in report
    assert "symbol table for nested type alias 'A':" in report
    assert "cell symbol 'T': def_local, def_type_param" in report


def test_deeply_nested_expression():
    """CPython's symbol table takes `a+a+...+a` with 50,000 terms; so must ours."""
    from pyroboros.parser import ast_nodes as ast
    expr = ast.Name("a", ast.Load(), 1, 0, 1, 1)
    for _ in range(50_000):
        expr = ast.BinOp(expr, ast.Add(), ast.Name("a", ast.Load(), 1, 0, 1, 1), 1, 0, 1, 1)
    mod = ast.Module([ast.Expr(expr, 1, 0, 1, 1)], [])
    st = build_symtable(mod, "<test>", future_from_ast(mod, "<test>"))
    assert st.top.symbols == {"a": USE | GLOBAL_IMPLICIT << st_mod.SCOPE_OFFSET}


# -- the fields codegen reads, through python3.14's code objects ---------------------------------

_CODE_FACTS_SCRIPT = r"""
import json, sys
def walk(co, out):
    if co.co_name != '__annotate__':
        out.append([co.co_name, co.co_flags & 0xC0003BF, sorted(co.co_cellvars), sorted(co.co_freevars)])
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            walk(c, out)
res = []
for source in json.load(sys.stdin):
    res.append([])
    walk(compile(source, '<test>', 'exec', dont_inherit=True), res[-1])
print(json.dumps(res))
"""
_CODE_NAMES = {"lambda": "<lambda>", "genexpr": "<genexpr>", "listcomp": "<listcomp>",
               "setcomp": "<setcomp>", "dictcomp": "<dictcomp>"}


def code_facts(ste, out: list) -> None:
    """What compile.c derives from an entry (compute_code_flags; dictbytype for the cell and
    free variables, plus the implicit cells), for every block that becomes a code object."""
    from pyroboros.objects import code as co
    if ste.type == BlockType.ModuleBlock:
        name = "<module>"
    elif ste.type == BlockType.TypeParametersBlock:
        name = f"<generic parameters of {ste.name}>"
    elif ste.type == BlockType.FunctionBlock and (ste.comprehension or ste.name == "lambda"):
        name = _CODE_NAMES[ste.name]
    else:
        name = ste.name
    flags = 0
    if is_function_like(ste):
        flags |= co.CO_NEWLOCALS | co.CO_OPTIMIZED
        flags |= co.CO_NESTED if ste.nested else 0
        if ste.generator:
            flags |= co.CO_ASYNC_GENERATOR if ste.coroutine else co.CO_GENERATOR
        flags |= (co.CO_VARARGS if ste.varargs else 0) | (co.CO_VARKEYWORDS if ste.varkeywords else 0)
        flags |= (co.CO_HAS_DOCSTRING if ste.has_docstring else 0) | (co.CO_METHOD if ste.method else 0)
    if ste.coroutine and not ste.generator:
        flags |= co.CO_COROUTINE
    cells = {n for n, f in ste.symbols.items() if get_scope(ste, n) == CELL or f & st_mod.DEF_COMP_CELL}
    for wanted, cell in ((ste.needs_class_closure, "__class__"), (ste.needs_classdict, "__classdict__"),
                         (ste.has_conditional_annotations, "__conditional_annotations__")):
        if wanted:
            cells.add(cell)
    frees = {n for n, f in ste.symbols.items() if get_scope(ste, n) == FREE or f & st_mod.DEF_FREE_CLASS}
    if ste.name != "__annotate__":
        out.append([name, flags, sorted(cells), sorted(frees)])
    for child in ste.children:
        code_facts(child, out)


def test_code_object_facts_match_compile(snippet_asts):
    """Flags (generator, coroutine, nested, varargs, docstring, method), cells (incl. __class__,
    __classdict__, __conditional_annotations__) and free variables, as python3.14 compiles them."""
    proc = run_reference(["-c", _CODE_FACTS_SCRIPT], input=json.dumps(SNIPPETS).encode())
    for source, theirs in zip(SNIPPETS, json.loads(proc.stdout)):
        mine: list = []
        code_facts(build_symtable(snippet_asts[source], "<test>", future_from_ast(snippet_asts[source], "<test>")).top,
                   mine)
        assert sorted(mine) == sorted(theirs), source


# -- generated programs ----------------------------------------------------------------------------

_NAMES = ("a", "b", "x", "__p", "T", "C", "f")


def _expr(rng, depth: int) -> str:
    name = rng.choice(_NAMES)
    r = rng.random()
    if depth <= 0 or r < 0.35:
        return name
    sub = lambda: _expr(rng, depth - 1)  # noqa: E731
    forms = (f"[{sub()} for {name} in {sub()}]", f"({sub()} for {name} in {rng.choice(_NAMES)} if {sub()})",
             f"({name} := {sub()})", f"(lambda {name}: {sub()})", "super()", "__class__",
             f"{{{name}: {sub()} for {rng.choice(_NAMES)} in {sub()}}}", "(yield)", f"(await {name})",
             f"{sub()} + {sub()}", f"[{sub()} async for {name} in {sub()}]")
    return forms[int((r - 0.35) / 0.65 * len(forms))]


def _block(rng, depth: int, indent: int) -> list[str]:
    lines = []
    for _ in range(rng.randint(1, 4)):
        pad, name, r = " " * indent, rng.choice(_NAMES), rng.random()
        if depth > 0 and r < 0.14:
            type_params = rng.choice(("", "[T]", f"[T: {_expr(rng, 1)}]", "[*T]", f"[**T = {name}]"))
            lines.append(f"{pad}{rng.choice(('def', 'async def'))} {name}{type_params}"
                         f"({rng.choice(_NAMES)}, b={_expr(rng, 1)}) -> {_expr(rng, 1)}:")
            lines += _block(rng, depth - 1, indent + 4)
        elif depth > 0 and r < 0.24:
            lines.append(f"{pad}class {name}{rng.choice(('', '[T]', '[__p]'))}({_expr(rng, 1)}):")
            lines += _block(rng, depth - 1, indent + 4)
        elif depth > 0 and r < 0.30:
            lines.append(f"{pad}{rng.choice(('if', 'while', 'with'))} {_expr(rng, 1)}:")
            lines += _block(rng, depth - 1, indent + 4)
        else:
            lines.append(pad + rng.choice((
                f"{name} = {_expr(rng, 2)}", f"print({_expr(rng, 2)})", f"global {name}", f"nonlocal {name}",
                f"{name}: {_expr(rng, 1)} = {_expr(rng, 1)}", f"{name}: {_expr(rng, 1)}", f"del {name}",
                f"import {name}", f"type {name}{rng.choice(('', '[T]'))} = {_expr(rng, 1)}",
                f"return {_expr(rng, 1)}", f"for {name} in {_expr(rng, 1)}: pass", _expr(rng, 3))))
    return lines


def test_generated_programs_match_reference():
    """200 random programs of nested scopes, declarations and comprehensions (fixed seed): the
    same tables, or the same SyntaxError, as python3.14."""
    import random
    rng = random.Random(314)
    sources = [rng.choice(("", "from __future__ import annotations\n")) + "\n".join(_block(rng, 3, 0)) + "\n"
               for _ in range(200)]
    trees = reference_asts([(s, "<gen>", "exec") for s in sources])
    parsed = [(s, t) for s, t in zip(sources, trees) if not isinstance(t, Exception)]
    assert len(parsed) > 150
    expected = reference_tables([(s, "<gen>", "exec") for s, _ in parsed])
    assert {e[0] for e in expected} == {"ok", "error"}
    for (source, mod), theirs in zip(parsed, expected):
        assert our_result(mod, "<gen>") == theirs, source
