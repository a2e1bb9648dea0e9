# Closures created in loops and class bodies, class-scope visibility, and default-argument capture idioms.
handlers = {}
for name in ("start", "stop", "pause"):
    def handler(event=name):
        return f"handling {event}"
    handlers[name] = handler
print([h() for h in handlers.values()])
late = []
for i in range(3):
    late.append(lambda: i * 10)
print([f() for f in late])
def make(n):
    return lambda: n * 10
early = [make(i) for i in range(3)]
print([f() for f in early])
class Config:
    scale = 3
    values = [1, 2, 3]
    scaled_gen = [v * 2 for v in values]
    def method(self):
        return [v * self.scale for v in self.values]
    lam = lambda self: self.scale
    helper = staticmethod(lambda x: x + 1)
print(Config.scaled_gen, Config().method(), Config().lam(), Config.helper(1))
def outer():
    results = []
    for i in range(3):
        def inner(j=i):
            return i, j
        results.append(inner)
    return [r() for r in results]
print(outer())
def counter_factory():
    counters = []
    for start in (0, 100):
        def make_counter(count=start):
            def step():
                nonlocal count
                count += 1
                return count
            return step
        counters.append(make_counter())
    return counters
c1, c2 = counter_factory()
print(c1(), c1(), c2(), c1(), c2())
class Registry:
    items = []
    def register(fn, items=items):
        items.append(fn.__name__)
        return fn
    @register
    def alpha(self):
        pass
    @register
    def beta(self):
        pass
print(Registry.items)
x = "global"
class Shadow:
    x = "class"
    def get(self):
        return x
    y = x
print(Shadow().get(), Shadow.y)
def func_in_class_scope():
    v = "enclosing"
    class Inner:
        v = "class-level"
        def m(self):
            return v
        w = v
    return Inner().m(), Inner.w
print(func_in_class_scope())
