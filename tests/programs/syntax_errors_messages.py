# Compile-time errors reported by compile(): message, line, offset and end positions for many mistakes.
snippets = [
    "x = = 1", "1 = x", "f() = 1", "del f()", "(a, b) += 1", "x +", "print 'hello'", "if x\n    pass", "def f(a, a): pass",
    "def f(a=1, b): pass", "lambda: (yield)", "return", "break", "continue", "yield 1", "await x", "nonlocal x",
    "def f():\n    global x\n    x = 1\n    global x", "def f(x):\n    global x", "class A:\n    nonlocal y",
    "a = 1 +* 2", "for in range(3): pass", "while True print(1)", "x = [1, 2", "x = (1, 2]", "x = {1: 2, 3}", "'abc",
    '"""never closed', "f(**x, *y)", "f(x for x in y, 1)", "f(a=1, a=2)", "f(a=1, 2)", "import", "from x import",
    "try:\n    pass", "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", "else: pass", "x := 1", "(x := 1) = 2",
    "[x for x in range(3) if y := x]", "def f(*): pass", "def f(**k, a): pass", "def f(*, **k): pass", "a b c", "1a = 2",
    "0777", "1__000", "0b102", "0x", "1.2.3", "x = 'a' 'b' f'{'", "f'{}'", "f'{x!z}'", "f'{x=!}'", "match x:\n    case 1 +:\n        pass",
    "match x:\n    case {**r, 'a': 1}:\n        pass", "match x:\n    case a | b:\n        pass", "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "async def f():\n    yield from x", "def f():\n    x = 1\n    nonlocal x", "class C(x for x in y): pass", "@\ndef f(): pass",
    "x = *a", "*a = 1", "a, *b, *c = d", "del *a", "print(*)", "True = 1", "None += 1", "__debug__ = 1", "def f(None): pass",
    "x.None = 1", "with open() as 1: pass", "for 1 in x: pass", "if True:\npass", "  x = 1", "if 1:\n  a\n    b", "if 1:\n    a\n  b",
    "\tif 1:\n  \tpass", "x = 1 if 2", "x = yield = 1", "def f[T, T](): pass", "type X[T] = T; type Y = yield", "a[1:2:3:4]",
    "lambda x=1, y: x", "f(x,, y)", "x = (", ")", "'\\N{nonexistent}'", "b'é'", "u'' b''", "''' '''.x", "print(f'{1:{2:{3}}}')",
]
for src in snippets:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{src!r}\n    {type(e).__name__}: {e.msg} | {e.lineno}:{e.offset} -> {e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print(f"{src!r}\n    compiles")
