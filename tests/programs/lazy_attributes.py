# Lazy attributes via a non-data descriptor that caches in the instance __dict__, plus __getattr__-based lazy loading.
class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print(f"computing {self.name}")
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Report:
    def __init__(self, data):
        self.data = data
    @cached
    def total(self):
        return sum(self.data)
    @cached
    def mean(self):
        return self.total / len(self.data)
r = Report([1, 2, 3, 4])
print(r.mean, r.mean, r.total, sorted(vars(r)))
del r.total
print(r.total, isinstance(Report.total, cached), Report.mean.name)
r.mean = "overridden"
print(r.mean)
class Lazy:
    def __init__(self):
        self.loads = 0
    def __getattr__(self, name):
        if name.startswith("config_"):
            self.loads += 1
            value = name[7:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
lz = Lazy()
print(lz.config_a, lz.config_a, lz.config_b, lz.loads, sorted(vars(lz)))
try:
    lz.other
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    def __init__(self):
        self._count = 0
    @property
    def count(self):
        self._count += 1
        return self._count
c = Counter()
print([c.count for _ in range(3)])
class Once:
    def __init__(self, factory):
        self.factory = factory
        self.value = None
        self.done = False
    def get(self):
        if not self.done:
            self.value = self.factory()
            self.done = True
        return self.value
calls = []
once = Once(lambda: calls.append("made") or len(calls))
print(once.get(), once.get(), calls)
