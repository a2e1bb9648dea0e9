"""marshal and .pyc against python3.14: each side reads what the other writes, errors match."""
import base64
import json

import pytest

from pyroboros.bytecode import marshal, pyc
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.objects.code import Code
from pyroboros.reference import run_reference

VALUES = [None, True, False, ..., StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**100, -2**100, 1 << 15, 1.5, -0.0, float("inf"), 1e300j, complex(-0.0, 2), b"", b"abc",
          "", "abc", "é", "\udc80x", "a" * 300, "é" * 300, "日本", (), (1,), tuple(range(300)),
          [1, [2]], {"a": 1, 2: (3,)}, {1, 2, "x"}, frozenset(), frozenset({1, "a"}),
          slice(1, None, "x"), ["shared", "shared", 10**20, 10**20]]


def reference(script: str, payload) -> dict:
    proc = run_reference(["-c", script], input=json.dumps(payload).encode())
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


def show(value) -> str:
    """repr, with set elements sorted (their order follows per-process str hashes)."""
    if isinstance(value, (set, frozenset)):
        return f"{type(value).__name__}{sorted(map(repr, value))}"
    return repr(value)


def test_reference_reads_our_values_in_every_version():
    payload = {str(version): [b64(marshal.dumps(v, version)) for v in VALUES if
                              not (version < 5 and isinstance(v, slice))] for version in range(6)}
    script = ("import marshal, json, sys, base64\n"
              "def show(value):\n"
              "    if isinstance(value, (set, frozenset)):\n"
              "        return f'{type(value).__name__}{sorted(map(repr, value))}'\n"
              "    return repr(value)\n"
              "d = json.load(sys.stdin)\n"
              "print(json.dumps({k: [show(marshal.loads(base64.b64decode(x))) for x in v]"
              " for k, v in d.items()}))")
    result = reference(script, payload)
    for version in range(6):
        expected = [show(v) for v in VALUES if not (version < 5 and isinstance(v, slice))]
        assert result[str(version)] == expected


def test_we_read_reference_values_in_every_version():
    script = ("import marshal, json, sys, base64\n"
              "vals = marshal.loads(base64.b64decode(json.load(sys.stdin)))\n"
              "print(json.dumps([[base64.b64encode(marshal.dumps(v, ver)).decode() for v in vals"
              " if ver == 5 or type(v) is not slice] for ver in range(6)]))")
    for version, datas in enumerate(reference(script, b64(marshal.dumps(VALUES)))):
        expected = [v for v in VALUES if version == 5 or type(v) is not slice]
        for data, value in zip(datas, expected, strict=True):
            got = marshal.loads(unb64(data))
            assert repr(got) == repr(value) or got == value
            assert type(got) is type(value)


def test_shared_objects_are_written_once():
    data = marshal.dumps(["x" * 40, "x" * 40, 2**70, 2**70])
    assert data.count(b"x" * 40) == 1
    assert marshal.loads(data) == ["x" * 40, "x" * 40, 2**70, 2**70]


def test_floats_keep_sign_and_type():
    values = marshal.loads(marshal.dumps((0.0, -0.0, 0, False, 1, 1.0, True)))
    assert [type(v) for v in values] == [float, float, int, bool, int, float, bool]
    assert str(values[1]) == "-0.0"


BAD_DATA = [b"", b"i\x01", b"q", b"0", b"(\x01\x00\x00\x000", b"r\x00\x00\x00\x00",
            b"l\x01\x00\x00\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x90", b"u\x02\x00\x00\x00\xff\xfe",
            b":N", b"s\xff\xff\xff\xff", b"[\x02\x00\x00\x00N", b"{N0", b"{NN", b"\xdb\x00",
            b"c\x00\x00\x00\x00"]


def _error(fn, *args) -> str:
    try:
        return repr(fn(*args))
    except Exception as exc:  # noqa: BLE001 - the error itself is what we compare
        return f"{type(exc).__name__}: {exc}"


def _outcome(fn) -> str:
    """"ok", or the error `fn` raises as "Type: message"."""
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - the error itself is what we compare
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def test_bad_data_gives_cpythons_errors():
    script = ("import marshal, json, sys, base64\n"
              "out = []\n"
              "for x in json.load(sys.stdin):\n"
              "    try: out.append(repr(marshal.loads(base64.b64decode(x))))\n"
              "    except Exception as e: out.append(f'{type(e).__name__}: {e}')\n"
              "print(json.dumps(out))")
    expected = reference(script, [b64(d) for d in BAD_DATA])
    assert [_error(marshal.loads, d) for d in BAD_DATA] == expected


def test_unmarshallable_and_disallowed_code():
    assert _error(marshal.dumps, object()) == "ValueError: unmarshallable object"
    assert _error(marshal.dumps, slice(1, 2), 4) == "ValueError: unmarshallable object"
    code = marshal.loads(unb64(CODE_SAMPLE[0]))
    assert _error(lambda: marshal.dumps(code, allow_code=False)) == \
        "ValueError: marshalling code objects is disallowed"
    assert _error(lambda: marshal.loads(unb64(CODE_SAMPLE[0]), allow_code=False)) == \
        "ValueError: unmarshalling code objects is disallowed"


_COMPILE_SCRIPT = """
import marshal, sys, json, base64
out = []
for f in json.load(sys.stdin):
    try:
        c = compile(open(f, 'rb').read(), f, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError):
        continue
    out.append(base64.b64encode(marshal.dumps(c)).decode())
print(json.dumps(out))
"""
CODE_SAMPLE = [b64(b"\xe3" + bytes(20))]  # replaced by the fixture below


@pytest.fixture(scope="module", autouse=True)
def code_sample():
    CODE_SAMPLE[:] = reference(_COMPILE_SCRIPT, sample(corpus_files(), 12))
    return CODE_SAMPLE


def test_code_objects_round_trip_through_both_marshals():
    ours = []
    for data in CODE_SAMPLE:
        code = marshal.loads(unb64(data))
        assert isinstance(code, Code)
        ours.append(b64(marshal.dumps(code)))
    script = ("import marshal, json, sys, base64\n"
              "theirs, ours = json.load(sys.stdin)\n"
              "print(json.dumps([marshal.loads(base64.b64decode(a)) == marshal.loads(base64.b64decode(b))"
              " for a, b in zip(theirs, ours)]))")
    assert all(reference(script, [CODE_SAMPLE, ours]))


def test_siphash13_source_hash_matches_imp():
    sources = ["", "x = 1\n", "é" * 7, "a" * 8, "b" * 9, "".join(map(chr, range(200)))]
    script = ("import importlib.util, json, sys\n"
              "print(json.dumps([importlib.util.source_hash(s.encode('utf-8', 'surrogatepass')).hex()"
              " for s in json.load(sys.stdin)]))")
    expected = reference(script, sources)
    assert [pyc.source_hash(s.encode("utf-8", "surrogatepass")).hex() for s in sources] == expected


def test_pyc_headers_match_importlib():
    code = marshal.loads(unb64(CODE_SAMPLE[0]))
    source = b"x = 1\n"
    ours = {"timestamp": b64(pyc.write_pyc(code, source, 1234567890)),
            "checked": b64(pyc.write_pyc(code, source, hash_based=True)),
            "unchecked": b64(pyc.write_pyc(code, source, hash_based=True, check_source=False))}
    script = ("import importlib._bootstrap_external as b, importlib.util as u, marshal, json, sys, base64\n"
              "d = {k: base64.b64decode(v) for k, v in json.load(sys.stdin).items()}\n"
              "c = marshal.loads(d['timestamp'][16:])\n"
              "src = b'x = 1\\n'\n"
              "print(json.dumps([bytes(b._code_to_timestamp_pyc(c, 1234567890, len(src)))[:16] == d['timestamp'][:16],"
              " bytes(b._code_to_hash_pyc(c, u.source_hash(src)))[:16] == d['checked'][:16],"
              " bytes(b._code_to_hash_pyc(c, u.source_hash(src), False))[:16] == d['unchecked'][:16],"
              " all(b._classify_pyc(v, 'm', {}) is not None for v in d.values())]))")
    assert reference(script, ours) == [True, True, True, True]
    for data in ours.values():
        assert isinstance(pyc.read_pyc(unb64(data), source_mtime=1234567890, source_size=6,
                                       source_bytes=source), Code)


@pytest.mark.parametrize("data, kwargs, message", [
    (b"abcd" + bytes(12), {}, "ImportError: bad magic number in 'm': b'abcd'"),
    (pyc.MAGIC_NUMBER + b"\x00", {}, "EOFError: reached EOF while reading pyc header of 'm'"),
    (pyc.MAGIC_NUMBER + b"\x04" + bytes(11), {}, "ImportError: invalid flags 4 in 'm'"),
    (pyc.MAGIC_NUMBER + bytes(12), {"source_mtime": 5}, "ImportError: bytecode is stale for 'm'"),
    (pyc.MAGIC_NUMBER + b"\x03" + bytes(11), {"source_bytes": b""},
     "ImportError: hash in bytecode doesn't match hash of source 'm'"),
    (pyc.MAGIC_NUMBER + bytes(12) + b"N", {"bytecode_path": "m.pyc"},
     "ImportError: Non-code object in 'm.pyc'"),
])
def test_pyc_validation_errors(data, kwargs, message):
    assert _error(lambda: pyc.read_pyc(data, "m", **kwargs)) == message


def test_canonical_text_ignores_refs_and_sees_every_field():
    from pyroboros.conformance.canonical_code import canonical_text
    for data in CODE_SAMPLE:
        code = marshal.loads(unb64(data))
        assert canonical_text(b64(marshal.dumps(code))) == canonical_text(data)
    code = marshal.loads(unb64(CODE_SAMPLE[0]))
    before = canonical_text(b64(marshal.dumps(code)))
    code.co_consts = code.co_consts + (0.0,)
    with_zero = canonical_text(b64(marshal.dumps(code)))
    code.co_consts = code.co_consts[:-1] + (-0.0,)
    assert len({before, with_zero, canonical_text(b64(marshal.dumps(code)))}) == 3
    code.co_localspluskinds = bytes(len(code.co_localspluskinds))
    code.co_stacksize += 1
    assert canonical_text(b64(marshal.dumps(code))) != before


def test_nesting_limits_match_reference():
    script = ("import marshal, json\n"
              "out = []\n"
              "for n in (1998, 1999, 2000):\n"
              "    v = None\n"
              "    for _ in range(n): v = [v]\n"
              "    for f in (lambda: marshal.dumps(v), lambda: marshal.loads(b')\\x01' * n + b'N')):\n"
              "        try: f(); out.append('ok')\n"
              "        except Exception as e: out.append(f'{type(e).__name__}: {e}')\n"
              "print(json.dumps(out))")
    expected = json.loads(run_reference(["-c", script]).stdout)
    ours = []
    for n in (1998, 1999, 2000):
        value = None
        for _ in range(n):
            value = [value]
        ours.append(_outcome(lambda: marshal.dumps(value)))
        ours.append(_outcome(lambda: marshal.loads(b")\x01" * n + b"N")))
    assert ours == expected


def test_python314_runs_our_pyc_and_dump_pyc_prints_the_marshal_data(tmp_path, monkeypatch):
    import io

    import pyroboros.compiler
    source = b"import sys\nprint('hello from', __name__, sys.version_info[:2])\n"
    path = tmp_path / "hello.py"
    path.write_bytes(source)
    proc = run_reference(["-c", "import marshal, sys; sys.stdout.buffer.write(marshal.dumps("
                                f"compile({source!r}, {str(path)!r}, 'exec')))"])
    code = marshal.loads(proc.stdout)
    monkeypatch.setattr(pyroboros.compiler, "compile_source",
                        lambda src, filename, mode="exec", optimize=-1, flags=0: code, raising=False)
    out, err = io.StringIO(), io.StringIO()
    assert pyc.dump_pyc(str(path), out, err, str(tmp_path / "hello.pyc")) == 0
    assert out.getvalue() == b64(marshal.dumps(code)) + "\n"
    ran = run_reference([str(tmp_path / "hello.pyc")])
    assert ran.stdout == b"hello from __main__ (3, 14)\n", ran.stderr.decode()
    data = (tmp_path / "hello.pyc").read_bytes()
    assert isinstance(pyc.read_pyc(data, source_mtime=int(path.stat().st_mtime),
                                   source_size=len(source)), Code)


def test_dump_pyc_reports_syntax_errors_as_cpython(tmp_path, monkeypatch):
    import io

    import pyroboros.compiler
    from pyroboros.errors import CompileError

    def fail(src, filename, mode="exec", optimize=-1, flags=0):
        raise CompileError("SyntaxError", "invalid syntax", filename, 1, 3, "x y\n", 1, 4)

    path = tmp_path / "bad.py"
    path.write_bytes(b"x y\n")
    monkeypatch.setattr(pyroboros.compiler, "compile_source", fail, raising=False)
    out, err = io.StringIO(), io.StringIO()
    assert pyc.dump_pyc(str(path), out, err, None) == 1
    assert err.getvalue() == f'  File "{path}", line 1\n    x y\n      ^\nSyntaxError: invalid syntax\n'


def test_malformed_code_objects_give_cpythons_errors():
    good = dict(argcount=0, posonlyargcount=0, kwonlyargcount=0, stacksize=1, flags=0,
                code=b"\x80\x00\x23\x00", consts=(None,), names=(), localsplusnames=(),
                localspluskinds=b"", filename="f", name="n", qualname="q", firstlineno=1,
                linetable=b"", exceptiontable=b"")
    changes = [dict(code="x"), dict(consts=[None]), dict(names=("a", 1)), dict(filename=1),
               dict(code=b"\x80"), dict(code=b""), dict(argcount=-1), dict(posonlyargcount=1),
               dict(stacksize=-1), dict(localspluskinds=b"\x20", localsplusnames=(1,)),
               dict(localspluskinds=b"\x20", localsplusnames=("a",), argcount=1),
               dict(localspluskinds=b"\x20", localsplusnames=("a", "b")), dict(qualname=b"q"),
               dict(exceptiontable=None), dict(flags=-1), dict(argcount=1),
               dict(flags=0x0C, localspluskinds=b"\x20", localsplusnames=("a",))]
    datas = []
    for change in changes:
        fields = dict(good, **change)
        datas.append(marshal.dumps(Code(*fields.values())))
    datas.append(marshal.dumps((1, Code(*good.values())))[:-5] + b"0")  # NULL exceptiontable
    script = ("import marshal, json, sys, base64\n"
              "out = []\n"
              "for x in json.load(sys.stdin):\n"
              "    try: marshal.loads(base64.b64decode(x)); out.append('ok')\n"
              "    except Exception as e: out.append(f'{type(e).__name__}: {e}')\n"
              "print(json.dumps(out))")
    expected = reference(script, [b64(d) for d in datas])
    ours = [_outcome(lambda: marshal.loads(d)) for d in datas]
    assert ours == expected
    assert expected[-1] == "TypeError: NULL object in marshal data for code object"


def test_mutated_data_gives_cpythons_results():
    import random
    rng = random.Random(5)
    source = "def f(a, *b):\n    try:\n        return a[1:2]\n    except E:\n        pass\nx = {1: 2}\n"
    seeds = [marshal.dumps((1, 2.5, "abc", b"x", (None, True), [1, {2: 3}], {4}, frozenset({5}),
                            10**30, 1j)),
             unb64(reference("import marshal, base64, json, sys\n"
                             "print(json.dumps(base64.b64encode(marshal.dumps(compile("
                             "json.load(sys.stdin), 'f', 'exec'))).decode()))", source))]
    cases = []
    for _ in range(400):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.5:
                data[i] = rng.randrange(256)
            elif choice < 0.75:
                del data[i:i + rng.randint(1, 8)]
            else:
                data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        cases.append(bytes(data))
    # A mutated size can make python3.14 allocate gigabytes before it meets the end of the
    # data; under a 1 GiB address-space limit that is a quick MemoryError instead, and such
    # cases (we never allocate ahead) are left out of the comparison, counted below.
    script = ("import marshal, json, sys, base64, resource\n"
              "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
              "out = []\n"
              "for x in json.load(sys.stdin):\n"
              "    try: marshal.loads(base64.b64decode(x)); out.append('ok')\n"
              "    except Exception as e: out.append(f'{type(e).__name__}: {e}')\n"
              "print(json.dumps(out))")
    expected = reference(script, [b64(c) for c in cases])
    compared = [(case, want) for case, want in zip(cases, expected) if not want.startswith("MemoryError")]
    assert len(compared) > 380 and sum(want != "ok" for _, want in compared) > 200
    assert [_outcome(lambda: marshal.loads(case)) for case, _ in compared] == [w for _, w in compared]


BYTE_IDENTICAL_SOURCES = [
    "x = (300, 300.5, 'a b', b'ab', b'a', -0.0, 0.0, 0, False)\ny = (300, 300.5, 'a b', b'ab')\n",
    "def f(self, a=1.5):\n    return self.g(a) + 300\n\ndef g(self):\n    return 300, 'text here'\n",
    "class C:\n    '''doc'''\n    def m(self):\n        try:\n            return 1\n        except E:\n            return 2\n",
    "import os\nfor i in range(3):\n    if i in (1, 2):\n        print('%s' % i, ' ', '')\n",
]


def test_our_bytes_are_python314s_for_simple_modules():
    # the module's code is held by a name, as importlib holds it, so it counts as shared
    script = ("import marshal, json, sys, base64\n"
              "out = []\n"
              "for s in json.load(sys.stdin):\n"
              "    code = compile(s, 'm.py', 'exec')\n"
              "    out.append(base64.b64encode(marshal.dumps(code)).decode())\n"
              "print(json.dumps(out))")
    for data in reference(script, BYTE_IDENTICAL_SOURCES):
        assert marshal.dumps(marshal.loads(unb64(data))) == unb64(data)
