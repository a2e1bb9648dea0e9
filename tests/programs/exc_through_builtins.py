# Exceptions raised by guest code called from builtins propagate unchanged: keys, dunders, iterators, reprs.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")

class Boom(Exception):
    pass
def bad_key(x):
    if x == 3:
        raise Boom(f"key failed on {x}")
    return x
show("sorted key", lambda: sorted([5, 3, 1], key=bad_key))
show("min key", lambda: min([1, 3], key=bad_key))
show("max key", lambda: max([3], key=bad_key))
show("list.sort key", lambda: [3, 2].sort(key=bad_key))
show("map func", lambda: list(map(bad_key, [1, 2, 3, 4])))
show("filter func", lambda: list(filter(bad_key, [3])))
class BadEq:
    def __eq__(self, other):
        raise Boom("eq failed")
    __hash__ = object.__hash__
show("list.index", lambda: [1, 2].index(BadEq()))
show("list.count", lambda: [1].count(BadEq()))
show("in list", lambda: BadEq() in [1])
show("list.remove", lambda: [1].remove(BadEq()))
show("list ==", lambda: [BadEq()] == [1])
show("tuple ==", lambda: (1, BadEq()) == (1, 2))
class BadHash:
    def __hash__(self):
        raise Boom("hash failed")
show("dict set", lambda: {BadHash(): 1})
show("set add", lambda: set().add(BadHash()))
show("dict get", lambda: {}.get(BadHash()))
show("in set", lambda: BadHash() in {1})
class BadLt:
    def __lt__(self, other):
        raise Boom("lt failed")
show("sorted lt", lambda: sorted([BadLt(), BadLt()]))
show("max lt", lambda: max(BadLt(), BadLt()))
class BadIter:
    def __iter__(self):
        raise Boom("iter failed")
show("list()", lambda: list(BadIter()))
show("tuple()", lambda: tuple(BadIter()))
show("unpack", lambda: exec("a, b = it", {"it": BadIter()}))
show("for loop", lambda: [x for x in BadIter()])
show("sum", lambda: sum(BadIter()))
show("str.join", lambda: "".join(BadIter()))
show("dict()", lambda: dict(BadIter()))
show("zip", lambda: list(zip([1], BadIter())))
def failing_gen():
    yield 1
    raise Boom("generator failed after one")
show("list gen", lambda: list(failing_gen()))
show("sum gen", lambda: sum(failing_gen()))
show("sorted gen", lambda: sorted(failing_gen()))
show("set gen", lambda: set(failing_gen()))
show("enumerate gen", lambda: list(enumerate(failing_gen())))
show("any gen", lambda: any(x > 5 for x in failing_gen()))
show("any short-circuits", lambda: any(x >= 1 for x in failing_gen()))
class BadLen:
    def __len__(self):
        raise Boom("len failed")
show("len", lambda: len(BadLen()))
show("bool via len", lambda: bool(BadLen()))
class BadRepr:
    def __repr__(self):
        raise Boom("repr failed")
show("repr list", lambda: repr([1, BadRepr()]))
show("str dict", lambda: str({"k": BadRepr()}))
show("format !r", lambda: f"{BadRepr()!r}")
show("%r", lambda: "%r" % (BadRepr(),))
class BadIndex:
    def __index__(self):
        raise Boom("index failed")
show("list index", lambda: [1][BadIndex()])
show("range", lambda: range(BadIndex()))
show("hex", lambda: hex(BadIndex()))
class BadGetattr:
    def __getattr__(self, name):
        raise Boom("getattr failed " + name)
show("getattr default", lambda: getattr(BadGetattr(), "x", "default"))
show("hasattr", lambda: hasattr(BadGetattr(), "x"))
class StopInKey:
    pass
def stop_key(x):
    raise StopIteration("stop inside key")
show("StopIteration in map", lambda: list(map(stop_key, [1, 2])))
show("StopIteration in sorted key", lambda: sorted([1, 2], key=stop_key))
def gen_calls_stop():
    yield from map(stop_key, [1])
show("StopIteration in generator via map", lambda: list(gen_calls_stop()))
