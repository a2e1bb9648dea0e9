"""The import statement: `import m`, `from m import x`, `from . import y`, `from m import *`.

Mirrors Python/import.c (PyImport_ImportModuleLevelObject, resolve_name, import_get_module),
Python/ceval.c (_PyEval_ImportName, _PyEval_ImportFrom with its circular-import and shadowing
messages, import_all_from) and the algorithm of Lib/importlib/_bootstrap.py (_find_and_load,
_find_and_load_unlocked, _load_unlocked, _handle_fromlist). Where modules come from is
import_finders.py. The interpreter-wide state (sys.modules, the sys module, the flags) lives in
`INTERP`, set up by the runner. Left out: import locks (one thread), ImportWarning for
__package__/__spec__ disagreement, sys.meta_path and path hooks written by the guest.
"""
from __future__ import annotations

import os
import sys
from typing import Any

from ..objects.module import Module
from ..objects.typeobject import MISSING, type_of
from . import import_finders as finders
from . import protocol
from .errors import exception_matches, new_exception, raise_error, raise_type_error


class Interpreter:
    """The import system's share of PyInterpreterState: sys and sys.modules."""

    __slots__ = ("sys", "modules", "builtin_modules")

    def __init__(self) -> None:
        self.sys: Module | None = None
        self.modules: dict[str, Any] = {}
        self.builtin_modules: dict[str, Module] = {}

    def setting(self, name: str, default: Any) -> Any:
        return default if self.sys is None else self.sys.dict.get(name, default)

    def flag(self, name: str) -> Any:
        """A sys.flags field (0 before start-up)."""
        from ..modules.sys import FLAGS_FIELDS
        flags = self.setting("flags", None)
        return 0 if flags is None else flags[FLAGS_FIELDS.index(name)]


INTERP = Interpreter()


def guest_stdout() -> Any:
    """sys.stdout as the guest sees it (print()'s default file); the host's before start-up."""
    if INTERP.sys is None:
        return sys.stdout
    return INTERP.sys.dict.get("stdout")



def _import_error(kind: str, message: str, name: Any = None, path: Any = None,
                  name_from: Any = None) -> Any:
    exc = new_exception(kind, message)
    exc.dict.update(name=name, path=path)
    if name_from is not None:
        exc.dict["name_from"] = name_from
    return exc


def _resolve_name(name: str, globals_: Any, level: int) -> str:
    """Mirrors import.c: resolve_name."""
    if globals_ is None:
        raise_error("KeyError", "'__name__' not in globals")
    if not isinstance(globals_, dict):
        raise_type_error("globals must be a dict")
    package = globals_.get("__package__")
    spec = globals_.get("__spec__")
    if package is not None:
        if not isinstance(package, str):
            raise_type_error("package must be a string")
    elif spec is not None:
        package = protocol.getattr_(spec, "parent")
        if not isinstance(package, str):
            raise_type_error("__spec__.parent must be a string")
    else:
        package = globals_.get("__name__", MISSING)
        if package is MISSING:
            raise_error("KeyError", "'__name__' not in globals")
        if not isinstance(package, str):
            raise_type_error("__name__ must be a string")
        if "__path__" not in globals_:
            package = package.rpartition(".")[0]
    if not package:
        raise _import_error("ImportError", "attempted relative import with no known parent package")
    base = package
    for _ in range(level - 1):
        base, dot, _rest = base.rpartition(".")
        if not dot:
            raise _import_error("ImportError", "attempted relative import beyond top-level package")
    return f"{base}.{name}" if name else base


def import_name(name: Any, globals_: Any = None, locals_: Any = None, fromlist: Any = (),
                level: Any = 0) -> Any:
    """builtins.__import__: mirrors import.c: PyImport_ImportModuleLevelObject."""
    if not isinstance(name, str):
        raise_type_error("module name must be a string")
    if not isinstance(level, int):
        raise_type_error(f"'{type_of(level).name}' object cannot be interpreted as an integer")
    if level < 0:
        raise_error("ValueError", "level must be >= 0")
    if level > 0:
        abs_name = _resolve_name(name, globals_, level)
    elif not name:
        raise_error("ValueError", "Empty module name")
    else:
        abs_name = name
    module = INTERP.modules.get(abs_name, MISSING)
    if module is MISSING or module is None or _initializing(module):
        module = _find_and_load(abs_name)
    if fromlist is None or not fromlist:
        if level == 0 or name:
            front, dot, _ = name.partition(".")
            if not dot:
                return module
            if level == 0:
                return import_name(front)
            to_return = abs_name[:len(abs_name) - (len(name) - len(front))]
            found = INTERP.modules.get(to_return, MISSING)
            if found is MISSING:
                raise_error("KeyError", f"{to_return!r} not in sys.modules as expected")
            return found
        return module
    if protocol.getattr_or_missing(module, "__path__") is not MISSING:
        return _handle_fromlist(module, fromlist)
    return module


import_name.__name__ = import_name.__qualname__ = "__import__"   # host arity errors name it


def _initializing(module: Any) -> bool:
    spec = module.dict.get("__spec__") if isinstance(module, Module) else None
    return isinstance(spec, finders.ModuleSpec) and spec.initializing


def _find_and_load(name: str) -> Any:
    """Mirrors _bootstrap._find_and_load."""
    module = INTERP.modules.get(name, MISSING)
    if module is MISSING:
        return _find_and_load_unlocked(name)
    if module is None:
        raise _import_error("ModuleNotFoundError", f"import of {name} halted; None in sys.modules",
                            name=name)
    return module


def _find_and_load_unlocked(name: str) -> Any:
    """Mirrors _bootstrap._find_and_load_unlocked."""
    search = None
    parent, _, child = name.rpartition(".")
    if parent:
        if parent not in INTERP.modules:
            import_name(parent)
        if name in INTERP.modules:
            return INTERP.modules[name]
        parent_module = INTERP.modules[parent]
        search = protocol.getattr_or_missing(parent_module, "__path__")
        if search is MISSING:
            raise _import_error("ModuleNotFoundError",
                                f"No module named {name!r}; {parent!r} is not a package", name=name)
    spec = find_spec(name, search)
    if spec is None:
        raise _import_error("ModuleNotFoundError", f"No module named {name!r}", name=name)
    module = _load(spec)
    if parent:
        parent_module = INTERP.modules[parent]
        try:
            protocol.setattr_(parent_module, child, module)
        except BaseException as exc:   # importlib only warns (ImportWarning) on AttributeError
            if not exception_matches(exc, ("AttributeError",)):
                raise
    return module


def find_spec(name: str, search: Any) -> finders.ModuleSpec | None:
    """The first of BuiltinImporter and PathFinder (over sys.path, or `search`) to find `name`."""
    if search is None:
        spec = finders.builtin_spec(name, INTERP.builtin_modules)
        if spec is not None:
            return spec
        search = INTERP.setting("path", [])
    return finders.path_spec(name, list(search), _optimize())


def _optimize() -> int:
    return INTERP.flag("optimize")


def _compile(source: bytes, path: str, optimize: int) -> Any:
    from ..compiler import compile_source
    return compile_source(source, path, "exec", optimize)


def load_code(spec: finders.ModuleSpec) -> Any:
    """The code object of a file module, through the .pyc cache as sys's settings allow."""
    return finders.get_code(spec, _optimize(), not INTERP.setting("dont_write_bytecode", False),
                            _compile)


def _load(spec: finders.ModuleSpec) -> Any:
    """Mirrors _bootstrap._load_unlocked: the module is in sys.modules while its body runs,
    and is removed again if the body fails."""
    if spec.loader is finders.BUILTIN_IMPORTER:
        module = INTERP.builtin_modules[spec.name]
        INTERP.modules[spec.name] = module
        return module
    module = finders.module_from_spec(spec)
    spec.initializing = True
    try:
        INTERP.modules[spec.name] = module
        try:
            if spec.loader.kind != "NamespaceLoader":
                run_code(load_code(spec), module.dict)
        except BaseException:
            INTERP.modules.pop(spec.name, None)
            raise
        module = INTERP.modules.pop(spec.name)
        INTERP.modules[spec.name] = module
    finally:
        spec.initializing = False
    return module


def run_code(code: Any, namespace: dict) -> None:
    """Execute a module's code object in `namespace` (PyEval_EvalCode)."""
    from ..modules.builtins import BUILTINS, builtins_of
    from ..vm.decode import decoded
    from ..vm.eval import execute
    from ..vm.frame import Frame
    namespace.setdefault("__builtins__", BUILTINS)
    d = decoded(code)
    execute(Frame(code, d, namespace, builtins_of(namespace), namespace,
                  [MISSING] * d.nlocalsplus, None))


def _handle_fromlist(module: Any, fromlist: Any, recursive: bool = False) -> Any:
    """Mirrors _bootstrap._handle_fromlist: submodules named in `from pkg import a, b`."""
    for x in fromlist:
        if not isinstance(x, str):
            where = (protocol.getattr_(module, "__name__") + ".__all__") if recursive \
                else "``from list''"
            raise_type_error(f"Item in {where} must be str, not {type_of(x).name}")
        if x == "*":
            if not recursive:
                names = protocol.getattr_or_missing(module, "__all__")
                if names is not MISSING:
                    _handle_fromlist(module, names, True)
        elif protocol.getattr_or_missing(module, x) is MISSING:
            from_name = f"{protocol.getattr_(module, '__name__')}.{x}"
            try:
                import_name(from_name)
            except BaseException as exc:
                guest = exc.dict if hasattr(exc, "dict") else {}
                if type_of(exc).name == "ModuleNotFoundError" and guest.get("name") == from_name \
                        and INTERP.modules.get(from_name, MISSING) is not None:
                    continue
                raise
    return module


def _possibly_shadowing(origin: str | None) -> bool:
    """Mirrors moduleobject.c: _PyModule_IsPossiblyShadowing."""
    if origin is None or INTERP.flag("safe_path"):
        return False
    root = origin.removesuffix(os.sep + "__init__.py")
    path = INTERP.setting("path", [])
    first = path[0] if path and isinstance(path[0], str) else None
    if first is None:
        return False
    return os.path.dirname(root) == (first or os.getcwd())


def import_from(module: Any, name: str) -> Any:
    """Mirrors ceval.c: _PyEval_ImportFrom (IMPORT_FROM)."""
    value = protocol.getattr_or_missing(module, name)
    if value is not MISSING:
        return value
    mod_name = protocol.getattr_or_missing(module, "__name__")
    if isinstance(mod_name, str):
        value = INTERP.modules.get(f"{mod_name}.{name}", MISSING)
        if value is not MISSING:
            return value
    else:
        mod_name = None
    shown = "<unknown module name>" if mod_name is None else mod_name
    spec = protocol.getattr_or_missing(module, "__spec__")
    origin = None
    if spec is MISSING:
        raise _import_error("ImportError", f"cannot import name {name!r} from {shown!r} "
                            "(unknown location)", mod_name, None, name)
    if spec is not None and protocol.getattr_or_missing(spec, "has_location") is True:
        value = protocol.getattr_or_missing(spec, "origin")
        origin = value if isinstance(value, str) else None
    shadowing = _possibly_shadowing(origin)
    if origin is None and isinstance(module, Module):
        value = module.dict.get("__file__")
        origin = value if isinstance(value, str) else None
    initializing = spec is not None and protocol.getattr_or_missing(spec, "_initializing") is True
    if initializing and shadowing:
        message = (f"cannot import name {name!r} from {shown!r} (consider renaming {origin!r} "
                   "if it has the same name as a library you intended to import)")
    elif initializing:
        message = f"cannot import name {name!r} from partially initialized module {shown!r} " \
                  "(most likely due to a circular import)"
        if origin:
            message += f" ({origin})"
    elif origin:
        message = f"cannot import name {name!r} from {shown!r} ({origin})"
    else:
        message = f"cannot import name {name!r} from {shown!r} (unknown location)"
    raise _import_error("ImportError", message, mod_name, origin, name)


def module_attribute_message(module: Module, name: str) -> str:
    """Mirrors moduleobject.c: _Py_module_getattro_impl's AttributeError texts (a module still
    initialising points at a circular import, or at a script shadowing a library)."""
    mod_name = module.dict.get("__name__")
    if not isinstance(mod_name, str):
        return f"module has no attribute '{name}'"
    plain = f"module '{mod_name}' has no attribute '{name}'"
    spec = module.dict.get("__spec__")
    if not isinstance(spec, finders.ModuleSpec) or not spec.initializing:
        return plain
    origin = spec.origin if spec.has_location and isinstance(spec.origin, str) else None
    if _possibly_shadowing(origin):
        return (f"{plain} (consider renaming '{origin}' if it has the same name as a library "
                "you intended to import)")
    where = f" from '{origin}'" if origin else ""
    return (f"partially initialized module '{mod_name}'{where} has no attribute '{name}' "
            "(most likely due to a circular import)")


def import_star(frame: Any, module: Any) -> None:
    """Mirrors ceval.c: import_all_from (INTRINSIC_IMPORT_STAR)."""
    namespace = frame.locals
    if namespace is None:
        raise_error("SystemError", "no locals found during 'import *'")
    names = protocol.getattr_or_missing(module, "__all__")
    skip_private = names is MISSING
    if skip_private:
        d = protocol.getattr_or_missing(module, "__dict__")
        if d is MISSING:
            raise_error("ImportError", "from-import-* object has no __dict__ and no __all__")
        names = list(d)
    for name in names:
        if not isinstance(name, str):
            where = f"{module.dict.get('__name__')}.__all__" if not skip_private else \
                f"{module.dict.get('__name__')}.__dict__"
            raise_type_error(f"Item in {where} must be str, not {type_of(name).name}")
        if skip_private and name.startswith("_"):
            continue
        namespace[name] = protocol.getattr_(module, name)
