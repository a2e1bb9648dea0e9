"""Roots for tests/isolation_walk.py: the objects a guest program can get its hands on
without any import but sys (builtins, frames, functions, generators, coroutines, exceptions raised by
host code, classes, descriptors, iterators, views, templates, type parameters), collected in ROOTS."""
import sys
import builtins
ROOTS = [("builtins", builtins), ("sys", sys), ("__builtins__", __builtins__)]
def f(a, b=1, *, c=2):
    x = a
    def g():
        return x
    return g
ROOTS.append(("f", f))
ROOTS.append(("closure", f(1)))
ROOTS.append(("frame", sys._getframe()))
def gen():
    yield sys._getframe()
    yield 2
g = gen()
ROOTS.append(("gen", g))
ROOTS.append(("genframe", next(g)))
async def co():
    return 1
c = co()
ROOTS.append(("coroutine", c))
async def agen():
    yield 1
ROOTS.append(("asyncgen", agen()))
for label, make in [("zde", lambda: 1/0), ("keyerror", lambda: {}[1]), ("pop", lambda: [].pop()),
                    ("int", lambda: int("x")), ("add", lambda: "a" + 1), ("index", lambda: [].index(3)),
                    ("next", lambda: next(iter([]))), ("iter", lambda: iter(5)), ("hash", lambda: hash([])),
                    ("attr", lambda: object().x), ("sorted", lambda: sorted([1, "a"])),
                    ("join", lambda: "".join([1])), ("bytes", lambda: bytes(-1)), ("chr", lambda: chr(-1)),
                    ("key", lambda: sorted([1, 2], key=lambda v: 1/0)), ("fmt", lambda: format(1, "q")),
                    ("recursion", lambda: (lambda h: h(h))(lambda h: h(h))),
                    ("eg", lambda: (_ for _ in ()).throw(ExceptionGroup("m", [ValueError(1)]))),
                    ("unicode", lambda: b"\xff".decode()), ("os", lambda: OSError(2, "x", "f")),
                    ("import", lambda: __import__("nope")), ("setattr", lambda: setattr(1, "x", 1))]:
    try:
        make()
    except BaseException as e:
        ROOTS.append(("exc_" + label, e))
class A:
    """doc"""
    __slots__ = ("s",)
    @property
    def p(self): return 1
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
    def m(self): return super()
class B(dict):
    pass
a = A()
ROOTS += [("A", A), ("a", a), ("B", B), ("b", B()), ("super", a.m()),
          ("object_subclasses", object.__subclasses__()),
          ("tuple_mro", ().__class__.__base__.__subclasses__()),
          ("iters", [iter([]), iter(()), iter(""), iter("é"), iter(b""), iter({}), iter(set()),
                     iter(range(3)), reversed([]), map(int, []), filter(None, []), zip(), enumerate([]),
                     {}.keys(), {}.values(), {}.items(), iter(lambda: 1, 1), iter(bytearray())]),
          ("views", [memoryview(b"ab"), int.__dict__, vars(int), type.__dict__, list[int], int | str]),
          ("bound", [[].append, print, len, "".join, (1).__add__, object.__init__, A.m, a.m, int.__add__]),
          ("values", [1, 1.5, 2j, "s", b"b", bytearray(), True, None, NotImplemented, ..., range(2), slice(1)]),
          ("misc", [property(lambda s: 1), staticmethod(f), classmethod(f), super(int, 1), type, object]),
          ]
def tfun[T: int, *Ts, **P](): pass
type Alias[K] = list[K]
ROOTS += [("typeparams", tfun.__type_params__), ("alias", Alias)]
name = "x"
ROOTS.append(("template", t"a{name!r:>3}b"))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    ROOTS.append(("except_star", e))
except* TypeError:
    pass
ROOTS.append(("modules", sys.modules))

# What class creation hands to guest hooks: the namespace, bases, __set_name__'s owner,
# __init_subclass__'s class, a descriptor's __get__ arguments.
captured = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        ns = super().__prepare__(name, bases)
        captured.append(ns)
        return ns
    def __new__(mcls, name, bases, ns, **kwargs):
        captured.append((bases, kwargs))
        return super().__new__(mcls, name, bases, ns)
class Hook(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        captured.append((cls, kwargs))
class Desc:
    def __set_name__(self, owner, name):
        captured.append((owner, name))
    def __get__(self, obj, owner=None):
        captured.append((obj, owner))
        return self
class Child(Hook, flag=1):
    d = Desc()
    __slots__ = ("s",)
Child.d
captured.append(__build_class__(lambda: None, "Direct"))
ROOTS += [("captured", captured), ("Child", Child), ("Meta", Meta)]

# Suspended generators and coroutines, and the awaitables of async generators.
def inner():
    yield 1
def outer():
    yield from inner()
o = outer()
next(o)
class Awaitable:
    def __await__(self):
        return iter([1])
async def waiting():
    await Awaitable()
w = waiting()
w.send(None)
async def agen2():
    yield 1
ag = agen2()
ROOTS += [("yield_from", o), ("waiting", w), ("agen_parts", [ag.asend(None), ag.athrow(ValueError),
          ag.aclose(), anext(ag), anext(ag, 1), aiter(ag), ag.__anext__()])]

# Exception groups split, handled-exception state, namespaces.
eg = ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2)])])
ROOTS += [("eg_split", eg.split(ValueError)), ("eg_subgroup", eg.subgroup(TypeError)),
          ("eg_derive", eg.derive([KeyError(3)]))]
try:
    raise KeyError("k") from OSError(2, "no such file", "f")
except KeyError:
    ROOTS += [("exc_info", sys.exc_info()), ("exception", sys.exception())]
ROOTS += [("globals", globals()), ("locals", locals()), ("vars", vars()), ("dir", dir()),
          ("memoryview", [memoryview(b"ab").cast("c"), memoryview(bytearray(b"ab")).toreadonly()]),
          ("template_parts", t"x{name}".interpolations), ("implementation", sys.implementation)]

# Every method a builtin value has, called without arguments on a fresh sample.
def samples():
    return [5, 2.5, 3j, "ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), {1: 2}, {1}, frozenset({1}),
            range(3), slice(1, 2), memoryview(b"ab"), True, None, NotImplemented, ..., iter([1]),
            {1: 2}.keys(), {1: 2}.items(), map(abs, [1]), zip([1]), enumerate([1]), reversed([1])]
called = []
for index, prototype in enumerate(samples()):
    for attribute in dir(prototype):
        try:
            called.append(getattr(samples()[index], attribute)())
        except BaseException as e:
            called.append(e)
ROOTS.append(("called", called))

# Every built-in module there is.
for module_name in sys.builtin_module_names:
    ROOTS.append((module_name, __import__(module_name)))

# Every type there is, called and instantiated bare: what half-made objects and argument
# errors look like.
every_type = []
todo = [object]
while todo:
    cls = todo.pop()
    if cls in every_type:
        continue
    every_type.append(cls)
    todo.extend(type.__subclasses__(cls))
constructed = []
for cls in every_type:
    for make in (lambda: cls(), lambda: object.__new__(cls), lambda: cls.__new__(cls)):
        try:
            constructed.append(make())
        except BaseException as e:
            constructed.append(e)
ROOTS.append(("constructed", constructed))

# A module and a package imported from files (sys.argv[1] is a directory holding them).
if len(sys.argv) > 1:
    sys.path.insert(0, sys.argv[1])
    import walked_module, walked_package.sub
    ROOTS += [("file_module", walked_module), ("package", walked_package),
              ("submodule", walked_package.sub)]
