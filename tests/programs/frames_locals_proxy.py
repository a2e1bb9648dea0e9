# frame.f_locals under PEP 667: a write-through FrameLocalsProxy in functions (mapping methods,
# repr, order, cells and free variables, hidden comprehension variables, errors), the namespace
# dict itself at module and class level, and locals() as a snapshot in functions.
import sys


def show(f):
    try:
        print("ok:", f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def basic():
    a = 1
    b = "two"
    unbound_later = None
    del unbound_later
    proxy = sys._getframe().f_locals
    print(type(proxy).__name__, type(proxy).__module__, type(proxy).__qualname__)
    print(repr(proxy), str(proxy))
    print(len(proxy), list(proxy), list(proxy.keys()), list(proxy.values()), list(proxy.items()))
    print("a" in proxy, "unbound_later" in proxy, "zzz" in proxy, 1 in proxy)
    print(proxy["a"], proxy.get("b"), proxy.get("zzz"), proxy.get("zzz", "dflt"))
    show(lambda: proxy["zzz"])
    show(lambda: proxy["unbound_later"])
    show(lambda: proxy[1])
    show(lambda: proxy.get(1))
    proxy["a"] = 10
    print("a after write:", a)
    proxy["unbound_later"] = "now bound"
    print("rebound:", unbound_later)
    proxy["extra"] = "not a local"
    print("extra in proxy:", "extra" in proxy, proxy["extra"], len(proxy), list(proxy))
    show(lambda: proxy.__setitem__(5, "int key"))
    print(sorted(map(str, proxy)), proxy[5] if 5 in proxy else None)
    show(lambda: proxy.__delitem__("a"))
    show(lambda: proxy.__delitem__("extra"))
    show(lambda: proxy.__delitem__("extra"))
    show(lambda: proxy.__delitem__("nothing"))
    show(lambda: proxy.pop("a"))
    show(lambda: proxy.pop("nothing"))
    show(lambda: proxy.pop("nothing", "default"))
    proxy["gone"] = 1
    show(lambda: proxy.pop("gone"))
    show(lambda: proxy.pop())
    print(proxy.setdefault("a", 99), proxy.setdefault("fresh", 42), proxy["fresh"])
    show(lambda: proxy.update({"b": "updated"}, c=3))
    proxy.update({"b": "updated", "c": 3})
    print(b, proxy["c"])
    show(lambda: proxy.update(1))
    show(lambda: proxy.update([("b", 1)]))
    show(lambda: proxy.update({}, {}))
    copy = proxy.copy()
    print(type(copy).__name__, sorted(k for k in copy if isinstance(k, str)))
    print(type(proxy | {"z": 1}).__name__, ({"z": 1} | proxy)["a"])
    merged = proxy
    merged |= {"b": "ior"}
    print(merged is proxy, b)
    show(lambda: proxy | 1)
    print(list(reversed(proxy))[:3])
    show(lambda: proxy == {})
    print(proxy == dict(proxy), proxy != {}, dict(proxy) == proxy)
    show(lambda: hash(proxy))
    show(lambda: proxy < proxy)
    show(lambda: proxy.clear())
    show(lambda: proxy.popitem())
    show(lambda: type(proxy)())
    show(lambda: type(proxy)(1))
    show(lambda: type(proxy)(sys._getframe()) == proxy)
    show(lambda: bool(proxy))


basic()


def cells_and_free():
    cell_var = "cell"
    other = 0

    def inner():
        nonlocal other
        free_proxy = sys._getframe().f_locals
        print("inner proxy:", list(free_proxy), free_proxy["cell_var"])
        free_proxy["cell_var"] = "changed from inner"
        free_proxy["other"] = 5
        return cell_var

    print(inner(), cell_var, other)
    proxy = sys._getframe().f_locals
    print(list(proxy))
    proxy["cell_var"] = "set via proxy"
    print(inner(), cell_var)


cells_and_free()


def cell_unbound():
    proxy = sys._getframe().f_locals
    print("before:", "late" in proxy, list(proxy))
    show(lambda: proxy["late"])
    late = 1
    print("after:", "late" in proxy, proxy["late"])
    return lambda: late


cell_unbound()


def comprehension_hidden():
    outer_value = 1
    result = [(sorted(sys._getframe().f_locals), item) for item in range(2)]
    print(result)
    proxy = sys._getframe().f_locals
    print(list(proxy))
    print([proxy.get("item") for item in range(1)])
    print([list(locals()) for item in "x"])


comprehension_hidden()


def snapshot():
    x = 1
    snap = locals()
    snap["x"] = 2
    print(type(snap).__name__, x, snap["x"], locals()["x"], locals() is locals())
    proxy = sys._getframe().f_locals
    print(proxy is sys._getframe().f_locals, proxy == sys._getframe().f_locals)
    y = 3
    print(sorted(snap), "y" in proxy)


snapshot()


def args_kinds(pos, /, normal, *args, kw, **kwargs):
    proxy = sys._getframe().f_locals
    print(list(proxy.items()))
    proxy["args"] = ("replaced",)
    proxy["kwargs"] = {}
    return args, kwargs


print(args_kinds(1, 2, 3, kw=4, extra=5))


def generator_frame():
    value = "gen"
    yield sys._getframe().f_locals
    value = "changed"
    yield None


g = generator_frame()
gen_proxy = next(g)
print(type(gen_proxy).__name__, dict(gen_proxy))
gen_proxy["value"] = "from outside"
print(gen_proxy["value"], g.gi_frame.f_locals["value"])
next(g)
print(gen_proxy["value"])
g.close()

print("module:", type(sys._getframe().f_locals).__name__, sys._getframe().f_locals is globals())
print(locals() is globals(), sys._getframe().f_locals is locals())


class Body:
    before = 1
    ns = sys._getframe().f_locals
    print("class:", type(ns).__name__, sorted(ns))
    ns["injected"] = "yes"
    same = locals() is ns


print(Body.injected, Body.same)


def through_exec():
    namespace = {"sys": sys}
    exec("x = 1\nframe_locals = sys._getframe().f_locals", namespace)
    print(namespace["frame_locals"] is namespace)
    local_ns = {}
    exec("y = 2\nfl = sys._getframe().f_locals", {"sys": sys}, local_ns)
    print(local_ns["fl"] is local_ns)


through_exec()


def lambda_locals():
    return (lambda p, q=2: sorted(sys._getframe().f_locals.items()))(1)


print(lambda_locals())


def proxy_outlives_frame():
    z = "kept"
    return sys._getframe().f_locals


dead = proxy_outlives_frame()
print(dict(dead), len(dead))
dead["z"] = "written after return"
print(dead["z"])


def order_with_extras():
    first = 1
    proxy = sys._getframe().f_locals
    proxy["zz_extra"] = 0
    proxy["aa_extra"] = 0
    second = 2
    print(list(proxy))
    print(list(reversed(proxy)))


order_with_extras()
