"""The flow graph (flowgraph.c) against python3.14's, on the same input.

python3.14 gives, for each snippet's top-level code unit, codegen's instruction sequence
(_testinternalcapi.compiler_codegen): the exact input of the flow graph. We compare our
optimizer's output with _testinternalcapi.optimize_cfg's on it, and the code object our flow
graph and assembler make from it with compile()'s (see pyroboros/conformance/flowgraph_units.py).
Function bodies have no such hook, so they are checked through the whole compiler (our
codegen + flow graph + assembler) against compile(), every nested code unit field by field.
"""
from __future__ import annotations

import json
import math
import operator

import pytest

from pyroboros.bytecode import opcodes as op
from pyroboros.compiler.const_cache import constant_key, merge_constant
from pyroboros.compiler.flowgraph import CFGError, optimize_cfg
from pyroboros.compiler.flowgraph_complex import complex_binop
from pyroboros.compiler.instruction_sequence import Instruction, InstructionSequence, Location
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.conformance.flowgraph_units import (check_modules, check_pipeline,
                                                   reference_units)
from pyroboros.reference import run_reference

BIG = ", ".join(str(i) for i in range(40))
BIG_TUPLES = ", ".join(f"('k{i}', {i})" for i in range(40))

# top-level code: every pass of the optimizer shows up in at least one of these
MODULE_SNIPPETS = [
    "x = 1\nfor i in range(3):\n    x += i\nprint(x)\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
    "a = (1, 2, 3)\nb = [1, 2, 3]\nc = {1, 2, 3}\nif x in [1, 2, 3]: pass\nd = -1\n",
    "e = 2 ** 10\nf = 'a' * 3\ng = 2 ** 200\nh = 'ab' * 5000\ni = (1,) * 300\nj = 1 / 0\n",
    "k = 1 << 200\nl = 1 << -1\nm = '%s' % 1\nn = (1, 2)[0]\no = 'abc'[1:]\np = b'x' * 2\n",
    "q = -True\nr = +True\ns = not 1\nt = ~1\nu = ~True\nv = -'s'\nw = -0.0\n",
    "x = 0.0 - 0j\ny = 1 / (2 + 0j)\nz = 2 * complex(1, 2)\nw = (1 + 1j) / 2.0\n",
    "while x:\n    if y:\n        break\n    z()\nelse:\n    w()\n",
    "with open(f) as g:\n    g.read()\n",
    "def f(a, b=1, *c, d, **e):\n    return a\nclass C:\n    def m(self):\n        return super().m()\n",
    "[x for x in y]\n{k: v for k, v in z}\n[lambda: x for x in y]\n",
    "import os\nfrom a import b as c\nassert x, 'msg'\ndel x\n",
    "match x:\n    case [1, 2]: pass\n    case {'a': b}: pass\n    case C(d=e): pass\n    case _: pass\n",
    "a, b = b, a\na, b, c = c, b, a\nx = not not y\nif not a is None: pass\nif a is not None: pass\n",
    "async def f():\n    async for x in y:\n        await z\n    async with a as b:\n        pass\n",
    "if a and b or c:\n    x = a if b else c\nwhile True:\n    if d: continue\n    break\n",
    f"for y in [{BIG}]: pass\nz = a in [{BIG}]\nw = a in {{{BIG}}}\nu = [{BIG}]\nt = ({BIG})\n",
    f"for r in ({BIG}): pass\nfor s in [{BIG_TUPLES}]: pass\nfor v in {{{BIG}}}: pass\n",
    "try:\n    x = a or b\nexcept* E:\n    pass\n",
    "raise\n",
    "x = [" + ", ".join(f"n{i}" for i in range(300)) + "]\n" + "y = 1\n" * 3,
    "if a:\n" + "    b = c\n" * 200 + "else:\n    d()\n",
    "x = 1\nglobal_name = x\ndel global_name\nprint(f'{x!r:>{y}}')\n",
]

# function bodies, through our whole compiler: cells, free variables, generators,
# parameters, borrowed loads, exception handlers
PIPELINE_SNIPPETS = [
    "def f(a, /, b, *args, c, **kw):\n    z = 1\n    return lambda: (a, kw, z)\n",
    "def f(x):\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n",
    "def gen(n):\n    for i in range(n):\n        yield i\n    yield from range(n)\n",
    "async def f(a):\n    async for x in a:\n        await x\n    async with a as b:\n        return b\n",
    "def f(a):\n    x = f'{a}'\n    try:\n        return g(x)\n    except E as e:\n        raise T(f'x {a} y') from e\n    finally:\n        h()\n",
    "def f(a):\n    if a:\n        b = 1\n    return b\n",
    "def f():\n    del x\n    raise\n",
    "def f():\n    obj = [42]\n    try:\n        return obj\n    finally:\n        del obj\n",
    "class C:\n    def m(self):\n        return super().m(self.x)\n",
    "def f(items):\n    return [x * y for x in items for y in items if x]\n",
    "def f(m):\n    with m as n, m as o:\n        return n, o\n",
    "def f(a, b):\n    a, b = b, a\n    c = d = a\n    return c + d\n",
    "def f():\n    " + "\n    ".join(f"v{i} = {i}" for i in range(70))
    + "\n    del v68\n    if a: v68 = 1\n    return v68 + v69 + v3\n",
    "def g():\n    try:\n        yield 1\n    except E:\n        yield 2\n    finally:\n        yield 3\n",
    "async def h():\n    try:\n        await x\n    except* E:\n        pass\n",
    "def f(x):\n    match x:\n        case [a, b, *c] if a:\n            return a\n"
    "        case {'k': v, **rest}:\n            return v\n        case P(q, r=s) | P(s, q):\n"
    "            return q\n",
    "def f(a):\n    for i in a:\n        for j in i:\n            if j: break\n        else:\n"
    "            continue\n        break\n    return [y for x in a if (y := x)]\n",
]


@pytest.fixture(scope="module")
def module_results():
    modules = [(f"snippet{i}.py", source) for i, source in enumerate(MODULE_SNIPPETS)]
    return {r.name: r for r in check_modules(modules)}


@pytest.mark.parametrize("index", range(len(MODULE_SNIPPETS)))
def test_top_level_unit(module_results, index):
    result = module_results[f"snippet{index}.py"]
    assert result.optimized_ok and result.code_ok, result.difference


def test_corpus_sample():
    files = sample(corpus_files(), 12)
    results = check_modules([(path, None) for path in files])
    assert len(results) >= 10
    differing = [r.difference for r in results if not (r.optimized_ok and r.code_ok)]
    assert differing == []


@pytest.fixture(scope="module")
def pipeline_results():
    modules = [(f"pipeline{i}.py", source) for i, source in enumerate(PIPELINE_SNIPPETS)]
    return check_pipeline(modules, reference_units(modules))


@pytest.mark.parametrize("index", range(len(PIPELINE_SNIPPETS)))
def test_pipeline_units(pipeline_results, index):
    units = [r for r in pipeline_results if r.name.startswith(f"pipeline{index}.py")]
    assert len(units) >= 2  # the module and at least one function
    assert [r.difference for r in units if not r.code_ok] == []


def _sequence(instructions: list[tuple]) -> InstructionSequence:
    seq = InstructionSequence()
    seq.instrs = [Instruction(op.BY_NAME[name].number, arg, Location(1, 1, 0, 1))
                  for name, arg in instructions]
    seq.labelmap = None
    return seq


def test_invalid_cfg_is_cpythons_error():
    script = ("import _testinternalcapi as t, opcode\n"
              "seq = t.new_instruction_sequence()\n"
              "for name, arg in [('RESUME', 0), ('POP_TOP', 0), ('RETURN_VALUE', 0)]:\n"
              "    seq.addop(opcode.opmap[name], arg, 1, 1, 0, 1)\n"
              "try:\n    t.optimize_cfg(seq, [], 0)\n"
              "except Exception as e:\n    print(type(e).__name__, e)\n")
    expected = run_reference(["-c", script]).stdout.decode().strip()
    with pytest.raises(CFGError) as info:
        optimize_cfg(_sequence([("RESUME", 0), ("POP_TOP", 0), ("RETURN_VALUE", 0)]), [], 0)
    assert f"{info.value.kind} {info.value.msg}" == expected == \
        "ValueError Invalid CFG, stack underflow"


def test_constant_keys_keep_apart_what_cpython_keeps_apart():
    keys = [constant_key(v) for v in (0, 0.0, -0.0, False, 0j, -0j, complex(0.0, -0.0), "",
                                      b"", (), frozenset(), (0,), (0.0,), (False,))]
    assert len(set(keys)) == len(keys)
    assert constant_key((1, "a")) == constant_key((1, "a"))
    assert constant_key(float("nan")) != constant_key(float("nan"))


def test_merge_constant_gives_one_object_per_constant():
    cache: dict = {}
    first = merge_constant(cache, (1, ("x", 2.5)))
    again = merge_constant(cache, (1, ("x", 2.5)))
    assert first is again
    assert merge_constant(cache, ("x", 2.5)) is first[1]
    assert merge_constant(cache, slice(1, 2, None)) is merge_constant(cache, slice(1, 2, None))


def test_complex_arithmetic_is_python314s():
    values = [0.0, -0.0, 1.0, -2.5, math.inf, -math.inf, math.nan, 3]
    complexes = [complex(a, b) for a in (0.0, -0.0, 1.0, math.inf, math.nan)
                 for b in (0.0, -0.0, 1.0, -math.inf, math.nan)]
    cases = [(o, v, c) for o in "+-*/" for v in values for c in complexes]
    cases += [(o, c, v) for o, v, c in cases]
    cases += [(o, a, b) for o in "*/" for a in complexes for b in complexes[::4]]
    script = ("import json, sys\nout = []\n"
              "for o, a, b in json.load(sys.stdin):\n"
              "    a, b = (complex(*x) if isinstance(x, list) else x for x in (a, b))\n"
              "    try: out.append(repr(eval('a ' + o + ' b')))\n"
              "    except ZeroDivisionError: out.append('ZeroDivisionError')\n"
              "print(json.dumps(out))\n")
    encoded = [(o, *([x.real, x.imag] if isinstance(x, complex) else x for x in (a, b)))
               for o, a, b in cases]
    expected = json.loads(run_reference(["-c", script], input=json.dumps(encoded).encode())
                          .stdout)
    ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
    ours = []
    for o, a, b in cases:
        try:
            ours.append(repr(complex_binop(ops[o], a, b)))
        except ZeroDivisionError:
            ours.append("ZeroDivisionError")
    assert ours == expected
