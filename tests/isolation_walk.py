"""Reachability walker for tests/test_isolation.py: which host objects can guest code reach?

Run as `python isolation_walk.py PROGRAM.py`: the program runs in a fresh pyroboros
interpreter (in this process, as runner.py runs it, with a -W filter and with sys.argv[1] a
directory holding a module and a package to import) and leaves a guest list `ROOTS` of
(label, object) pairs in its globals. The walker then does a breadth-first walk from them
through what a guest can do with an object: every attribute guest `dir()` lists plus the
attributes escape attempts use, the items of containers, and a few calls that hand out new
objects (`__reduce_ex__(n)`, `__subclasses__()`, `iter()`, `keys()`, ...). Every object
reached must be a host value of a type the VM maps on purpose, or one of the interpreter's own
objects; anything else (a host function, type, module, frame or exception, an internal object
such as MISSING) is a leak. The result is one JSON object on stdout: the leaks (path, host
type), the host types first described lazily, and how many objects were visited.
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import threading
import types
from collections import deque
from typing import Any

from pyroboros.cli import parse_command_line

# Host types a guest may hold although the VM did not register them at start-up: the
# iterators, views and proxies host values hand out (CPython has the same types).
LAZY_ALLOWED = {
    "list_iterator", "list_reverseiterator", "tuple_iterator", "range_iterator",
    "longrange_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
    "bytearray_iterator", "set_iterator", "dict_keyiterator", "dict_valueiterator",
    "dict_itemiterator", "dict_reversekeyiterator", "dict_reversevalueiterator",
    "dict_reverseitemiterator", "dict_keys", "dict_values", "dict_items", "mappingproxy",
    "map", "filter", "zip", "enumerate", "reversed", "iterator", "callable_iterator",
    "GenericAlias", "generic_alias_iterator", "memory_iterator",
}
# Attributes escape attempts use that dir() may not list.
EXTRA_NAMES = (
    "__class__", "__dict__", "__self__", "__func__", "__wrapped__", "__objclass__",
    "__module__", "__globals__", "__builtins__", "__closure__", "__code__", "__defaults__",
    "__kwdefaults__", "__traceback__", "__context__", "__cause__", "args", "tb_frame",
    "tb_next", "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "gi_frame",
    "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await", "ag_frame", "ag_code",
    "ag_await", "__mro__", "__base__", "__bases__", "__loader__", "__spec__", "mapping", "obj",
    "fget", "fset", "fdel", "__thisclass__", "__self_class__", "__origin__", "__args__",
    "__parameters__", "__value__", "__bound__", "__constraints__", "__default__", "strings",
    "interpolations", "values", "value", "exceptions", "message", "cell_contents", "buffer",
    "raw", "__notes__", "__orig_bases__", "__type_params__", "loader", "_initializing",
)
# Calls that hand out new objects without side effects on what is walked.
SAFE_CALLS = (
    ("__reduce__", ()), ("__reduce_ex__", (0,)), ("__reduce_ex__", (1,)), ("__reduce_ex__", (2,)),
    ("__reduce_ex__", (3,)), ("__reduce_ex__", (4,)), ("__reduce_ex__", (5,)),
    ("__getstate__", ()), ("__getnewargs__", ()), ("__getnewargs_ex__", ()),
    ("__subclasses__", ()), ("mro", ()), ("__iter__", ()), ("__aiter__", ()), ("keys", ()),
    ("values", ()), ("items", ()), ("co_lines", ()), ("co_positions", ()), ("__await__", ()),
    ("__dir__", ()), ("__sizeof__", ()), ("__init_subclass__", ()), ("__get__", (None, int)),
    ("__mro_entries__", ((),)), ("__class_getitem__", (int,)), ("__or__", (int,)),
)
# The interpreter's own modules are no guest's business (its name alone is in sys.version,
# sys.implementation and the cache tag).
INTERNAL_NAME = re.compile(r"pyroboros[./]|\b(?:Function|Module|Instance|TypeObject|ExcInstance|"
                           r"GuestProtocol|BoundMethod|Builtin|MethodDescriptor|SlotWrapper|"
                           r"GetSet|Frame|Traceback|Generator|Coroutine|Cell|Code)\.\w+\(\)|MISSING")
# Host exceptions that, raised by the interpreter's own Python code, are bugs.
SUSPICIOUS = {AttributeError, KeyError, NameError, UnboundLocalError, AssertionError,
              IndexError}
# Iterators are never advanced: calling __iter__ on one only returns itself.
MAX_OBJECTS = 60_000


def _value_types() -> set[type]:
    return {int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
            range, slice, type(None), type(NotImplemented), type(...), memoryview}


class Walker:
    def __init__(self, allowed: set[type], described: set[type]) -> None:
        from pyroboros.objects.builtin_types import Union
        from pyroboros.objects.exceptions import ExcInstance
        from pyroboros.objects.function import BoundMethod, Builtin, MethodWrapper
        from pyroboros.objects.module import Module
        from pyroboros.objects.instance import GuestProtocol
        from pyroboros.objects.typeobject import HOST_TYPES, TypeObject
        self.allowed = allowed
        self.host_types = HOST_TYPES
        self.guest_protocol = GuestProtocol
        self.type_object = TypeObject
        self.values = _value_types()
        self.scalars = self.values - {list, tuple, dict, set, frozenset}
        self.exception = ExcInstance
        self.fresh = (ExcInstance, BoundMethod, Builtin, MethodWrapper, Union, types.GenericAlias)
        self.fresh_seen: dict[tuple, int] = {}
        self.calls_made: set[tuple] = set()
        self.module = Module
        self.described = described
        self.seen: dict[int, Any] = {}
        self.expanded_value_types: set[type] = set()
        self.leaks: list[tuple[str, str]] = []
        self.lazy: set[str] = set()
        self.suspicious: set[str] = set()
        self.queue: deque = deque()

    def verdict(self, obj: Any) -> str | None:
        """None when a guest may hold obj; else what it is."""
        from pyroboros.objects.typeobject import type_of
        type_of(obj)   # what any guest use of obj does first: a host type is described
        cls = obj.__class__
        if cls in self.values or isinstance(obj, self.type_object):
            return None
        if cls in self.allowed:
            return None
        guest = self.host_types.get(cls)
        if guest is not None and guest.host is None and issubclass(cls, self.guest_protocol):
            return None   # the layout of a class the guest made
        if cls.__name__ in LAZY_ALLOWED and cls.__module__ in ("builtins", "types"):
            self.lazy.add(cls.__name__)
            return None
        if guest is not None and cls.__module__.startswith("pyroboros.") and \
                cls not in self.described:
            return None   # registered by the interpreter itself (a module loaded on demand)
        return f"{cls.__module__}.{cls.__qualname__}"

    def add(self, path: str, obj: Any) -> None:
        if id(obj) in self.seen or len(self.seen) >= MAX_OBJECTS:
            return
        cls = obj.__class__
        if cls is str and INTERNAL_NAME.search(obj):
            self.leaks.append((path, f"internal name in {obj!r:.80}"))
        if cls in self.scalars and cls in self.expanded_value_types:
            return
        if isinstance(obj, self.exception):
            self.check_message(path, obj)
        if isinstance(obj, self.fresh):
            # made anew by each look-up (bound methods, failed look-ups' exceptions, unions):
            # walk a few of each kind
            key = (cls, getattr(obj, "name", None))
            count = self.fresh_seen.get(key, 0)
            if count >= 2:
                return
            self.fresh_seen[key] = count + 1
        self.seen[id(obj)] = obj
        problem = self.verdict(obj)
        if problem is not None:
            self.leaks.append((path, problem))
            return
        self.queue.append((path, obj))

    def walk(self, roots: list) -> None:
        for label, obj in roots:
            self.add(label, obj)
        while self.queue:
            path, obj = self.queue.popleft()
            self.expand(path, obj)

    def expand(self, path: str, obj: Any) -> None:
        cls = obj.__class__
        if cls not in self.values:
            self.add(f"repr({path})", self.call_builtin("repr", obj))
        if isinstance(obj, (tuple, list, set, frozenset)):
            for i, item in enumerate(list(obj)):
                self.add(f"{path}[{i}]", item)
        elif isinstance(obj, (dict, types.MappingProxyType)):
            for key, value in list(obj.items()):
                self.add(f"{path}.key({key!r:.40})", key)
                self.add(f"{path}[{key!r:.40}]", value)
        if cls in self.values or cls in self.described:
            # one value of a host type shows what its attributes lead to
            if cls in self.expanded_value_types:
                return
            self.expanded_value_types.add(cls)
        for name in self.names(obj):
            self.add(f"{path}.{name}", self.attribute(obj, name))
        for name, args in SAFE_CALLS:
            if name == "__iter__" and self.is_iterator(obj):
                continue
            if not isinstance(obj, (self.type_object, self.module)):
                # what these calls hand out depends on the type, not on the instance
                if (cls, name, args) in self.calls_made:
                    continue
                self.calls_made.add((cls, name, args))
            result = self.call(obj, name, args)
            self.add(f"{path}.{name}{args!r}", result)

    def is_iterator(self, obj: Any) -> bool:
        from pyroboros.objects.typeobject import MISSING, lookup, type_of
        return lookup(type_of(obj), "__next__") is not MISSING

    def names(self, obj: Any) -> list[str]:
        from pyroboros.modules.builtins import BUILTINS
        try:
            listed = BUILTINS["dir"](obj)
        except BaseException:
            listed = []
        return [n for n in dict.fromkeys([*listed, *EXTRA_NAMES]) if isinstance(n, str)]

    def attribute(self, obj: Any, name: str) -> Any:
        from pyroboros.runtime import protocol
        try:
            return protocol.getattr_(obj, name)
        except BaseException as exc:
            return self.caught(exc)

    def call_builtin(self, name: str, *args: Any) -> Any:
        from pyroboros.modules.builtins import BUILTINS
        try:
            return BUILTINS[name](*args)
        except BaseException as exc:
            return self.caught(exc)

    def call(self, obj: Any, name: str, args: tuple) -> Any:
        from pyroboros.modules.builtins import BUILTINS
        from pyroboros.runtime import protocol
        args = tuple(BUILTINS["int"] if a is int else a for a in args)
        try:
            method = protocol.getattr_(obj, name)
            return method(*args)
        except BaseException as exc:
            return self.caught(exc)

    def caught(self, exc: BaseException) -> Any:
        """What a guest `except` sees: the eval loop converts a host exception (to_guest).
        A host exception whose type is the mark of a bug in Python code (an internal
        AttributeError, KeyError, ...) is noted, with where it came from."""
        import traceback
        from pyroboros.runtime.errors import to_guest
        if exc.__class__ in SUSPICIOUS and exc.__traceback__ is not None:
            last = traceback.extract_tb(exc.__traceback__)[-1]
            self.suspicious.add(f"{exc.__class__.__name__}: {exc} at "
                                f"{last.filename.rpartition('pyroboros/')[2]}:{last.lineno}")
        return to_guest(exc)

    def check_message(self, path: str, exc: Any) -> None:
        """An exception's text must not name the interpreter's own modules or classes."""
        for arg in getattr(exc, "g_args", ()):
            if isinstance(arg, str) and INTERNAL_NAME.search(arg):
                self.leaks.append((path, f"internal name in message {arg!r:.100}"))


def record_descriptions() -> set[type]:
    """The host types given a guest type on first sight from now on (describe_host_type)."""
    from pyroboros.objects import builtin_types
    described: set[type] = set()
    describe = builtin_types.describe_host_type

    def recording(host: type) -> Any:
        described.add(host)
        return describe(host)

    builtin_types.describe_host_type = recording
    return described


def _main(program: str) -> dict:
    from pyroboros.bytecode.opcodes import MAGIC_NUMBER  # noqa: F401  (the package's import order)
    from pyroboros.compiler import compile_source
    from pyroboros.objects.typeobject import HOST_TYPES
    from pyroboros.runtime.importer import run_code
    from pyroboros.runtime.startup import initialise
    described = record_descriptions()
    modules = tempfile.mkdtemp()
    for name, text in (("walked_module.py", "import sys\ndef f(): return sys._getframe()\n"),
                       ("walked_package/__init__.py", "from . import sub\n"),
                       ("walked_package/sub.py", "x = [1]\n")):
        os.makedirs(os.path.dirname(os.path.join(modules, name)), exist_ok=True)
        with open(os.path.join(modules, name), "w") as f:
            f.write(text)
    config = parse_command_line(["-B", "-W", "error::DeprecationWarning:walked", program, modules])
    main = initialise(config, "pyroboros")
    allowed = set(HOST_TYPES)
    with open(program, "rb") as f:
        code = compile_source(f.read(), program, "exec", 0)
    main.dict["__file__"] = program
    try:
        run_code(code, main.dict)
    except BaseException as raised:
        from pyroboros.runner import report_uncaught
        report_uncaught(raised)
        raise
    walker = Walker(allowed, described)
    walker.walk(list(main.dict["ROOTS"]))
    return {"leaks": walker.leaks, "lazy": sorted(walker.lazy), "visited": len(walker.seen),
            "suspicious": sorted(walker.suspicious),
            "start_types": sorted(f"{t.__module__}.{t.__qualname__}" for t in allowed
                                  if t not in walker.values)}


def main() -> None:
    result: list = []
    sys.setrecursionlimit(100_000)
    threading.stack_size(256 * 1024 * 1024)
    thread = threading.Thread(target=lambda: result.append(_main(sys.argv[1])))
    thread.start()
    thread.join()
    json.dump(result[0] if result else {"error": "walker failed"}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
