"""The conformance corpus: every .py file of the reference CPython 3.14's Lib/ (stdlib and
Lib/test), about 1,700 files, in a stable order."""
from __future__ import annotations

from ..reference import reference_stdlib


def corpus_files() -> list[str]:
    root = reference_stdlib()
    return sorted(str(p) for p in root.rglob("*.py")
                  if "site-packages" not in p.parts and "dist-packages" not in p.parts
                  and p.is_file())  # the reference's sitecustomize.py can be a dangling symlink


def sample(files: list[str], count: int) -> list[str]:
    """`count` files spread evenly over the corpus (the same ones every run)."""
    if count >= len(files):
        return files
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]

