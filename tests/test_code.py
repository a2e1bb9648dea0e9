"""Code object methods against python3.14, on the code objects of a corpus sample (read through
our marshal) and on small functions."""
import base64
import json

import pytest

from pyroboros.bytecode import marshal
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.objects.code import Code
from pyroboros.reference import run_reference

_FACTS = r"""
import base64, dis, json, marshal, sys, warnings
warnings.simplefilter("ignore", DeprecationWarning)

def walk(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from walk(const)

def facts(code):
    return {
        "positions": [list(p) for p in code.co_positions()],
        "lines": [list(l) for l in code.co_lines()],
        "branches": [list(b) for b in code.co_branches()],
        "lnotab": code.co_lnotab.hex(),
        "handlers": [[e.start, e.end, e.target, e.depth, e.lasti]
                     for e in dis._parse_exception_table(code)],
        "varname0": code._varname_from_oparg(0) if code.co_varnames or code.co_cellvars
                    or code.co_freevars else None,
        "varnames": list(code.co_varnames), "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars), "nlocals": code.co_nlocals,
    }

out = []
for path in json.load(sys.stdin):
    try:
        code = compile(open(path, "rb").read(), path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        continue
    out.append([base64.b64encode(marshal.dumps(code)).decode(), [facts(c) for c in walk(code)]])
print(json.dumps(out))
"""


def walk(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, Code):
            yield from walk(const)


def our_facts(code: Code) -> dict:
    return {
        "positions": [list(p) for p in code.co_positions()],
        "lines": [list(l) for l in code.co_lines()],
        "branches": [list(b) for b in code.co_branches()],
        "lnotab": code.co_lnotab.hex(),
        "handlers": [[h.start * 2, h.end * 2, h.target * 2, h.depth, h.lasti]
                     for h in code.exception_handlers()],
        "varname0": code._varname_from_oparg(0) if code.co_localsplusnames else None,
        "varnames": list(code.co_varnames), "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars), "nlocals": code.co_nlocals,
    }


@pytest.fixture(scope="module")
def corpus_facts():
    files = sample(corpus_files(), 15)
    proc = run_reference(["-c", _FACTS], input=json.dumps(files).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_code_methods_match_reference_on_corpus_sample(corpus_facts):
    assert len(corpus_facts) >= 10
    for data, expected in corpus_facts:
        code = marshal.loads(base64.b64decode(data))
        ours = [our_facts(c) for c in walk(code)]
        assert len(ours) == len(expected)
        for got, want in zip(ours, expected):
            assert got == want


def test_addr2line_and_exception_handler_lookup(corpus_facts):
    for data, _ in corpus_facts[:5]:
        for code in walk(marshal.loads(base64.b64decode(data))):
            for start, end, line in code.co_lines():
                assert code.addr2line(start) == (-1 if line is None else line)
                assert code.addr2line(end - 2) == (-1 if line is None else line)
            for handler in code.exception_handlers():
                assert code.exception_handler(handler.start) == handler
                assert code.exception_handler(handler.end - 1) == handler
            assert code.addr2line(-1) == code.co_firstlineno
            assert code.addr2line(len(code.co_code)) == -1


_REPLACE = r"""
import marshal, sys
def g(a, *b, c, **d):
    x = 1
    def h(): return a, x
    return h
c = g.__code__
out = [c.replace(), c.replace(co_varnames=('p', 'q', 'r', 's', 't')), c.replace(co_cellvars=('x',)),
       c.replace(co_freevars=('z',)), c.replace(co_name='n', co_qualname='q', co_firstlineno=9)]
errors = []
for kw in [dict(co_argcount=-1), dict(co_posonlyargcount=5), dict(co_stacksize=-1),
           dict(co_code=b'\x00'), dict(co_code=1), dict(co_names=[1]), dict(co_names=(1,)),
           dict(co_name=3), dict(co_argcount='x'), dict(co_bogus=1), dict(co_nlocals=9),
           dict(co_firstlineno=-5)]:
    try:
        c.replace(**kw)
    except Exception as e:
        errors.append(f'{type(e).__name__}: {e}')
sys.stdout.buffer.write(marshal.dumps([c, out, errors]))
"""


def test_replace_matches_reference():
    proc = run_reference(["-c", _REPLACE])
    assert proc.returncode == 0, proc.stderr.decode()
    original, expected, errors = marshal.loads(proc.stdout)
    ours = [original.replace(), original.replace(co_varnames=("p", "q", "r", "s", "t")),
            original.replace(co_cellvars=("x",)), original.replace(co_freevars=("z",)),
            original.replace(co_name="n", co_qualname="q", co_firstlineno=9)]
    assert [marshal.dumps(c) for c in ours] == [marshal.dumps(c) for c in expected]
    our_errors = []
    for kw in [dict(co_argcount=-1), dict(co_posonlyargcount=5), dict(co_stacksize=-1),
               dict(co_code=b"\x00"), dict(co_code=1), dict(co_names=[1]), dict(co_names=(1,)),
               dict(co_name=3), dict(co_argcount="x"), dict(co_bogus=1), dict(co_nlocals=9),
               dict(co_firstlineno=-5)]:
        with pytest.raises(Exception) as info:
            original.replace(**kw)
        our_errors.append(f"{type(info.value).__name__}: {info.value}")
    assert our_errors == errors
