# Code object attributes the compiler produces: names, variables, cells, flags, constants, line table, stack size.
def plain(a, b=1, *args, c, d=2, **kw):
    x = a + b
    return x
def closure_maker(n):
    m = n * 2
    def inner(k):
        return k + m + n
    return inner
def gen(limit):
    for i in range(limit):
        yield i
async def coro():
    return 1
async def agen():
    yield 1
def uses_globals():
    return len(GLOBAL_NAME) + max(1, 2)
GLOBAL_NAME = "abc"
lam = lambda y: y * 2
def with_docstring():
    "The docstring."
    return None
def nested_comprehension(data):
    return [x * y for x in data for y in data if x != y]
FLAG_NAMES = {0x1: "OPTIMIZED", 0x2: "NEWLOCALS", 0x4: "VARARGS", 0x8: "VARKEYWORDS", 0x10: "NESTED", 0x20: "GENERATOR",
              0x80: "COROUTINE", 0x100: "ITERABLE_COROUTINE", 0x200: "ASYNC_GENERATOR", 0x4000000: "HAS_DOCSTRING",
              0x8000000: "METHOD"}
def flags(code):
    return [name for bit, name in FLAG_NAMES.items() if code.co_flags & bit]
for fn in (plain, closure_maker, closure_maker(1), gen, coro, agen, uses_globals, lam, with_docstring, nested_comprehension):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print("   varnames", c.co_varnames, "cellvars", c.co_cellvars, "freevars", c.co_freevars, "names", c.co_names)
    print("   flags", flags(c), "firstlineno", c.co_firstlineno, "stacksize", c.co_stacksize)
    print("   consts", [k if not hasattr(k, "co_name") else "<code " + k.co_name + ">" for k in c.co_consts])
    print("   lines", sorted({line for _, _, line in c.co_lines() if line is not None}), "code bytes", len(c.co_code))
module_code = compile("x = 1\ny = x + 2\ndef f(): pass\nclass C: pass\n", "<mod>", "exec")
print(module_code.co_name, module_code.co_names, [k if not hasattr(k, "co_name") else k.co_name for k in module_code.co_consts], flags(module_code))
expr_code = compile("a * b + 1", "<expr>", "eval")
print(expr_code.co_names, expr_code.co_consts, expr_code.co_stacksize, len(expr_code.co_code), list(expr_code.co_lines()))
print(plain.__code__.replace(co_name="renamed").co_name, plain.__code__ == plain.__code__, type(plain.__code__).__name__)
positions = list(uses_globals.__code__.co_positions())
print(len(positions), positions[-1], all(len(p) == 4 for p in positions))
