"""The tokenizer against python3.14: `-m tokenize -e` output, compile() errors, parser-mode tokens.

Each group of sources goes to one python3.14 process; the comparisons are exact.
"""
import json
from pathlib import Path

import pytest

from pyroboros import conformance
from pyroboros.conformance.corpus import corpus_files, sample
from pyroboros.dump import render
from pyroboros.errors import CompileError
from pyroboros.parser import token_types as T
from pyroboros.parser.tokenizer import decode_source, tokenize
from pyroboros.reference import run_reference

# The runner executes under python3.14 only (it imports _symtable & co.): locate it, never import it.
REFERENCE_RUNNER = str(Path(conformance.__file__).with_name("reference_runner.py"))

GOOD = [
    b"x = 1\n",
    b"",
    b"x",
    b"# only a comment",
    b"if x:\n    y = 1\n\n    # c\n  \n    z\nw\n",
    b"if x:\n\ty\n\tif z:\n\t\tw\n",
    b"x = (1,\n     2)  # c\n",
    b"x = 1 + \\\n    2\n",
    b"if x:\n  a\\\n\n",
    b"a = 1; b = 2\r\nc = 3\r\n",
    b"a = 1\rb = 2\n",
    b"0 00 0_0 1_000 0x_1f 0o17 0b1_0 1. .5 1e10 1E+5 1.5e-3j 1J 0j 00.5 0e0 1if x else 2\n",
    b"x = 1or 2\n1_0.0_1e1_0\n",
    b"... . .. -> ** **= // //= << <<= >> >>= <= >= == != <> := @= @ ~ ^ | & % ! = ; ,\n",
    b"s = 'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\'' b'x' rb'y' BR\"z\" u'w' '' \"\"\n",
    b"s = 'a\\\nb'\n",
    b"f'x{a!r:>{w}}y{{z}}' f\"{x=}\" f'''{\nx\n}''' rf'{x}\\n' F'{x:{y}.{z}f}'\n",
    b"t'{x}' T\"\"\"a{b!s}c\"\"\" tr'{x=}' f'{f\"{x}\"}' f'{x:}' f'{x!a}' f'{\"a\" if x else \"b\"}'\n",
    b"f'{x:{{y}}}' f'\\N{BULLET} {x}' f'\\{x}' f'{x:\\n}' f'{x # c\n}'\n",
    b"f'''{x:\n}'''\n",
    b"x = '\xc3\xa9t\xc3\xa9' + \xc3\xa9t\xc3\xa9 + f'\xc3\xa9{\xc3\xa9}\xc3\xa9'  # \xc3\xa9\n",
    b"\xef\xbb\xbfx = 1\n",
    b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=iso8859-15 :\nx = '\xa4'\n",
    b"class A:\n    def f(self):\n        pass\n",
    b"if x:\n    pass\n  # dedented comment\n",
    b"\\\n",
    b"x = 1\n\f\ny = 2\n",
    b"  \\\nx\n",
    b"x = $ ? `\n",
    b"x = 1 if y else\xe2\x82\xac\n",
    b"b  \r", b"x = 1 # c\r", b"if x:\r\n  y\r",
]

BAD = [
    b"x = 0x\n", b"x = 0xg\n", b"x = 0o8\n", b"x = 0o\n", b"x = 0o1_\n", b"x = 0b2\n", b"x = 0b12\n",
    b"x = 012\n", b"x = 0_\n", b"x = 1_\n", b"x = 1__0\n", b"x = 1e\n", b"x = 1e+\n", b"x = 1.e_1\n",
    b"x = 1abc\n", b"x = 0x1g\n", b"x = 1jx\n", b"x = 0b1a\n", b"x = 0o7x\n",
    b"x = 'abc\n", b"x = 'abc\\'\n", b"x = '''abc\n\n", b"x = \"\"\"\n", b"x = 'a\\\n",
    b"x = (1,\n", b"x = [1,\n  2,\n", b"x = {\n", b"x = (]\n", b"x = (\n]\n", b"x = )\n", b"x = }\n",
    b"if x:\n  a\n b\n", b"if x:\n\ta\n        b\n", b"if x:\n        a\n\tb\n",
    b"x = 1 \\ y\n", b"x = 1 \\", b"x = 1 +\\\n", b"x = (1 \\\n",
    b"x = ub''\n", b"x = bu''\n", b"x = ur''\n", b"x = fb''\n", b"x = tb''\n", b"x = ft''\n", b"x = uf''\n",
    b"x = f'{'\n", b"x = f'}'\n", b"x = t'{a'\n", b"x = f'{a!r'\n", b"x = f'abc\n", b"x = f'''abc\n",
    b"x = t'''{\n", b"x = f'{)}'\n", b"x = f'{a:{b:{c:{d}}}}'\n", b"x = f'{x:{'\n", b"f'{\"a'\n",
    b"x = a\x01\n", b"x = \x7f\n", b"x = a\xe2\x82\xac\n", b"x = \xe2\x82\xac\n", b"x = a\xc2\xa0b\n",
    b"x = 'a'\0\n", b"x = 1\ny = 2\0\n", b"\0",
    b"x = '\xff'\n", b"x = 1\n# \xc3\xa9 \xff\n", b"# coding: foo\nx = 1\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", b"\xef\xbb\xbf\n# coding: latin-1\n",
    b"# coding: ascii\nx = 1\ny = '\xc3\xa9'\n",
    b"".join(b" " * i + b"if x:\n" for i in range(101)),
    b"x = " + b"(" * 201 + b")" * 201 + b"\n",
    b"s = 'abc' 'def\n",
    "αβγδ = 00010\n".encode(), "αβγδ = ub'a'\n".encode(), b"x = f'{a:\n}'\n",
    b"x = [\n  1,\n", b"if x:\n  y\n\tz\n",
    b"f'{x # c\n\\ y}'\n", b"xx\\\n[\\\xc3\xa9else\n", b"xx \\\n  \\\n  [\\ else\n", b"x = 1 + \\\n 3 \\ 4\n",
]


def _reference_dumps(paths):
    proc = run_reference([REFERENCE_RUNNER, "tokens"], input=json.dumps(paths).encode())
    return [tuple(r[:3]) for r in json.loads(proc.stdout)]


def _write(tmp_path, sources):
    paths = []
    for i, source in enumerate(sources):
        path = tmp_path / f"case{i}.py"
        path.write_bytes(source)
        paths.append(str(path))
    return paths


def test_dump_matches_tokenize_module(tmp_path):
    paths = _write(tmp_path, GOOD + BAD)
    for path, source, theirs in zip(paths, GOOD + BAD, _reference_dumps(paths)):
        assert render("tokens", path) == theirs, source


def test_dump_matches_on_corpus_sample():
    paths = sample(corpus_files(), 15)
    for path, theirs in zip(paths, _reference_dumps(paths)):
        assert render("tokens", path) == theirs, path


_COMPILE_ERRORS = """
import json, sys
out = []
for source in json.load(sys.stdin):
    try:
        compile(source.encode('latin-1'), '<case>', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno,
                    e.end_offset])
print(json.dumps(out))
"""


def _our_error(source):
    return _our_error_in(source, "<case>")


def _our_error_in(source, filename):
    try:
        for _ in tokenize(source, filename):
            pass
    except CompileError as e:
        return [e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]
    return None


def test_errors_match_compile():
    """Every BAD source fails in the tokenizer before the parser could object: same error."""
    proc = run_reference(["-c", _COMPILE_ERRORS], input=json.dumps([s.decode("latin-1") for s in BAD]).encode())
    for source, theirs in zip(BAD, json.loads(proc.stdout)):
        assert theirs is not None, source
        assert _our_error(source) == theirs, source


_PARSER_TOKENS = """
import json, sys, _tokenize
out = []
for source in json.load(sys.stdin):
    lines = iter(source.encode('latin-1').splitlines(keepends=True))
    tokens = []
    try:
        for t in _tokenize.TokenizerIter(lambda: next(lines), extra_tokens=False, encoding='utf-8'):
            tokens.append([t[0], t[1], t[2][0], t[2][1], t[3][0], t[3][1]])
    except SyntaxError as e:
        tokens.append(e.msg)
    out.append(tokens)
print(json.dumps(out))
"""


def _character_columns(token):
    """Our byte columns as characters, as _tokenize reports them."""
    lines = token.line.encode().split(b"\n")
    start = len(lines[0][:token.col_offset].decode()) if token.col_offset >= 0 else -1
    last = lines[token.end_lineno - token.lineno]
    end = len(last[:token.end_col_offset].decode()) if token.end_col_offset >= 0 else -1
    return start, end


def test_parser_mode_tokens_match_the_c_tokenizer():
    sources = [s for s in GOOD if b"\r" not in s and not s.startswith((b"\xef", b"#")) and s.strip()]
    sources.append(Path(sample(corpus_files(), 3)[1]).read_bytes())
    proc = run_reference(["-c", _PARSER_TOKENS], input=json.dumps([s.decode("latin-1") for s in sources]).encode())
    for source, theirs in zip(sources, json.loads(proc.stdout)):
        ours = []
        try:
            for token in tokenize(source):
                start, end = _character_columns(token)
                string = "" if token.type == T.NEWLINE else token.string
                ours.append([token.type, string, token.lineno, start, token.end_lineno, end])
        except CompileError as e:
            ours.append(e.msg)
        theirs = [t if isinstance(t, str) else [t[0], "" if t[0] == T.NEWLINE else t[1], *t[2:]]
                  for t in theirs]
        # the messages differ for the errors that pegen, not the tokenizer, words
        assert isinstance(ours[-1], str) == isinstance(theirs[-1], str), source
        assert ours[:-1] == theirs[:-1], source


_COMPILE_FILES = """
import json, sys
out = []
for path in json.load(sys.stdin):
    try:
        compile(open(path, 'rb').read(), path, 'exec')
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset])
print(json.dumps(out))
"""


def test_errors_pegen_words_reread_the_file(tmp_path):
    """Like CPython, a pegen-worded error shows the line as the file has it (no added newline)."""
    sources = [b"x = (1,", b"x = [1,\n\n", b"x = 1 \\", b"if x:\n  y\n z", b"x = 1 \\ y"]
    paths = _write(tmp_path, sources)
    proc = run_reference(["-c", _COMPILE_FILES], input=json.dumps(paths).encode())
    for source, path, theirs in zip(sources, paths, json.loads(proc.stdout)):
        assert _our_error_in(source, path) == theirs, source


def test_tokens_are_produced_lazily():
    tokens = tokenize(b"x = 1\ny = 'unterminated\n")
    assert [next(tokens).string for _ in range(4)] == ["x", "=", "1", ""]
    with pytest.raises(CompileError, match="unterminated string literal"):
        list(tokens)


def test_parser_mode_columns_are_utf8_bytes():
    token = [t for t in tokenize("é = 'ü'\n") if t.type == T.STRING][0]
    assert (token.col_offset, token.end_col_offset) == (5, 9)
    assert [t.exact_type for t in tokenize("a -> b\n", extra_tokens=True)][:3] == [T.NAME, T.RARROW, T.NAME]


_DEBUG_TEXTS = """
import ast, json, sys
out = []
for source in json.load(sys.stdin):
    tree = ast.parse(source)
    out.append([n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)])
print(json.dumps(out))
"""


def test_fstring_debug_metadata():
    """The text of `{expr=}` (the parser's Constant before the value) rides on the closing token."""
    sources = ["f'{x=}'\n", "f'{x = !r:>10}'\n", "f'{ x+1 =:{w}}'\n", "t'{a.b=}'\n", "f'''{x # c\n=}'''\n"]
    proc = run_reference(["-c", _DEBUG_TEXTS], input=json.dumps(sources).encode())
    for source, theirs in zip(sources, json.loads(proc.stdout)):
        ours = [t.metadata for t in tokenize(source) if t.metadata is not None]
        assert ours[0] == [text for text in theirs if "=" in text][0], source


_TYPE_COMMENTS = """
import ast, json, sys
out = []
for source in json.load(sys.stdin):
    tree = ast.parse(source, type_comments=True)
    comments = [n.type_comment for n in ast.walk(tree) if getattr(n, "type_comment", None)]
    out.append([sorted(comments), [[t.lineno, t.tag] for t in tree.type_ignores]])
print(json.dumps(out))
"""


def test_type_comments():
    sources = [
        "x = 1  # type: int\n",
        "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass  # type: ignore[attr]\n",
        "# type: ignore\nfor x in y:  #type:List[int]\n    pass\n",
        "import a  # type: ignore  \nwith a as b:  # type:\tint\n    pass\nx = 1  # type: ignored\n",
    ]
    proc = run_reference(["-c", _TYPE_COMMENTS], input=json.dumps(sources).encode())
    for source, (comments, ignores) in zip(sources, json.loads(proc.stdout)):
        tokens = list(tokenize(source, type_comments=True))
        assert sorted(t.string for t in tokens if t.type == T.TYPE_COMMENT) == comments, source
        assert [[t.lineno, t.string] for t in tokens if t.type == T.TYPE_IGNORE] == ignores, source


_COMPILE_WARNINGS = """
import json, sys, warnings
out = []
for source in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, "<case>", "exec")
    out.append([[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning])
print(json.dumps(out))
"""


def test_tokenizer_warnings_match_compile():
    sources = ["x = 1if y else 2\n", "x = [0x1for x in y]\n", "x = 1jor 2\n", "x = 1.5e3or 2\n",
               "x = f'\\{y}'\n", "x = f'''\n\\}}'''\n", "x = rf'\\{y}'\n", "x = 0b1and 1\n"]
    proc = run_reference(["-c", _COMPILE_WARNINGS], input=json.dumps(sources).encode())
    for source, theirs in zip(sources, json.loads(proc.stdout)):
        ours = []
        for _ in tokenize(source, "<case>", warnings=ours):
            pass
        assert [[msg, lineno] for msg, lineno in ours] == theirs, source


def test_decode_source():
    assert decode_source(b"# coding: latin-1\nx = '\xe9'\n") == "# coding: latin-1\nx = '\xe9'\n"
    assert decode_source(b"\xef\xbb\xbfx\n") == "x\n"
    with pytest.raises(CompileError, match="unknown encoding: foo"):
        decode_source(b"# coding: foo\n")
