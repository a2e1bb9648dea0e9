"""Module specs, finders and loaders: where a module's code comes from.

Mirrors the semantics of Lib/importlib/_bootstrap.py (ModuleSpec, BuiltinImporter,
module_from_spec's _init_module_attrs) and Lib/importlib/_bootstrap_external.py (PathFinder and
FileFinder's search order: a package directory with __init__.py, then NAME.py, then a sourceless
NAME.pyc, then a namespace portion; SourceFileLoader.get_code's timestamp-validated .pyc cache
in __pycache__/NAME.pyroboros-314[.opt-N].pyc, written atomically unless bytecode writing is
off; cache_from_source). Finders are host objects, not guest ones: sys.meta_path and
sys.path_hooks are not consulted. Left out: zip imports, extension modules, frozen modules,
hash-based .pyc checking on import, FileFinder's directory-listing cache (every lookup stats).
BuiltinImporter is a guest class (builtins.__loader__), the other loaders host objects.
"""
from __future__ import annotations

import os
from typing import Any, Callable

from ..objects import builtin_types as bt
from ..objects.function import Builtin, ClassMethod, StaticMethod
from ..objects.module import Module
from ..objects.typeobject import HOST_TYPES, TypeObject
from . import protocol
from .errors import GUEST_EXCEPTIONS

SOURCE_SUFFIX = ".py"
BYTECODE_SUFFIX = ".pyc"


class Loader:
    """A loader object (SourceFileLoader, SourcelessFileLoader, BuiltinImporter,
    NamespaceLoader); the guest sees its name and path."""

    __slots__ = ("kind", "name", "path")

    def __init__(self, kind: str, name: str, path: str | None) -> None:
        self.kind = kind
        self.name = name
        self.path = path

    def __repr__(self) -> str:
        if self.kind == "BuiltinImporter":
            return "<class '_frozen_importlib.BuiltinImporter'>"
        return f"<_frozen_importlib_external.{self.kind} object at {id(self):#x}>"


class ModuleSpec:
    """importlib.machinery.ModuleSpec."""

    __slots__ = ("name", "loader", "origin", "submodule_search_locations", "cached",
                 "has_location", "initializing", "dict")

    def __init__(self, name: str, loader: Loader | None, origin: str | None = None,
                 locations: list[str] | None = None, cached: str | None = None) -> None:
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = locations
        self.cached = cached
        self.has_location = origin is not None and loader is not None and loader.kind != "BuiltinImporter"
        self.initializing = False
        self.dict: dict[str, Any] = {}

    @property
    def parent(self) -> str:
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self) -> str:
        parts = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            parts.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            parts.append(f"submodule_search_locations={self.submodule_search_locations!r}")
        return f"ModuleSpec({', '.join(parts)})"


def _describe_types() -> None:
    loader_t = bt.make_type("Loader", Loader, (bt.OBJECT,))
    loader_t.dict["__module__"] = "_frozen_importlib_external"
    bt.method(loader_t, "__repr__", repr)
    bt.getset(loader_t, "name", lambda l: l.name)
    bt.getset(loader_t, "path", lambda l: l.path)
    spec_t = bt.make_type("ModuleSpec", ModuleSpec, (bt.OBJECT,), has_dict=True)
    spec_t.dict["__module__"] = "_frozen_importlib"
    bt.method(spec_t, "__repr__", repr)
    for field in ("name", "loader", "origin", "submodule_search_locations", "cached"):
        bt.getset(spec_t, field, lambda s, _f=field: getattr(s, _f),
                  lambda s, v, _f=field: setattr(s, _f, v))
    bt.getset(spec_t, "parent", lambda s: s.parent)
    bt.getset(spec_t, "has_location", lambda s: s.has_location)
    bt.getset(spec_t, "_initializing", lambda s: s.initializing,
              lambda s, v: setattr(s, "initializing", bool(v)))


_describe_types()


def cache_from_source(path: str, optimize: int) -> str:
    """Mirrors _bootstrap_external.cache_from_source with our cache tag."""
    from ..modules.sys import CACHE_TAG
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition(".")
    filename = f"{base if base else rest}{sep}{CACHE_TAG}"
    if optimize:
        filename += f".opt-{optimize}"
    return os.path.join(head, "__pycache__", filename + BYTECODE_SUFFIX)


def builtin_spec(name: str, builtin_modules: dict[str, Module]) -> ModuleSpec | None:
    """BuiltinImporter.find_spec."""
    if name not in builtin_modules:
        return None
    return ModuleSpec(name, BUILTIN_IMPORTER, "built-in")


class _ImporterClass(TypeObject):
    """BuiltinImporter is a class; the import machinery tells it from the file loaders by
    their `kind` and `path`, so the class answers them too."""

    __slots__ = ()
    kind = "BuiltinImporter"
    path = None


def _requires_builtin(fullname: Any) -> None:
    """_bootstrap._requires_builtin: the ImportError for a name that is not a builtin module."""
    from .importer import INTERP, _import_error
    if fullname not in INTERP.builtin_modules:
        raise _import_error("ImportError", f"{fullname!r} is not a built-in module", name=fullname)


def _find_spec(cls: Any, fullname: Any, path: Any = None, target: Any = None) -> ModuleSpec | None:
    from .importer import INTERP
    return builtin_spec(fullname, INTERP.builtin_modules)


def _create_module(spec: Any) -> Module:
    """_imp.create_builtin: the builtin module spec names."""
    from .importer import INTERP
    name = protocol.getattr_(spec, "name")
    _requires_builtin(name)
    return INTERP.builtin_modules[name]


def _load_module(cls: Any, fullname: Any) -> Module:
    """_bootstrap._load_module_shim: deprecated, warned from the frozen bootstrap module."""
    from .importer import INTERP, import_name
    from .warnings import warn_explicit
    warn_explicit(GUEST_EXCEPTIONS["DeprecationWarning"],
                  "the load_module() method is deprecated and slated for removal in Python 3.15; "
                  "use exec_module() instead", "<frozen importlib._bootstrap>", 533)
    _requires_builtin(fullname)
    import_name(fullname)
    return INTERP.modules[fullname]


def _checked(result: Any) -> Callable:
    def method(cls: Any, fullname: Any) -> Any:
        _requires_builtin(fullname)
        return result
    return method


def _builtin_importer() -> TypeObject:
    """_bootstrap.BuiltinImporter: every method a class or static method."""
    classmethods = {"find_spec": _find_spec, "get_code": _checked(None), "get_source": _checked(None),
                    "is_package": _checked(False), "load_module": _load_module}
    staticmethods = {"create_module": _create_module, "exec_module": lambda module: None}
    ns = {"__module__": "_frozen_importlib", "__qualname__": "BuiltinImporter",
          "__doc__": "Meta path import for built-in modules.\n\nAll methods are either class or "
                     "static methods to avoid the need to\ninstantiate the class.\n\n",
          "__firstlineno__": 974, "__static_attributes__": (), "_ORIGIN": "built-in",
          **{name: ClassMethod(Builtin(name, fn, qualname=f"BuiltinImporter.{name}"))
             for name, fn in classmethods.items()},
          **{name: StaticMethod(Builtin(name, fn, qualname=f"BuiltinImporter.{name}"))
             for name, fn in staticmethods.items()}}
    cls = bt.TYPE("BuiltinImporter", (bt.OBJECT,), ns)
    cls.__class__ = _ImporterClass
    return cls


HOST_TYPES[_ImporterClass] = HOST_TYPES[TypeObject]   # its metaclass is type


BUILTIN_IMPORTER = _builtin_importer()


def _file_spec(name: str, path: str, locations: list[str] | None, optimize: int) -> ModuleSpec:
    if path.endswith(SOURCE_SUFFIX):
        return ModuleSpec(name, Loader("SourceFileLoader", name, path), path, locations,
                          cache_from_source(path, optimize))
    return ModuleSpec(name, Loader("SourcelessFileLoader", name, path), path, locations, path)


def path_spec(name: str, search: list[Any], optimize: int) -> ModuleSpec | None:
    """PathFinder.find_spec over `search` (sys.path or a package's __path__), with FileFinder's
    order within each directory; namespace portions are gathered across all entries."""
    tail = name.rpartition(".")[2]
    portions: list[str] = []
    for entry in search:
        if not isinstance(entry, str):
            continue
        directory = os.path.abspath(entry) if entry else os.getcwd()   # FileFinder.__init__
        base = os.path.join(directory, tail)
        is_namespace = False
        if os.path.isdir(base):
            for suffix in (SOURCE_SUFFIX, BYTECODE_SUFFIX):
                init = os.path.join(base, "__init__" + suffix)
                if os.path.isfile(init):
                    return _file_spec(name, init, [base], optimize)
            is_namespace = True
        for suffix in (SOURCE_SUFFIX, BYTECODE_SUFFIX):
            candidate = base + suffix
            if os.path.isfile(candidate):
                return _file_spec(name, candidate, None, optimize)
        if is_namespace:
            portions.append(base)
    if portions:
        return ModuleSpec(name, Loader("NamespaceLoader", name, None), None, portions)
    return None


def module_from_spec(spec: ModuleSpec) -> Module:
    """_bootstrap.module_from_spec with _init_module_attrs."""
    module = Module(spec.name)
    d = module.dict
    d["__loader__"] = spec.loader
    d["__package__"] = spec.parent
    d["__spec__"] = spec
    if spec.submodule_search_locations is not None:
        if spec.loader is not None and spec.loader.kind == "NamespaceLoader":
            d["__file__"] = None
        d["__path__"] = spec.submodule_search_locations
    if spec.has_location:
        d["__file__"] = spec.origin
        if spec.cached is not None:
            d["__cached__"] = spec.cached
    return module


def _write_atomic(path: str, data: bytes, mode: int) -> None:
    """_bootstrap_external._write_atomic: a temporary file renamed over the target."""
    temp = f"{path}.{id(path)}"
    fd = os.open(temp, os.O_EXCL | os.O_CREAT | os.O_WRONLY, mode & 0o666)
    try:
        with open(fd, "wb") as f:
            f.write(data)
        os.replace(temp, path)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def get_code(spec: ModuleSpec, optimize: int, write_bytecode: bool,
             compile_source: Callable[[bytes, str, int], Any]) -> Any:
    """SourceLoader.get_code (or SourcelessFileLoader's): a valid cached .pyc's code, else the
    source compiled and, when allowed, cached."""
    from ..bytecode import pyc
    path = spec.origin
    if spec.loader.kind == "SourcelessFileLoader":
        with open(path, "rb") as f:
            return pyc.read_pyc(f.read(), spec.name, bytecode_path=path)
    cached = spec.cached
    st = os.stat(path)
    mtime = int(st.st_mtime)
    try:
        with open(cached, "rb") as f:
            data = f.read()
    except OSError:
        pass
    else:
        try:
            return pyc.read_pyc(data, spec.name, source_mtime=mtime, source_size=st.st_size,
                                bytecode_path=cached)
        except (ImportError, EOFError, ValueError):
            pass
    with open(path, "rb") as f:
        source = f.read()
    code = compile_source(source, path, optimize)
    if write_bytecode:
        try:
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            _write_atomic(cached, pyc.write_pyc(code, source, mtime), (st.st_mode | 0o200))
        except OSError:
            pass   # importlib also carries on when the cache cannot be written
    return code
