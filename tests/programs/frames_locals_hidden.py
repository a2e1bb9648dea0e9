# f_locals and locals() while an inlined comprehension (PEP 709) runs at module level, in a
# class body and in a function; exec/eval default namespaces taken from there.
import sys

top = 1
print([sorted(sys._getframe().f_locals) for x in [1]])
print([type(sys._getframe().f_locals).__name__ for x in [1]])
print([sorted(k for k in locals() if not k.startswith("__")) for x in [1]])
print([locals() is globals() for x in [1]], locals() is globals())
print([eval("x + top") for x in [10]])
print([sys._getframe().f_locals.get("top", "absent") for x in [1]])


class C:
    y = 2
    print([sorted(sys._getframe().f_locals) for x in [1]])
    print([sorted(locals()) for x in [1]])
    print(sorted(k for k in locals() if not k.startswith("__")))


def f():
    a = 1
    p = sys._getframe().f_locals
    print([sorted(p) for x in [1]], [sorted(sys._getframe().f_locals) for x in [1]])
    q = [p for x in [1]][0]
    print(sorted(q))
    p["x"] = 5
    print(sorted(p), p["x"], p.get("x"), [p["x"] for x in [7]])
    exec("a = 99; b = 3")
    print(a, "b" in locals())
    namespace = {}
    exec("c = a + 1", None, namespace)
    print(namespace)
    print(eval("a + x", {}, sys._getframe().f_locals))


f()
