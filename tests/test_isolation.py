"""Guest code cannot reach a host object the interpreter did not choose to expose.

Two kinds of tests. The reachability walk (isolation_walk.py over isolation_roots.py) visits
everything reachable from builtins, sys, functions, frames, tracebacks, generators, coroutines,
classes, descriptors, iterators and exceptions raised by host code, and lists every object that
is neither a host value of a mapped type nor one of the interpreter's own. The escape attempts
below are programs run under python3.14 and pyroboros with the same output expected: the
classic `().__class__.__base__.__subclasses__()` walk, str.format's field look-ups, imports of
host or internal modules, and the objects host code hands back.
"""
from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from run_compare import OURS, run_both

HERE = Path(__file__).resolve().parent


def _walk() -> dict:
    done = subprocess.run([sys.executable, str(HERE / "isolation_walk.py"),
                           str(HERE / "isolation_roots.py")], capture_output=True, text=True,
                          timeout=600, cwd=HERE.parent)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def walk() -> dict:
    return _walk()


def test_nothing_reachable_is_a_host_object(walk):
    assert walk["leaks"] == []


def test_the_walk_covers_the_interpreter(walk):
    # every kind of object the roots hold was reached, and many of them
    assert walk["visited"] > 3000
    assert {"list_iterator", "dict_keys", "mappingproxy"} <= set(walk["lazy"])


def test_the_walker_tells_host_objects_from_guest_ones():
    sys.path.insert(0, str(HERE))
    try:
        from isolation_walk import Walker, record_descriptions
    finally:
        sys.path.remove(str(HERE))
    from pyroboros.objects import builtin_types
    from pyroboros.objects.function import Builtin
    from pyroboros.objects.typeobject import HOST_TYPES, MISSING
    walker = Walker(set(HOST_TYPES), record_descriptions())
    for leak in (_walk, int, types, MISSING, ValueError("host"), len, sys._getframe(), [].append):
        assert walker.verdict(leak) is not None, leak
    for guest in (builtin_types.OBJECT, Builtin("f", len), 1, "a", (2.0, None), [], {}, b"",
                  iter([]), {}.keys(), builtin_types.TYPE):
        assert walker.verdict(guest) is None, guest


# Escape attempts: (name, program); each prints the same under python3.14 and pyroboros.
ESCAPES = {
    "subclasses_are_types": """
subs = ().__class__.__base__.__subclasses__()
print(all(isinstance(c, type) for c in subs), object in ().__class__.__mro__)
print([c for c in subs if c.__module__ not in ('builtins', 'types', 'typing', 'string.templatelib')
       and c.__name__ in ('Frame', 'TypeObject', 'Instance', 'GuestProtocol', 'Function')])
""",
    "format_attribute_of_a_function": """
def f(): pass
for spec in ("{0.code}", "{0.globals}", "{0.__init__.__globals__}", "{0.__class__.__module__}",
             "{0.__code__.co_name}", "{0.__globals__[f].__name__}", "{0.__builtins__[len].__name__}"):
    try:
        print(spec, spec.format(f))
    except Exception as e:
        print(spec, type(e).__name__, e)
""",
    "format_attribute_of_an_instance": """
class A:
    def __init__(self): self.x = 5
    def __getattr__(self, name): return 'dynamic ' + name
a = A()
for spec in ("{0.x}", "{0.dict}", "{0.slots}", "{0.__class__}", "{0.__class__.__module__}",
             "{0.__dict__}", "{0[1]}", "{0.x.real!r:>5}", "{v.x}"):
    for call in (lambda s: s.format(a, v=a), lambda s: s.format_map({'v': a, 0: a})):
        try:
            print(spec, call(spec))
        except Exception as e:
            print(spec, type(e).__name__, e)
print("{0.__class__.__mro__} {1[0]!r} {x.imag}".format(1, ['é'], x=2j))
print("{0[a]} {0[b]}".format_map({'a': {'a': 1, 'b': 2}}) if False else "{a}".format_map({'a': 7}))
""",
    "builtin_methods_self": """
import sys, builtins
print([].append.__self__, (1).__add__.__self__, type({}.get.__self__), ''.join.__self__ == '')
print(print.__self__, len.__self__ is builtins, sys.exit.__self__, repr(print), repr(sys.exit),
      __build_class__.__self__, __import__.__self__)
print(int.from_bytes.__self__, str.maketrans.__self__, object.__new__.__self__)
""",
    "descriptor_applied_to_another_type": """
def f(): pass
def g(): yield
gen = g()
for case in ("type(f).__dict__['__code__'].__get__(gen)",
             "type(f).__dict__['__code__'].__set__(gen, f.__code__)",
             "type(f).__dict__['__code__'].__delete__(gen)", "type(gen).send(5, 1)", "type(gen).__dict__['gi_frame'].__get__(f)",
             "type.__dict__['__name__'].__set__(f, 'x')", "type.__dict__['__dict__'].__get__(f)",
             "type.mro(5)", "type.__subclasses__(5)", "type.__getattribute__(5, '__name__')",
             "str.upper(5)", "str.__add__(5, 'a')", "int.__dict__['real'].__get__('a')",
             "BaseException.__dict__['args'].__get__(5)", "BaseException.with_traceback(5, None)",
             "BaseException.__dict__['__traceback__'].__set__(5, None)",
             "type(f.__code__).replace(5)", "type(f.__code__).__dict__['co_name'].__get__(5)",
             "property.__dict__['fget'].__get__(5)", "staticmethod.__dict__['__func__'].__get__(5)",
             "object.__dict__['__class__'].__set__(5, int)", "object.__setattr__(f, 'x', 1) or f.x"):
    try:
        print(case, "->", repr(eval(case)).split(" at ")[0])
    except Exception as e:
        print(case, "!!", type(e).__name__, e)
""",
    "dict_replacement": """
class A: pass
def f(): pass
for obj in (A(), f, ValueError()):
    for value in (5, None):
        try:
            obj.__dict__ = value
            print("set ok")
        except Exception as x:
            print(type(x).__name__, x)
    try:
        del obj.__dict__
        print("deleted", obj.__dict__)
    except Exception as x:
        print(type(x).__name__, x)
    obj.__dict__ = {"q": 1}
    print(obj.q)
""",
    "keywords_named_like_host_parameters": """
class A:
    def __init__(self, **kw): self.kw = kw
    def m(self, **kw): return kw
f = lambda **kw: kw
for case in ("dict(self=1)", "A(self=1).kw", "A().m(self=2)", "f(self=6)", "f(fn=1, args=2, kwargs=3)",
             "print(self=1)", "dict.fromkeys(self=1)", "object.__init_subclass__(self=1)",
             "int.__new__(int, self=1)", "A().m.__call__(self=9)", "type.__call__(A, self=10).kw",
             "str.format('{self}', self=12)", "'{self}-{cls}'.format(self=1, cls=2)",
             "ValueError(self=1)", "type(f)(code=f.__code__, globals={}, name='g').__name__"):
    try:
        print(case, "->", repr(eval(case)).split(" at ")[0])
    except Exception as e:
        print(case, "!!", type(e).__name__, e)
""",
    "adapter_argument_errors": """
for case in ("BaseExceptionGroup.__class_getitem__(self=1)", "bytearray.fromhex(self=1)", "map(cls=1)",
             "enumerate.__class_getitem__(x=1)",
             "float.from_number(x=1)", "object.__subclasshook__(x=1)", "reversed.__new__(reversed, x=1)",
             "UnicodeDecodeError(x=1)", "list[int].__mro_entries__(x=1)"):
    try:
        print(case, "->", eval(case))
    except Exception as e:
        print(case, "!!", type(e).__name__, e)
""",
    "own_type_constructors": """
import sys
def f(a, b=2): return a
F = type(f); M = type(sys); Me = type(f.__get__(1))
for case in ("F()", "F(1)", "F(1, 2)", "F(f.__code__)", "F(f.__code__, 5)", "F(f.__code__, {})(7)",
             "F(f.__code__, {}, 'n').__name__", "F(f.__code__, {}, 5)", "F(f.__code__, {}, None, 5)",
             "F(f.__code__, {}, None, (1,))()", "F(f.__code__, {}, None, None, 5)",
             "F(f.__code__, {}, None, None, None, 5)", "F(code=f.__code__, globals={})",
             "M()", "M(5)", "M('x')", "M('x', 'doc').__doc__", "M(name='x')", "M('x', 'd', 3)",
             "Me()", "Me(f)", "Me(5, 1)", "Me(f, None)", "Me(f, 1)()", "Me(f, 1, 2)", "Me(func=f, self=1)"):
    try:
        print(case, "->", repr(eval(case)).split(" at ")[0])
    except Exception as e:
        print(case, "!!", type(e).__name__, e)
""",
    "host_exceptions_are_guest_exceptions": """
import sys
for make in (lambda: 1 / 0, lambda: {}[1], lambda: [].pop(), lambda: int('x'), lambda: 'a' + 1,
             lambda: sorted([1, 'a']), lambda: ''.join([1]), lambda: b'\\xff'.decode(),
             lambda: sorted([2, 1], key=lambda v: 1 / 0), lambda: setattr(1, 'x', 1)):
    try:
        make()
    except Exception as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, type(e).__module__, frames, type(e.__traceback__).__name__,
              e.__context__, [type(a).__name__ for a in e.args])
""",
    "code_iterators": """
c = (lambda: 0).__code__
for it in (c.co_lines(), c.co_positions(), c.co_branches()):
    print(type(it).__name__, iter(it) is it, type(it).__module__, list(it)[:1])
""",
    "descriptors_and_proxies": """
print(type(type.__dict__).__name__, type(vars(int)['__add__']).__name__,
      type(int.__dict__['real']).__name__, int.__dict__['real'].__objclass__)
print(type({}.keys().mapping).__name__, memoryview(b'ab').obj, property(len).fget)
print(staticmethod(len).__func__, classmethod(len).__func__, super(int, 1).__self__,
      super(int, 1).__thisclass__)
print(type(iter([])).__name__, type(map(len, [])).__name__, type(iter(range(2))).__name__)
""",
}


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_attempt_matches_python314(name, tmp_path):
    (tmp_path / "main.py").write_text(ESCAPES[name].lstrip())
    theirs, ours = run_both(["main.py"], tmp_path)
    assert ours == theirs


@pytest.mark.parametrize("name", ["pyroboros", "pyroboros.vm.eval", "os", "posix", "gc", "_io",
                                  "marshal", "ctypes", "threading"])
def test_host_and_internal_modules_are_not_importable(name, tmp_path):
    """Only the interpreter's own built-in modules import (no standard library yet); a host
    module of the same name must not be handed over."""
    program = (f"try:\n    import {name}\nexcept ModuleNotFoundError as e:\n"
               f"    print(e.name, e)\nelse:\n    print('imported', {name.split('.')[0]})\n")
    done = subprocess.run([*OURS, "-c", program], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120)
    first = name.split(".")[0]
    assert (done.stdout, done.stderr) == (f"{first} No module named '{first}'\n", "")


CLASSIC = """
import sys
found = []
def look(label, obj):
    for name in ("__globals__", "__builtins__", "__code__", "__closure__", "f_globals", "gi_frame"):
        try:
            value = getattr(obj, name)
        except Exception:
            continue
        found.append((label, name, type(value).__name__))
seen = []
todo = [object]
while todo:
    cls = todo.pop()
    if cls in seen:
        continue
    seen.append(cls)
    todo.extend(type.__subclasses__(cls))
    for key, value in list(vars(cls).items()):
        look(f"{cls.__name__}.{key}", value)
        for inner in ("__func__", "fget", "__wrapped__", "__get__", "__call__"):
            try:
                look(f"{cls.__name__}.{key}.{inner}", getattr(value, inner))
            except Exception:
                pass
print(len(seen) > 50, found)
raw = getattr(sys.stdout.buffer, "raw", sys.stdout.buffer)
for attempt in ("__loader__.load_module('os')", "__loader__.get_code('os')", "__import__('os')",
                "sys.modules['os']", "print.__self__.__import__('posix')",
                "raw.__init__('/etc/passwd')", "type(raw)('/etc/passwd')",
                "type(sys.stdout)(sys.stdout.buffer)", "vars(type(sys.stdout))['__init__']",
                "'{0.__init__.__globals__}'.format(sys.exit)",
                "'{0.__self__.__loader__.load_module.__func__.__globals__}'.format(print)"):
    try:
        print(attempt, "->", type(eval(attempt)).__name__)
    except Exception as e:
        print(attempt, "!!", type(e).__name__)
"""


def test_classic_escapes_find_nothing(tmp_path):
    """The sandbox-escape recipes written for CPython: no builtin type's attribute leads to
    a function's globals, no loader loads a host module, no stream type opens a file."""
    done = subprocess.run([*OURS, "-c", CLASSIC], capture_output=True, text=True, cwd=tmp_path,
                          timeout=300)
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0] == "True []"
    assert len(lines) == 12 and all(" !! " in line for line in lines[1:]), lines


DELETIONS = """
import sys
def f(): pass
def g(): yield
class A: pass
try:
    1 / 0
except Exception as e:
    tb = e.__traceback__
def cell():
    x = 1
    return (lambda: x).__closure__[0]
samples = [lambda: (lambda: 0), g, lambda: type("T", (), {}), lambda: ValueError(1), lambda: tb,
           cell, lambda: type(sys)("m"), lambda: StopIteration(3), lambda: OSError(2, "x"),
           lambda: SystemExit(1), lambda: ImportError("m", name="n"), lambda: property(len)]
for make in samples:
    for name in dir(make()):
        obj = make()
        try:
            delattr(obj, name)
        except Exception:
            continue
        try:
            value = getattr(obj, name)
        except (AttributeError, ValueError):   # ValueError: an emptied cell
            continue
        print(type(value).__name__)
        try:
            print(type(vars(obj).get(name)).__name__)
        except TypeError:
            pass
"""


def test_deleted_fields_never_read_back_as_the_unbound_sentinel(tmp_path):
    """Deleting a builtin type's attribute that CPython resets (or refuses to delete) must not
    leave the interpreter's MISSING behind, in the attribute or in the object's __dict__."""
    done = subprocess.run([*OURS, "-c", DELETIONS], capture_output=True, text=True, cwd=tmp_path,
                          timeout=300)
    assert done.stderr == ""
    assert "MISSING" not in done.stdout and done.stdout.count("\n") > 10
