"""`pyroboros -m NAME`: find a module's spec and code and run it as __main__.

Mirrors the semantics of Lib/runpy.py (_run_module_as_main, _get_module_details with its
error texts, _run_code's __main__ globals) and importlib.util.find_spec. Errors that runpy
reports as "PROG: message" come back as RunModuleError; guest exceptions raised on the way as
DetailsFailed, with the frozen frames CPython's traceback shows above them. A directory given as the
script runs its __main__ (_get_main_module_details). Left out: the RuntimeWarning for a module
found in sys.modules after importing its package, zip files as scripts.
"""
from __future__ import annotations

from typing import Any

from ..objects.module import Module
from ..objects.typeobject import MISSING, type_of
from . import import_finders as finders
from . import protocol
from .errors import new_exception
from .importer import INTERP, find_spec as find_spec_in, import_name, load_code


class RunModuleError(Exception):
    """runpy's _Error: printed as "PROG: message", exit status 1."""


class DetailsFailed(Exception):
    """A guest exception raised while runpy looked for the module's code: reported with the
    frozen frames CPython shows above the guest's."""

    def __init__(self, raised: BaseException, frames: str) -> None:
        super().__init__()
        self.raised = raised
        self.frames = frames


# The frozen frames of runpy and importlib in CPython 3.14's tracebacks of a -m run.
_MAIN = '  File "<frozen runpy>", line 194, in _run_module_as_main\n'
PARENT_FRAMES = _MAIN + '  File "<frozen runpy>", line 114, in _get_module_details\n'
GET_CODE_FRAMES = (_MAIN + '  File "<frozen runpy>", line 164, in _get_module_details\n'
                   '  File "<frozen importlib._bootstrap_external>", line 897, in get_code\n'
                   '  File "<frozen importlib._bootstrap_external>", line 827, in source_to_code\n'
                   '  File "<frozen importlib._bootstrap>", line 491, in _call_with_frames_removed\n')
RUN_CODE_FRAMES = ('  File "<frozen runpy>", line 203, in _run_module_as_main\n'
                   '  File "<frozen runpy>", line 88, in _run_code\n')


def _guest_name(exc: Any) -> Any:
    d = getattr(exc, "dict", None)
    return d.get("name") if isinstance(d, dict) else None


def _is_a(exc: BaseException, *names: str) -> bool:
    mro = getattr(type_of(exc), "mro", ())
    return any(t.name in names and protocol.type_module(t) == "builtins" for t in mro)


def find_spec(name: str) -> finders.ModuleSpec | None:
    """Mirrors importlib.util.find_spec for an absolute name."""
    module = INTERP.modules.get(name, MISSING)
    if module is not MISSING:
        if module is None:
            return None
        spec = protocol.getattr_or_missing(module, "__spec__")
        if spec is None or spec is MISSING:
            raise new_exception("ValueError", f"{name}.__spec__ is None")
        return spec
    parent = name.rpartition(".")[0]
    search = None
    if parent:
        package = import_name(parent, None, None, ["__path__"])
        search = protocol.getattr_or_missing(package, "__path__")
        if search is MISSING:
            exc = new_exception("ModuleNotFoundError", f"__path__ attribute not found on "
                                f"{parent!r} while trying to find {name!r}")
            exc.dict.update(name=name, path=None)
            raise exc
    return find_spec_in(name, search)


def module_details(name: str) -> tuple[str, finders.ModuleSpec, Any]:
    """Mirrors runpy._get_module_details: (name, spec, code), packages through pkg.__main__."""
    if name.startswith("."):
        raise RunModuleError("Relative module names not supported")
    package = name.rpartition(".")[0]
    if package:
        try:
            import_name(package)
        except BaseException as exc:
            failed = _guest_name(exc)
            if not _is_a(exc, "ImportError") or failed is None or (
                    failed != package and not package.startswith(failed + ".")):
                raise DetailsFailed(exc, PARENT_FRAMES) from None
    try:
        spec = find_spec(name)
    except BaseException as exc:
        if not _is_a(exc, "ImportError", "AttributeError", "TypeError", "ValueError"):
            raise DetailsFailed(exc, PARENT_FRAMES) from None
        message = f"Error while finding module specification for {name!r} " \
                  f"({type_of(exc).name}: {exc})"
        if name.endswith(".py"):
            message += f". Try using '{name[:-3]}' instead of '{name}' as the module name."
        raise RunModuleError(message) from None
    if spec is None:
        raise RunModuleError(f"No module named {name}")
    if spec.submodule_search_locations is not None:
        if name == "__main__" or name.endswith(".__main__"):
            raise RunModuleError("Cannot use package as __main__ module")
        try:
            return module_details(name + ".__main__")
        except RunModuleError as error:
            if name not in INTERP.modules:
                raise
            raise RunModuleError(f"{error}; {name!r} is a package and cannot be directly "
                                 "executed") from None
    if spec.loader is None or spec.loader.kind == "NamespaceLoader":
        raise RunModuleError(f"{name!r} is a namespace package and cannot be executed")
    try:
        code = load_code(spec)
    except BaseException as exc:
        if not _is_a(exc, "ImportError") and not isinstance(exc, (ImportError, EOFError)):
            raise DetailsFailed(exc, GET_CODE_FRAMES) from None
        raise RunModuleError(str(exc)) from None
    return name, spec, code


def prepare_main(main: Module, spec: finders.ModuleSpec, alter_argv: bool = True) -> None:
    """runpy._run_code's globals for __main__, and sys.argv[0] = the module's file."""
    if alter_argv:
        INTERP.sys.dict["argv"][0] = spec.origin
    main.dict.update(__name__="__main__", __file__=spec.origin, __cached__=spec.cached,
                     __doc__=None, __loader__=spec.loader, __package__=spec.parent,
                     __spec__=spec)



def main_module_details(directory: str) -> tuple[str, finders.ModuleSpec, Any]:
    """Mirrors runpy._get_main_module_details: a directory's __main__, found with the __main__
    module itself out of sys.modules."""
    saved = INTERP.modules.pop("__main__")
    try:
        return module_details("__main__")
    except RunModuleError as error:
        if "__main__" in str(error):
            raise RunModuleError(f"can't find '__main__' module in {directory!r}") from None
        raise
    finally:
        INTERP.modules["__main__"] = saved
