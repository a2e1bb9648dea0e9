# The order in which builtins call back into guest code: zip/map pulling, min/max key calls, sorted key calls, dict().
log = []
class Tracer:
    def __init__(self, name, values):
        self.name, self.values = name, list(values)
    def __iter__(self):
        log.append(f"iter {self.name}")
        return self
    def __next__(self):
        if not self.values:
            log.append(f"stop {self.name}")
            raise StopIteration
        v = self.values.pop(0)
        log.append(f"next {self.name}->{v}")
        return v
def flush(label):
    print(label, log)
    log.clear()
print(list(zip(Tracer("a", [1, 2]), Tracer("b", [3]), Tracer("c", [5, 6]))))
flush("zip")
print(list(map(lambda *a: sum(a), Tracer("a", [1, 2]), Tracer("b", [10]))))
flush("map")
def key(x):
    log.append(f"key {x}")
    return -x
print(sorted([3, 1, 2], key=key), min([3, 1, 2], key=key), max(3, 1, 2, key=key))
flush("keys")
print(list(enumerate(Tracer("e", "xy"), 5)), list(reversed([1, 2])), sum(Tracer("s", [1, 2])))
flush("enumerate/sum")
a, *b = Tracer("u", [1, 2, 3])
flush("star unpack")
try:
    x, y = Tracer("u2", [1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
flush("unpack too many")
print(dict(Tracer("d", [("k", 1), ("j", 2)])), set(Tracer("st", [1])), "".join(Tracer("j", ["a", "b"])))
flush("constructors")
print(any(Tracer("any", [0, 1, 2])), all(Tracer("all", [1, 0, 2])))
flush("any/all")
print(list(filter(None, Tracer("f", [0, 1]))), [x for x in Tracer("lc", [1]) if log.append("cond") is None])
flush("filter/listcomp")
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(f"{self.v}<{other.v}")
        return self.v < other.v
    def __gt__(self, other):
        log.append(f"{self.v}>{other.v}")
        return self.v > other.v
    def __repr__(self):
        return f"C{self.v}"
print(max([Cmp(1), Cmp(3), Cmp(2)]), min([Cmp(2), Cmp(1), Cmp(3)]))
flush("max/min comparisons")
print(sorted([Cmp(2), Cmp(1), Cmp(3)]))
flush("sort comparisons")
class EqLog:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append(f"eq {self.v} {getattr(other, 'v', other)}")
        return self.v == getattr(other, "v", other)
    __hash__ = None
print([1, 2, 3].index(EqLog(2)), EqLog(3) in [1, 2, 3], [EqLog(1), EqLog(2)] == [EqLog(1), EqLog(5)])
flush("equality")
def arg(name):
    log.append(name)
    return name
print(max(arg("x"), arg("y"), key=lambda s: log.append("key " + s) or s))
flush("arguments before keys")
