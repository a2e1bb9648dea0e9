""".pyc files: a 16-byte header (PEP 552) followed by the marshal data of a module's code.

Mirrors Lib/importlib/_bootstrap_external.py (_classify_pyc, _validate_timestamp_pyc,
_validate_hash_pyc, _compile_bytecode, _code_to_timestamp_pyc, _code_to_hash_pyc) and
Python/pyhash.c's siphash13, which _imp.source_hash keys with the magic number. Left out:
the import system's caching decisions (when to write, sys.dont_write_bytecode, file modes).
Validation errors are host ImportError/EOFError carrying CPython's messages.
"""
from __future__ import annotations

import base64
import os
import struct
from typing import TextIO

from ..errors import CompileError, format_compile_error
from ..objects.code import Code
from . import marshal
from .opcodes import MAGIC_NUMBER

HEADER_SIZE = 16
FLAG_HASH_BASED = 0b01
FLAG_CHECK_SOURCE = 0b10
MAGIC_NUMBER_TOKEN = int.from_bytes(MAGIC_NUMBER, "little")  # _imp.pyc_magic_number_token

_MASK64 = (1 << 64) - 1
_UINT32 = struct.Struct("<I")


def _rotl(x: int, b: int) -> int:
    return ((x << b) | (x >> (64 - b))) & _MASK64


def siphash13(k0: int, k1: int, data: bytes) -> int:
    """Mirrors Python/pyhash.c: siphash13 (SipHash with 1 compression and 3 finalisation rounds)."""
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573

    def rounds(count: int) -> None:
        nonlocal v0, v1, v2, v3
        for _ in range(count):
            v0 = (v0 + v1) & _MASK64
            v1 = _rotl(v1, 13) ^ v0
            v0 = _rotl(v0, 32)
            v2 = (v2 + v3) & _MASK64
            v3 = _rotl(v3, 16) ^ v2
            v0 = (v0 + v3) & _MASK64
            v3 = _rotl(v3, 21) ^ v0
            v2 = (v2 + v1) & _MASK64
            v1 = _rotl(v1, 17) ^ v2
            v2 = _rotl(v2, 32)

    whole = len(data) & ~7
    for (block,) in struct.iter_unpack("<Q", data[:whole]):
        v3 ^= block
        rounds(1)
        v0 ^= block
    last = ((len(data) & 0xFF) << 56) | int.from_bytes(data[whole:], "little")
    v3 ^= last
    rounds(1)
    v0 ^= last
    v2 ^= 0xFF
    rounds(3)
    return v0 ^ v1 ^ v2 ^ v3


def source_hash(source_bytes: bytes) -> bytes:
    """importlib.util.source_hash: _imp.source_hash(pyc_magic_number_token, source), 8 bytes."""
    return siphash13(MAGIC_NUMBER_TOKEN, 0, source_bytes).to_bytes(8, "little")


def write_pyc(code: Code, source_bytes: bytes, mtime: int = 0, *, hash_based: bool = False,
              check_source: bool = True) -> bytes:
    """The .pyc data for `code`: timestamp-based (mtime and source size), or hash-based."""
    if hash_based:
        flags = FLAG_HASH_BASED | (FLAG_CHECK_SOURCE if check_source else 0)
        validation = source_hash(source_bytes)
    else:
        flags = 0
        validation = _UINT32.pack(mtime & 0xFFFFFFFF) + _UINT32.pack(len(source_bytes) & 0xFFFFFFFF)
    return MAGIC_NUMBER + _UINT32.pack(flags) + validation + marshal.dumps(code)


def read_pyc(data: bytes, name: str = "<pyc>", *, source_mtime: int | None = None,
             source_size: int | None = None, source_bytes: bytes | None = None,
             bytecode_path: str | None = None) -> Code:
    """The code object of a .pyc, validating its header as importlib does.

    The header is checked against the source when the source's facts are given: mtime (and
    size) for a timestamp-based pyc, the source bytes for a checked hash-based one.
    """
    details = {"name": name, "path": bytecode_path}
    magic = data[:4]
    if magic != MAGIC_NUMBER:
        raise ImportError(f"bad magic number in {name!r}: {magic!r}", **details)
    if len(data) < HEADER_SIZE:
        raise EOFError(f"reached EOF while reading pyc header of {name!r}")
    flags = _UINT32.unpack_from(data, 4)[0]
    if flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE):
        raise ImportError(f"invalid flags {flags!r} in {name!r}", **details)
    if flags & FLAG_HASH_BASED:
        if flags & FLAG_CHECK_SOURCE and source_bytes is not None \
                and data[8:16] != source_hash(source_bytes):
            raise ImportError(f"hash in bytecode doesn't match hash of source {name!r}", **details)
    elif source_mtime is not None:
        mtime, size = struct.unpack_from("<II", data, 8)
        if mtime != source_mtime & 0xFFFFFFFF or \
                (source_size is not None and size != source_size & 0xFFFFFFFF):
            raise ImportError(f"bytecode is stale for {name!r}", **details)
    code = marshal.loads(data[HEADER_SIZE:])
    if not isinstance(code, Code):
        raise ImportError(f"Non-code object in {bytecode_path!r}", **details)
    return code


def compile_file(path: str, err: TextIO) -> tuple[bytes, Code] | None:
    """FILE's source and OUR compilation of it; on a SyntaxError, CPython's message on `err`."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        from ..compiler import compile_source
    except ImportError:
        err.write("pyroboros: the compiler (pyroboros.compiler.compile_source) is not there yet\n")
        return None
    try:
        return source, compile_source(source, path, "exec")
    except CompileError as exc:
        err.write(format_compile_error(exc))
    except ImportError as exc:  # a phase the compiler needs is still being written
        err.write(f"pyroboros: the compiler is not complete yet ({exc})\n")
    return None


def dump_pyc(path: str, out: TextIO, err: TextIO, output: str | None) -> int:
    """`pyroboros-dump pyc FILE [-o OUT]`: write the .pyc of FILE to OUT and print the base64
    of its code's marshal data (what the conformance "pyc" phase compares)."""
    compiled = compile_file(path, err)
    if compiled is None:
        return 1
    source, code = compiled
    data = marshal.dumps(code)
    if output is not None:
        with open(output, "wb") as f:
            f.write(write_pyc(code, source, int(os.stat(path).st_mtime)))
    out.write(base64.b64encode(data).decode() + "\n")
    return 0

