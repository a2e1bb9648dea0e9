# globals(), locals() and vars() snapshots (PEP 667 semantics in functions), exec into dicts, builtins namespace.
g_value = 1
print(sorted(k for k in globals() if not k.startswith("__")), globals()["g_value"], locals() is globals())
globals()["created_via_globals"] = "yes"
print(created_via_globals)
def f(a, b=2):
    c = a + b
    snap = locals()
    snap["c"] = 999
    d = "later"
    return sorted(snap), c, sorted(locals())
print(f(1))
def closure_locals():
    free = "captured"
    def inner():
        x = 1
        return sorted(locals().items())
    return inner()
print(closure_locals())
def modify_via_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_via_locals())
class K:
    a = 1
    ns = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(K.ns, sorted(k for k in vars(K) if not k.startswith("__")))
def exec_locals():
    ns = {}
    exec("y = 5\nz = y * 2", globals(), ns)
    return ns
print(exec_locals())
def comprehension_locals():
    outer = 1
    return [sorted(locals()) for item in range(1)]
print(comprehension_locals())
def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen_locals()))
print(type(__builtins__).__name__, "len" in dir(__builtins__), __name__, "__file__" in globals(), "__spec__" in globals())
print(sorted(k for k in globals() if k.startswith("__") and k not in ("__file__", "__cached__")))
print(vars() is globals(), eval("g_value + 1"), eval("a_local", {}, {"a_local": 41}))
