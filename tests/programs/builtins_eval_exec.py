# eval/exec/compile: expressions vs statements, globals/locals dicts, builtins access, modes, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("len('abc')"), eval(" 5 "))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
loc = {}
exec("z = 10", {}, loc)
print(loc)
code = compile("3 ** 4", "<expr>", "eval")
print(eval(code), code.co_filename, code.co_name, type(code).__name__)
single = compile("print('single mode')", "<single>", "single")
exec(single)
exec(compile("for i in range(2): print('loop', i)", "<exec>", "exec"))
show(lambda: eval("a = 1"))
show(lambda: eval("1 +"))
show(lambda: exec("def"))
show(lambda: eval("undefined_thing"))
show(lambda: eval(5))
show(lambda: exec("x", 5))
show(lambda: compile("x", "f", "bogus"))
show(lambda: eval("__import__", {"__builtins__": {}}))
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}), eval("True"), eval("[i * 2 for i in range(3)]"))
g = {"counter": 0}
exec("counter += 5", g)
exec("counter *= 2", g)
print(g["counter"])
def uses_locals():
    v = "in function"
    return eval("v"), eval("v + w", {"w": "!"}, {"v": "custom"})
print(uses_locals())
show(lambda: exec("return 1"))
show(lambda: exec("yield 1"))
show(lambda: compile("x = (", "<paren>", "exec"))
show(lambda: compile("  indented", "<indent>", "exec"))
show(lambda: compile("if True:\nx = 1", "<noindent>", "exec"))
show(lambda: compile("\0", "<nul>", "exec"))
show(lambda: eval("'unterminated"))
show(lambda: eval("1 if True"))
print(eval("(lambda: 7)()"), eval("{'k': [1, 2]}['k'][1]"), exec("None"), eval("''.join(['a', 'b'])"))
print(compile("x = 1", "<s>", "exec").co_consts, compile("1", "<s>", "eval").co_names, eval(compile("[]", "<s>", "eval")))
