# A SyntaxError from compile() caught and shown, then one left uncaught (its caret display).
sources = ["x = = 1", "def f(:\n    pass", "print('unclosed", "a = (1, 2", "return 5", "1 +", "for x in range(3):\nprint(x)"]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
code = compile("value = 6 * 7", "<ok>", "exec")
namespace = {}
exec(code, namespace)
print(namespace["value"])
exec("result = [1, 2,, 3]")
