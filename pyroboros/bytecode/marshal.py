"""The marshal format: how code objects and their constants are stored in .pyc files.

Mirrors Python/marshal.c (format versions 0 to 5; `loads` reads all of them, `dumps` writes
any). Left out: reading from and writing to files (callers pass bytes), and the audit hooks.
Two choices of marshal.c cannot be reproduced by a Python host and are approximated, so our
output is equivalent to CPython's but not always byte-identical:

- FLAG_REF: CPython flags every object whose reference count exceeds one, which it can see
  and we cannot. We reconstruct when that holds for a compiled module, as observed in
  python3.14's output: equal constants are one object module-wide (_PyCode_ConstantKey
  identity, so 0, 0.0, -0.0 and False stay apart; frozensets excepted), and so are equal
  names and locals-plus names tuples and equal line and exception tables; immortal objects
  (small ints, interned strings, the empty tuple, the empty and cached one-byte bytes),
  co_code and the top-level object count as shared; co_code and co_localspluskinds are
  otherwise each code object's own. Code objects and mutable containers are shared only
  when they are the same host object. For 69 of 100 corpus modules our bytes are then
  exactly python3.14's.
- Interning: CPython marks a str as interned when it is; we mark the strings CPython's code
  objects intern (identifier-like strings, one-character Latin-1 strings, the empty string,
  and every name field of a code object).

Errors are CPython's: EOFError, ValueError or TypeError with marshal.c's messages (and
UnicodeDecodeError for bad UTF-8, as PyUnicode_DecodeUTF8 raises).
"""
from __future__ import annotations

import re
import struct
import sys

from ..objects.code import Code

VERSION = 5
MAX_DEPTH = 2000

TYPE_NULL = ord("0")
TYPE_NONE = ord("N")
TYPE_FALSE = ord("F")
TYPE_TRUE = ord("T")
TYPE_STOPITER = ord("S")
TYPE_ELLIPSIS = ord(".")
TYPE_INT = ord("i")
TYPE_INT64 = ord("I")  # read for backward compatibility, never written
TYPE_FLOAT = ord("f")
TYPE_BINARY_FLOAT = ord("g")
TYPE_COMPLEX = ord("x")
TYPE_BINARY_COMPLEX = ord("y")
TYPE_LONG = ord("l")
TYPE_STRING = ord("s")
TYPE_INTERNED = ord("t")
TYPE_REF = ord("r")
TYPE_TUPLE = ord("(")
TYPE_LIST = ord("[")
TYPE_DICT = ord("{")
TYPE_CODE = ord("c")
TYPE_UNICODE = ord("u")
TYPE_UNKNOWN = ord("?")
TYPE_SET = ord("<")
TYPE_FROZENSET = ord(">")
TYPE_SLICE = ord(":")
TYPE_ASCII = ord("a")
TYPE_ASCII_INTERNED = ord("A")
TYPE_SMALL_TUPLE = ord(")")
TYPE_SHORT_ASCII = ord("z")
TYPE_SHORT_ASCII_INTERNED = ord("Z")
FLAG_REF = 0x80

SIZE32_MAX = 0x7FFFFFFF
_MARSHAL_SHIFT = 15
_MARSHAL_MASK = (1 << _MARSHAL_SHIFT) - 1

_INT32 = struct.Struct("<i")
_INT16 = struct.Struct("<h")
_DOUBLE = struct.Struct("<d")
_TWO_DOUBLES = struct.Struct("<dd")
_C_DOUBLE = re.compile(rb"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|(?i:inf|infinity|nan))")
_NAME_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def looks_interned(s: str) -> bool:
    """Whether CPython's code objects hold `s` interned (codeobject.c: intern_constants and
    the statically allocated one-character and empty strings)."""
    return len(s) <= 1 and (not s or ord(s) < 256) or _NAME_CHARS.issuperset(s)


# --------------------------------------------------------------------------------------------
# Reading


class _Reader:
    """Mirrors marshal.c's RFILE and r_object for an in-memory buffer."""

    __slots__ = ("data", "pos", "refs", "depth", "allow_code")

    def __init__(self, data: bytes, allow_code: bool) -> None:
        self.data = data
        self.pos = 0
        self.refs: list = []
        self.depth = 0
        self.allow_code = allow_code

    def take(self, n: int) -> bytes:
        pos = self.pos
        end = pos + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = end
        return self.data[pos:end]

    def byte(self, eof_message: str = "EOF read where not expected") -> int:
        pos = self.pos
        if pos >= len(self.data):
            raise EOFError(eof_message)
        self.pos = pos + 1
        return self.data[pos]

    def long(self) -> int:
        pos = self.pos
        if pos + 4 > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = pos + 4
        return _INT32.unpack_from(self.data, pos)[0]

    def size(self, what: str) -> int:
        n = self.long()
        if n < 0:
            raise ValueError(f"bad marshal data ({what} size out of range)")
        return n

    def object(self):
        """r_object: one object, or None for TYPE_NULL (the caller decides if that is legal)."""
        code = self.byte("EOF read where object expected")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.depth -= 1
            raise ValueError("recursion limit exceeded")
        flag = code & FLAG_REF
        reader = _READERS.get(code & ~FLAG_REF)
        if reader is None:
            raise ValueError("bad marshal data (unknown type code)")
        value = reader(self, flag)
        self.depth -= 1
        return value

    def item(self, container: str):
        value = self.object()
        if value is _NULL:
            raise TypeError(f"NULL object in marshal data for {container}")
        return value

    def ref(self, value, flag: int):
        if flag:
            self.refs.append(value)
        return value

    def reserve(self, flag: int) -> int:
        if not flag:
            return -1
        self.refs.append(_NULL)
        return len(self.refs) - 1

    def fill(self, index: int, value):
        if index >= 0:
            self.refs[index] = value
        return value


class _Null:
    """TYPE_NULL: the end of a dict, an error anywhere else."""

    __slots__ = ()


_NULL = _Null()


def _r_null(r: _Reader, flag: int):
    return _NULL


def _r_constant(value):
    return lambda r, flag: value


def _r_int(r: _Reader, flag: int):
    return r.ref(r.long(), flag)


def _r_int64(r: _Reader, flag: int):
    return r.ref(int.from_bytes(r.take(8), "little", signed=True), flag)


def _r_long(r: _Reader, flag: int):
    """Mirrors marshal.c: r_PyLong (base 2**15 digits, least significant first)."""
    n = r.long()
    if n == 0:
        return r.ref(0, flag)
    if n < -SIZE32_MAX:
        raise ValueError("bad marshal data (long size out of range)")
    count = abs(n)
    # digits are checked as they are read, so a bad digit is reported before a short read
    available = min(count, (len(r.data) - r.pos) // 2)
    digits = struct.unpack(f"<{available}h", r.take(2 * available))
    value = 0
    for shift, digit in enumerate(digits):
        if digit < 0:
            raise ValueError("bad marshal data (digit out of range in long)")
        value |= digit << (shift * _MARSHAL_SHIFT)
    if available < count:
        raise EOFError("marshal data too short")
    if digits[-1] == 0:
        raise ValueError("bad marshal data (unnormalized long data)")
    return r.ref(value if n > 0 else -value, flag)


def _float_from_text(r: _Reader) -> float:
    """r_float_str: PyOS_string_to_double of the text up to its first NUL, as C reads it."""
    text = r.take(r.byte()).partition(b"\0")[0]
    if not _C_DOUBLE.fullmatch(text):
        shown = text[:200].decode("utf-8", "replace")
        raise ValueError(f"could not convert string to float: '{shown}'")
    return float(text)


def _r_float(r: _Reader, flag: int):
    return r.ref(_float_from_text(r), flag)


def _r_binary_float(r: _Reader, flag: int):
    return r.ref(_DOUBLE.unpack(r.take(8))[0], flag)


def _r_complex(r: _Reader, flag: int):
    real = _float_from_text(r)
    return r.ref(complex(real, _float_from_text(r)), flag)


def _r_binary_complex(r: _Reader, flag: int):
    return r.ref(complex(*_TWO_DOUBLES.unpack(r.take(16))), flag)


def _r_bytes(r: _Reader, flag: int):
    return r.ref(bytes(r.take(r.size("bytes object"))), flag)


def _r_ascii(r: _Reader, flag: int):
    return r.ref(r.take(r.size("string")).decode("latin-1"), flag)


def _r_ascii_interned(r: _Reader, flag: int):
    return r.ref(sys.intern(r.take(r.size("string")).decode("latin-1")), flag)


def _r_short_ascii(r: _Reader, flag: int):
    return r.ref(r.take(r.byte()).decode("latin-1"), flag)


def _r_short_ascii_interned(r: _Reader, flag: int):
    return r.ref(sys.intern(r.take(r.byte()).decode("latin-1")), flag)


def _r_unicode(r: _Reader, flag: int):
    return r.ref(r.take(r.size("string")).decode("utf-8", "surrogatepass"), flag)


def _r_interned(r: _Reader, flag: int):
    return r.ref(sys.intern(r.take(r.size("string")).decode("utf-8", "surrogatepass")), flag)


def _read_tuple(r: _Reader, flag: int, n: int) -> tuple:
    # CPython registers the tuple before its items; a tuple cannot be built before its items
    # in Python, so a reference from inside a tuple to itself reads as an invalid reference.
    index = r.reserve(flag)
    return r.fill(index, tuple([r.item("tuple") for _ in range(n)]))


def _r_tuple(r: _Reader, flag: int):
    return _read_tuple(r, flag, r.size("tuple"))


def _r_small_tuple(r: _Reader, flag: int):
    return _read_tuple(r, flag, r.byte())


def _r_list(r: _Reader, flag: int):
    n = r.size("list")
    result = r.ref([], flag)
    for _ in range(n):
        result.append(r.item("list"))
    return result


def _hashable(value, role: str):
    try:
        hash(value)
    except TypeError:
        name = type(value).__name__
        raise TypeError(f"cannot use '{name}' as a {role} (unhashable type: '{name}')") from None
    return value


def _r_dict(r: _Reader, flag: int):
    result = r.ref({}, flag)
    while True:
        key = r.object()
        if key is _NULL:
            return result
        value = r.object()
        if value is _NULL:
            return result
        result[_hashable(key, "dict key")] = value


def _r_set(r: _Reader, flag: int):
    n = r.size("set")
    result = r.ref(set(), flag)
    for _ in range(n):
        result.add(_hashable(r.item("set"), "set element"))
    return result


def _r_frozenset(r: _Reader, flag: int):
    n = r.size("set")
    index = r.reserve(flag)
    return r.fill(index, frozenset([_hashable(r.item("set"), "set element") for _ in range(n)]))


def _r_slice(r: _Reader, flag: int):
    index = r.reserve(flag)
    parts = []
    for _ in range(3):
        part = r.object()
        if part is _NULL:
            return _NULL  # no error of its own: the container reports the NULL
        parts.append(part)
    return r.fill(index, slice(*parts))


def _r_code(r: _Reader, flag: int):
    if not r.allow_code:
        raise ValueError("unmarshalling code objects is disallowed")
    index = r.reserve(flag)
    argcount, posonlyargcount, kwonlyargcount, stacksize, flags = (r.long() for _ in range(5))
    code, consts, names, localsplusnames, localspluskinds, filename, name, qualname = (
        r.item("code object") for _ in range(8))
    firstlineno = r.long()
    linetable = r.item("code object")
    exceptiontable = r.item("code object")
    result = Code(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, consts, names,
                  localsplusnames, localspluskinds, filename, name, qualname, firstlineno,
                  linetable, exceptiontable)
    result.validate()
    return r.fill(index, result)


def _r_ref(r: _Reader, flag: int):
    n = r.long()
    if n < 0 or n >= len(r.refs) or r.refs[n] is _NULL:
        raise ValueError("bad marshal data (invalid reference)")
    return r.refs[n]


_READERS = {
    TYPE_NULL: _r_null,
    TYPE_NONE: _r_constant(None),
    TYPE_STOPITER: _r_constant(StopIteration),
    TYPE_ELLIPSIS: _r_constant(Ellipsis),
    TYPE_FALSE: _r_constant(False),
    TYPE_TRUE: _r_constant(True),
    TYPE_INT: _r_int,
    TYPE_INT64: _r_int64,
    TYPE_LONG: _r_long,
    TYPE_FLOAT: _r_float,
    TYPE_BINARY_FLOAT: _r_binary_float,
    TYPE_COMPLEX: _r_complex,
    TYPE_BINARY_COMPLEX: _r_binary_complex,
    TYPE_STRING: _r_bytes,
    TYPE_ASCII: _r_ascii,
    TYPE_ASCII_INTERNED: _r_ascii_interned,
    TYPE_SHORT_ASCII: _r_short_ascii,
    TYPE_SHORT_ASCII_INTERNED: _r_short_ascii_interned,
    TYPE_UNICODE: _r_unicode,
    TYPE_INTERNED: _r_interned,
    TYPE_TUPLE: _r_tuple,
    TYPE_SMALL_TUPLE: _r_small_tuple,
    TYPE_LIST: _r_list,
    TYPE_DICT: _r_dict,
    TYPE_SET: _r_set,
    TYPE_FROZENSET: _r_frozenset,
    TYPE_SLICE: _r_slice,
    TYPE_CODE: _r_code,
    TYPE_REF: _r_ref,
}


class _RecursionHeadroom:
    """Lets the reader and writer nest MAX_DEPTH objects deep, as marshal.c does: each level
    costs a few host frames, more than the host's default recursion limit allows."""

    def __enter__(self) -> None:
        self.saved = sys.getrecursionlimit()
        sys.setrecursionlimit(self.saved + 6 * MAX_DEPTH)

    def __exit__(self, *exc_info) -> None:
        sys.setrecursionlimit(self.saved)


def loads(data: bytes, *, allow_code: bool = True):
    """Mirrors marshal.loads: the first object in `data` (extra bytes are ignored)."""
    reader = _Reader(bytes(data), allow_code)
    with _RecursionHeadroom():
        value = reader.object()
    if value is _NULL:
        raise TypeError("NULL object in marshal data for object")
    return value


# --------------------------------------------------------------------------------------------
# Writing


def _value_key(value, memo: dict):
    """The identity CPython's constant merging gives `value` (compile.c: _PyCode_ConstantKey):
    equal immutable values of one type and bits are one object, anything else is itself."""
    key = memo.get(id(value))
    if key is not None:
        return key
    kind = type(value)
    if kind is str or kind is bytes or kind is int:
        key = (kind, value)
    elif kind is float:
        key = (kind, _DOUBLE.pack(value))
    elif kind is complex:
        key = (kind, _TWO_DOUBLES.pack(value.real, value.imag))
    elif kind is tuple:
        key = (kind, tuple([_value_key(item, memo) for item in value]))
    elif kind is slice:
        key = (kind, _value_key(value.start, memo), _value_key(value.stop, memo),
               _value_key(value.step, memo))
    else:
        key = (id, id(value))
    memo[id(value)] = key
    return key


def _immortal(value, interned: bool, own: bool) -> bool:
    kind = type(value)
    if kind is int:
        return -5 <= value <= 256
    if kind is str:
        return interned
    if kind is bytes:
        return not value or (len(value) == 1 and not own)
    return kind is tuple and not value


class _Sharing:
    """How many references each object of the tree to write has, as CPython would count them
    (see the module docstring); walked in write order, a shared object's content once."""

    def __init__(self, root) -> None:
        self.memo: dict = {}
        self.counts: dict = {}
        self.visit(root)

    def count(self, key) -> bool:
        seen = key in self.counts
        self.counts[key] = self.counts.get(key, 0) + 1
        return seen

    def visit(self, value) -> None:
        kind = type(value)
        if value is None or kind is bool or value is Ellipsis or value is StopIteration:
            return
        if self.count(_value_key(value, self.memo)):
            return
        if kind is tuple or kind is list or kind is set or kind is frozenset:
            for item in value:
                self.visit(item)
        elif kind is dict:
            for key, item in value.items():
                self.visit(key)
                self.visit(item)
        elif kind is slice:
            self.visit(value.start)
            self.visit(value.stop)
            self.visit(value.step)
        elif kind is Code:
            # co_code and co_localspluskinds are its own (see _w_code), the rest merges
            for field in (value.co_consts, value.co_names, value.co_localsplusnames,
                          value.co_filename, value.co_name, value.co_qualname,
                          value.co_linetable, value.co_exceptiontable):
                self.visit(field)


class _Writer:
    """Mirrors marshal.c's WFILE, w_object and w_complex_object."""

    __slots__ = ("out", "version", "refs", "depth", "allow_code", "sharing")

    def __init__(self, version: int, allow_code: bool, root) -> None:
        self.out = bytearray()
        self.version = version
        self.refs: dict = {}
        self.depth = 0
        self.allow_code = allow_code
        self.sharing = _Sharing(root) if version >= 3 else None

    def object(self, value, interned: bool = False, own: bool = False, shared: bool = False) -> None:
        """w_object; `own` marks a code object's own bytes fields, `shared` what CPython
        always holds more than one reference to (the top object, co_code)."""
        out = self.out
        if self.depth >= MAX_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        if value is None:
            out.append(TYPE_NONE)
        elif value is True:
            out.append(TYPE_TRUE)
        elif value is False:
            out.append(TYPE_FALSE)
        elif value is Ellipsis:
            out.append(TYPE_ELLIPSIS)
        elif value is StopIteration:
            out.append(TYPE_STOPITER)
        else:
            writer = _WRITERS.get(type(value))
            if writer is None:
                out.append(TYPE_UNKNOWN)
                raise ValueError("unmarshallable object")
            self.depth += 1
            flag = 0
            sharing = self.sharing
            if sharing is not None:
                # a code object's own bytes (built in place, so never the cached one-byte
                # objects) cannot be met again, unless empty
                key = object() if own and value else _value_key(value, sharing.memo)
                index = self.refs.get(key)
                if index is not None:
                    out.append(TYPE_REF)
                    out += _INT32.pack(index)
                    self.depth -= 1
                    return
                if type(value) is str:
                    interned = interned or looks_interned(value)
                if shared or sharing.counts.get(key, 0) > 1 or _immortal(value, interned, own):
                    self.refs[key] = len(self.refs)
                    flag = FLAG_REF
            writer(self, value, flag, interned)
            self.depth -= 1

    def size(self, n: int) -> None:
        if n > SIZE32_MAX:
            raise ValueError("unmarshallable object")
        self.out += _INT32.pack(n)


def _w_int(w: _Writer, value: int, flag: int, interned: bool) -> None:
    if -0x80000000 <= value <= SIZE32_MAX:
        w.out.append(TYPE_INT | flag)
        w.out += _INT32.pack(value)
        return
    # w_PyLong: base 2**15 digits of the magnitude, the sign on the count
    magnitude = abs(value)
    digits = []
    while magnitude:
        digits.append(magnitude & _MARSHAL_MASK)
        magnitude >>= _MARSHAL_SHIFT
    w.out.append(TYPE_LONG | flag)
    w.out += _INT32.pack(len(digits) if value > 0 else -len(digits))
    w.out += struct.pack(f"<{len(digits)}H", *digits)


def _float_text(value: float) -> bytes:
    """PyOS_double_to_string(v, 'g', 17, 0): the text form of versions 0 and 1."""
    return format(value, ".17g").encode("ascii")


def _w_float(w: _Writer, value: float, flag: int, interned: bool) -> None:
    if w.version > 1:
        w.out.append(TYPE_BINARY_FLOAT | flag)
        w.out += _DOUBLE.pack(value)
    else:
        text = _float_text(value)
        w.out.append(TYPE_FLOAT | flag)
        w.out.append(len(text))
        w.out += text


def _w_complex(w: _Writer, value: complex, flag: int, interned: bool) -> None:
    if w.version > 1:
        w.out.append(TYPE_BINARY_COMPLEX | flag)
        w.out += _TWO_DOUBLES.pack(value.real, value.imag)
    else:
        w.out.append(TYPE_COMPLEX | flag)
        for part in (value.real, value.imag):
            text = _float_text(part)
            w.out.append(len(text))
            w.out += text


def _w_bytes(w: _Writer, value: bytes, flag: int, interned: bool) -> None:
    w.out.append(TYPE_STRING | flag)
    w.size(len(value))
    w.out += value


def _w_str(w: _Writer, value: str, flag: int, interned: bool) -> None:
    out = w.out
    interned = interned or (w.version >= 3 and looks_interned(value))
    if w.version >= 4 and value.isascii():
        if len(value) < 256:
            out.append((TYPE_SHORT_ASCII_INTERNED if interned else TYPE_SHORT_ASCII) | flag)
            out.append(len(value))
        else:
            out.append((TYPE_ASCII_INTERNED if interned else TYPE_ASCII) | flag)
            w.size(len(value))
        out += value.encode("ascii")
    else:
        data = value.encode("utf-8", "surrogatepass")
        out.append((TYPE_INTERNED if interned and w.version >= 3 else TYPE_UNICODE) | flag)
        w.size(len(data))
        out += data


def _w_tuple(w: _Writer, value: tuple, flag: int, interned: bool) -> None:
    if w.version >= 4 and len(value) < 256:
        w.out.append(TYPE_SMALL_TUPLE | flag)
        w.out.append(len(value))
    else:
        w.out.append(TYPE_TUPLE | flag)
        w.size(len(value))
    for item in value:
        w.object(item, interned)


def _w_list(w: _Writer, value: list, flag: int, interned: bool) -> None:
    w.out.append(TYPE_LIST | flag)
    w.size(len(value))
    for item in value:
        w.object(item)


def _w_dict(w: _Writer, value: dict, flag: int, interned: bool) -> None:
    w.out.append(TYPE_DICT | flag)
    for key, item in value.items():
        w.object(key)
        w.object(item)
    w.out.append(TYPE_NULL)


def _w_set(w: _Writer, value, flag: int, interned: bool) -> None:
    # marshal.c writes set items in the order of their own marshal data, so that equal sets
    # give equal bytes whatever their hash order
    w.out.append((TYPE_FROZENSET if type(value) is frozenset else TYPE_SET) | flag)
    w.size(len(value))
    keyed = sorted((dumps(item, w.version, allow_code=w.allow_code), i)
                   for i, item in enumerate(value))
    items = list(value)
    for _, i in keyed:
        w.object(items[i])


def _w_slice(w: _Writer, value: slice, flag: int, interned: bool) -> None:
    if w.version < 5:
        w.out.append(TYPE_UNKNOWN)
        raise ValueError("unmarshallable object")
    w.out.append(TYPE_SLICE | flag)
    w.object(value.start)
    w.object(value.stop)
    w.object(value.step)


def _w_code(w: _Writer, code: Code, flag: int, interned: bool) -> None:
    if not w.allow_code:
        raise ValueError("marshalling code objects is disallowed")
    out = w.out
    out.append(TYPE_CODE | flag)
    out += struct.pack("<5i", code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
                       code.co_stacksize, code.co_flags)
    w.object(code.co_code, own=True, shared=True)
    w.object(code.co_consts)
    w.object(code.co_names, True)
    w.object(code.co_localsplusnames, True)
    w.object(code.co_localspluskinds, own=True)
    w.object(code.co_filename, True)
    w.object(code.co_name, True)
    w.object(code.co_qualname, True)
    out += _INT32.pack(code.co_firstlineno)
    w.object(code.co_linetable)
    w.object(code.co_exceptiontable)


_WRITERS = {
    int: _w_int,
    float: _w_float,
    complex: _w_complex,
    bytes: _w_bytes,
    str: _w_str,
    tuple: _w_tuple,
    list: _w_list,
    dict: _w_dict,
    set: _w_set,
    frozenset: _w_set,
    slice: _w_slice,
    Code: _w_code,
}


def dumps(value, version: int = VERSION, *, allow_code: bool = True) -> bytes:
    """Mirrors marshal.dumps: the marshal data of `value` in format `version`."""
    with _RecursionHeadroom():
        writer = _Writer(version, allow_code, value)
        writer.object(value, shared=True)
    return bytes(writer.out)
