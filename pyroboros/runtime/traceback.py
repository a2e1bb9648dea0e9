"""Printing an uncaught exception exactly as CPython 3.14 does.

Mirrors Python/pythonrun.c (_PyErr_Display, handled by Lib/traceback.py's
TracebackException in 3.14): the chain of causes and contexts, "Traceback (most recent call
last):", one `File "...", line N, in name` entry per traceback entry with the source lines
(found as Lib/linecache.py finds them) and the ~~~^^^ markers computed from the instruction's
co_positions (with the anchors of binary operators, subscripts and calls),
"[Previous line repeated N more times]", sys.tracebacklimit, the exception line and its
__notes__. Source segments are parsed with our own parser (never the host's ast, which may not
know 3.14's syntax) to find the anchors, as traceback.py does. Exception groups print as
traceback.py's boxed trees. Left out: colour; display widths use the host's Unicode database;
pythonrun.c's own printer when writing the report fails.
"""
from __future__ import annotations

import os
import re
import sys
import textwrap
import unicodedata
from typing import Any, TextIO

from ..errors import CompileError
from ..objects.typeobject import MISSING, type_of
from ..parser import ast_nodes as ast
from ..parser import parse
from ..parser.source_decoding import decode_source
from ..vm.decode import positions
from . import protocol, suggestions
from .import_finders import Loader
from .errors import GUEST_EXCEPTIONS, exception_matches, to_guest

_RECURSIVE_CUTOFF = 3
_NEWLINE = re.compile("\r\n|\r|\n")
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


# Sources registered in linecache by the runner (Modules/main.c: the -c program, as "<string>").
REGISTERED_SOURCES: dict[str, list[str]] = {}
# linecache.cache: the lines of every file a report has read, for the whole run (a name first
# resolved through a module's loader keeps that source).
_LINECACHE: dict[str, list[str]] = {}


def _source_lines(filename: str, cache: dict, module_globals: Any) -> list[str]:
    if filename in REGISTERED_SOURCES:
        return REGISTERED_SOURCES[filename]
    if filename not in cache:
        cache[filename] = _read_source(filename, module_globals)
    return cache[filename]


def _read_file(path: str) -> list[str] | None:
    """The lines of a file as linecache reads them (tokenize.open: its declared encoding,
    universal newlines only); [] when it cannot be decoded, None when it cannot be opened."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except (OSError, ValueError):
        return None
    try:
        text = decode_source(data, path)
    except CompileError:
        return []
    lines = _NEWLINE.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


def _read_source(filename: str, module_globals: Any) -> list[str]:
    """Mirrors linecache.updatecache after lazycache: the file; else, when it cannot be read,
    the source the frame's module loader gives (so code compiled under another name in
    __main__ shows __main__'s lines, as in CPython); else a relative name along sys.path."""
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    lines = _read_file(filename)
    if lines is not None:
        return lines
    loader = _module_loader(module_globals)
    if isinstance(loader, Loader):
        # only a SourceFileLoader's get_source gives text; the others give None
        if loader.kind != "SourceFileLoader" or loader.path is None:
            return []
        return _read_file(loader.path) or []
    if os.path.isabs(filename):
        return []
    from .importer import INTERP
    path = INTERP.setting("path", [])
    for directory in path if isinstance(path, list) else ():
        if isinstance(directory, str):
            lines = _read_file(os.path.join(directory, filename))
            if lines is not None:
                return lines
    return []


def _module_loader(module_globals: Any) -> Any:
    """linecache.lazycache's loader: the module spec's, else __loader__ (None without __name__)."""
    if not isinstance(module_globals, dict) or "__name__" not in module_globals:
        return None
    loader = getattr(module_globals.get("__spec__"), "loader", None)
    return loader if loader is not None else module_globals.get("__loader__")


def _char_offset(line: str, offset: int) -> int:
    return len(line.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _display_width(line: str, offset: int | None = None) -> int:
    """traceback.py: _display_width (East Asian wide and fullwidth characters take two
    columns; by the host's Unicode database)."""
    if offset is None:
        offset = len(line)
    if line.isascii():
        return offset
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[:offset])


def _anchors(segment: str) -> tuple | None:
    """(left_line, left_col, right_line, right_col, primary, secondary) or None."""
    try:
        tree = parse(f"(\n{segment}\n)")
    except CompileError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    lines = segment.splitlines()
    expr = tree.body[0].value

    def valid(lineno: int, col: int) -> tuple[int, int]:
        while lineno < len(lines) and col >= len(lines[lineno]):
            col = 0
            lineno += 1
        if lineno >= len(lines):
            raise IndexError
        return lineno, col

    def until(lineno: int, col: int, stop) -> tuple[int, int]:
        while True:
            ch = lines[lineno][col]
            if ch in "\\#":
                lineno, col = valid(lineno + 1, 0)
            elif not stop(ch):
                lineno, col = valid(lineno, col + 1)
            else:
                return lineno, col

    def end_of(node: ast.AST, force: bool = True) -> tuple[int, int]:
        lineno = node.end_lineno - 2
        col = _char_offset(lines[lineno], node.end_col_offset)
        return valid(lineno, col) if force else (lineno, col)

    try:
        if isinstance(expr, ast.BinOp):
            lineno, col = until(*end_of(expr.left), lambda c: not c.isspace() and c != ")")
            right = col + 1
            if right < len(lines[lineno]) and (
                    expr.right.lineno - 2 > lineno or
                    right < _char_offset(lines[expr.right.lineno - 2], expr.right.col_offset)) \
                    and not lines[lineno][right].isspace() and lines[lineno][right] not in "\\#":
                right += 1
            return lineno, col, lineno, right, "~", "^"
        if isinstance(expr, (ast.Subscript, ast.Call)):
            inner = expr.value if isinstance(expr, ast.Subscript) else expr.func
            bracket = "[" if isinstance(expr, ast.Subscript) else "("
            left_line, left_col = until(*end_of(inner), lambda c: c == bracket)
            right_line, right_col = end_of(expr, force=False)
            return left_line, left_col, right_line, right_col, "~", "^"
    except IndexError:
        return None
    return None


def _show_carets(start: int, end: int, all_lines: list[str], anchors: tuple | None) -> bool:
    try:
        tree = parse("\n".join(all_lines))
    except CompileError:
        tree = None
    if tree is not None:
        if not tree.body:
            return False
        statement = tree.body[0]
        value = None
        if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call) \
                and isinstance(statement.value.func, ast.Name):
            value = statement.value
        elif isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call) \
                and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
            value = statement.value
        if value is not None and value.lineno == 1 and value.end_lineno == len(all_lines) \
                and value.col_offset == start and value.end_col_offset == end:
            return False
    if anchors:
        return True
    return bool(all_lines[0][:start].lstrip() or all_lines[-1][end:].rstrip())


def format_entry(filename: str, lineno: Any, name: str, position: tuple, cache: dict,
                 module_globals: Any = None) -> str:
    """One traceback entry (StackSummary.format_frame_summary without colour)."""
    # Statements typed at the prompt are compiled as "<stdin-N>" and shown as "<stdin>"
    shown = "<stdin>" if filename.startswith("<stdin-") and filename.endswith(">") else filename
    row = f'  File "{shown}", line {lineno}, in {name}\n'
    line, end_line, col, end_col = position
    source = _source_lines(filename, cache, module_globals)
    if line is None or not 0 < line <= len(source):
        return row
    if end_line is None or end_line > len(source):
        end_line = line
    original = source[line - 1:end_line]
    dedented = textwrap.dedent("\n".join(original))
    if not dedented.strip():
        return row
    if col is None or end_col is None:
        return row + "    " + source[line - 1].strip() + "\n"
    start = _char_offset(original[0], col)
    end = _char_offset(original[-1], end_col)
    all_lines = dedented.splitlines()[:end_line - line + 1]
    dedent = len(original[0]) - len(all_lines[0])
    start = max(0, start - dedent)
    end = max(0, end - dedent)
    segment = "\n".join(all_lines)
    segment = segment[start:len(segment) - (len(all_lines[-1]) - end)]
    anchors = _anchors(segment)
    show = _show_carets(start, end, all_lines, anchors)
    significant = {0, len(all_lines) - 1}
    left_end = right_start = 0
    primary = secondary = "^"
    if anchors:
        left_line, left_end, right_line, right_start, primary, secondary = anchors
        if left_line == 0:
            left_end += start
        if right_line == 0:
            right_start += start
        significant.update(range(left_line - 1, left_line + 2))
        significant.update(range(right_line - 1, right_line + 2))
    significant.discard(-1)
    significant.discard(len(all_lines))
    result: list[str] = []

    # the caret columns are display columns: a wide character takes two
    display_start = _display_width(all_lines[0], start)
    display_end = _display_width(all_lines[-1], end)
    if anchors:
        left_end = _display_width(all_lines[anchors[0]], left_end)
        right_start = _display_width(all_lines[anchors[2]], right_start)

    def output(index: int) -> None:
        text = all_lines[index]
        result.append(text + "\n")
        if not show:
            return
        spaces = len(text) - len(text.lstrip())
        count = display_end if index == len(all_lines) - 1 else _display_width(text)
        carets = []
        for c in range(count):
            if c < spaces or (index == 0 and c < display_start):
                carets.append(" ")
            elif anchors and (index > anchors[0] or (index == anchors[0] and c >= left_end)) and \
                    (index < anchors[2] or (index == anchors[2] and c < right_start)):
                carets.append(secondary)
            else:
                carets.append(primary)
        result.append("".join(carets) + "\n")

    ordered = sorted(significant)
    for k, index in enumerate(ordered):
        if k:
            gap = index - ordered[k - 1]
            if gap == 2:
                output(index - 1)
            elif gap > 2:
                result.append(f"...<{gap - 1} lines>...\n")
        output(index)
    return row + textwrap.indent(textwrap.dedent("".join(result)), "    ", lambda _: True)


class _Limit:
    """How many traceback entries a report shows and how: traceback.py's BUILTIN_EXCEPTION_LIMIT
    reading of sys.tracebacklimit (the last N entries, none for N <= 0). A value that is not an
    int makes traceback.py fail, and pythonrun.c's own printer reports instead: its entries have
    the stripped source line and no carets, up to its default limit of 1000."""

    __slots__ = ("count", "carets")

    def __init__(self, plain: bool = False) -> None:
        """`plain`: pythonrun.c's printer whatever the value (PyErr_WriteUnraisable's)."""
        from .importer import INTERP
        value = INTERP.setting("tracebacklimit", None)
        self.carets = not plain and (value is None or isinstance(value, int))
        if isinstance(value, int):
            self.count = max(value, 0)
        else:
            self.count = None if self.carets else 1000

    def apply(self, entries: list) -> list:
        return entries if self.count is None else entries[len(entries) - self.count:]


def _walk(tb: Any) -> list[tuple[Any, tuple]]:
    """traceback.py: _walk_tb_with_full_positions (tb_lineno when the position has no line)."""
    entries = []
    while tb is not None:
        table = positions(tb.frame.code)
        position = table[tb.lasti] if 0 <= tb.lasti < len(table) else (None,) * 4
        if position[0] is None:
            position = (tb.lineno, *position[1:])
        entries.append((tb.frame, position))
        tb = tb.next
    return entries


def _plain_entry(frame: Any, lineno: Any, cache: dict) -> str:
    """traceback.c: tb_displayline (the line stripped of its indentation, no carets)."""
    code = frame.code
    row = f'  File "{code.co_filename}", line {lineno}, in {code.co_name}\n'
    source = _source_lines(code.co_filename, cache, frame.globals)
    if isinstance(lineno, int) and 0 < lineno <= len(source):
        row += "    " + source[lineno - 1].lstrip(" \t\f") + "\n"
    return row


def format_traceback(tb: Any, cache: dict, limit: _Limit | None = None) -> list[str]:
    """StackSummary.format over the walked entries: "[Previous line repeated N more times]"
    after three identical ones."""
    entries = _walk(tb)
    if limit is not None:
        entries = limit.apply(entries)
    result: list[str] = []
    last = None
    count = 0
    for frame, position in entries:
        code = frame.code
        key = (code.co_filename, position[0], code.co_name)
        if key != last:
            if count > _RECURSIVE_CUTOFF:
                n = count - _RECURSIVE_CUTOFF
                result.append(f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n")
            last = key
            count = 0
        count += 1
        if count <= _RECURSIVE_CUTOFF:
            if limit is None or limit.carets:
                result.append(format_entry(code.co_filename, position[0], code.co_name, position,
                                           cache, frame.globals))
            else:
                result.append(_plain_entry(frame, position[0], cache))
    if count > _RECURSIVE_CUTOFF:
        n = count - _RECURSIVE_CUTOFF
        result.append(f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n")
    return result


def _safe_str(value: Any, what: str = "exception", func: Any = str) -> str:
    """traceback.py: _safe_string (what a failing str() or repr() prints instead)."""
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def _with_suggestion(exc: Any, text: str) -> str:
    """TracebackException.__init__'s "Did you mean" and "forgot to import" additions."""
    wrong = exc.dict.get("name") if isinstance(getattr(exc, "dict", None), dict) else None
    if not isinstance(wrong, str):
        return text
    mro = type_of(exc).mro
    if GUEST_EXCEPTIONS["ImportError"] in mro:
        wrong = exc.dict.get("name_from")
        if not isinstance(wrong, str):
            return text
        suggestion = suggestions.import_suggestion(exc.dict.get("name"), wrong)
    elif GUEST_EXCEPTIONS["AttributeError"] in mro:
        suggestion = suggestions.attribute_suggestion(exc.dict.get("obj"), wrong, exc.g_tb)
    elif GUEST_EXCEPTIONS["NameError"] in mro:
        suggestion = suggestions.name_suggestion(wrong, exc.g_tb)
    else:
        return text
    if suggestion:
        text += f". Did you mean: '{suggestion}'?"
    if GUEST_EXCEPTIONS["NameError"] in mro and wrong in sys.stdlib_module_names:
        text += (f" Or did you forget to import '{wrong}'?" if suggestion
                 else f". Did you forget to import '{wrong}'?")
    return text


def _format_syntax_error(exc: Any, name: str) -> list[str]:
    """The SyntaxError part (traceback.py: _format_syntax_error), via pyroboros.errors."""
    from ..errors import CompileError, format_compile_error
    d = exc.dict
    error = CompileError(name, d.get("msg") if d.get("msg") is not None else _safe_str(exc),
                         d.get("filename"), d.get("lineno"), d.get("offset"), d.get("text"),
                         d.get("end_lineno"), d.get("end_offset"))
    return format_compile_error(error).splitlines(keepends=True)


def format_exception_only(exc: Any) -> list[str]:
    t = type_of(exc)
    name = t.qualname
    module = protocol.type_module(t)
    if module not in ("__main__", "builtins"):
        name = f"{module if isinstance(module, str) else '<unknown>'}.{name}"
    if GUEST_EXCEPTIONS["SyntaxError"] in t.mro and isinstance(exc.dict.get("msg"), str):
        lines = _format_syntax_error(exc, name)
    else:
        text = _with_suggestion(exc, _safe_str(exc))
        lines = [f"{name}: {text}\n" if text else f"{name}\n"]
    try:
        notes = protocol.getattr_or_missing(exc, "__notes__")
    except BaseException as raised:
        if not exception_matches(raised, ("Exception",)):
            raise
        failure = _safe_str(to_guest(raised), "__notes__", repr)
        notes = [f"Ignored error getting __notes__: {failure}"]
    if notes is not MISSING and notes is not None:
        if isinstance(notes, (list, tuple, range)):
            lines.extend(f"{part}\n" for note in notes for part in _safe_str(note, "note").split("\n"))
        else:
            lines.append(f"{_safe_str(notes, '__notes__', repr)}\n")
    return lines


class _PrintContext:
    """traceback.py's _ExceptionPrintContext: how deep in exception groups the output is."""

    __slots__ = ("depth", "need_close", "limit")

    def __init__(self, limit: _Limit) -> None:
        self.depth = 0
        self.need_close = False
        self.limit = limit

    def emit(self, text: str, margin: str = "|") -> str:
        prefix = " " * (2 * self.depth) + (margin + " " if self.depth else "")
        return textwrap.indent(text, prefix, lambda _: True)


_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


def _is_group(exc: Any) -> bool:
    return GUEST_EXCEPTIONS["BaseExceptionGroup"] in type_of(exc).mro and \
        isinstance(exc.dict.get("exceptions"), tuple)


class _Node:
    """A TracebackException: one exception with the cause, context and group members that
    will be printed with it (None where the exception was already met elsewhere in the tree)."""

    __slots__ = ("exc", "cause", "context", "members")

    def __init__(self, exc: Any) -> None:
        self.exc = exc
        self.cause: _Node | None = None
        self.context: _Node | None = None
        self.members: list[_Node] | None = None


def _build(exc: Any) -> _Node:
    """TracebackException.__init__ with compact=True (as _print_exception_bltin builds it): one
    `_seen` set for the whole tree, filled in the order of its last-in-first-out queue."""
    seen = {id(exc)}

    def node_for(value: Any) -> _Node:
        seen.add(id(value))
        return _Node(value)

    root = _Node(exc)
    queue = [root]
    while queue:
        node = queue.pop()
        e = node.exc
        if e.g_cause is not None and id(e.g_cause) not in seen:
            node.cause = node_for(e.g_cause)
        if node.cause is None and not e.g_suppress and e.g_context is not None \
                and id(e.g_context) not in seen:
            node.context = node_for(e.g_context)
        if _is_group(e):
            node.members = [node_for(member) for member in e.dict["exceptions"]]
        if node.cause is not None:
            queue.append(node.cause)
        if node.context is not None:
            queue.append(node.context)
        if node.members:
            queue.extend(node.members)
    return root


def _format(node: _Node, ctx: _PrintContext, cache: dict, out: list[str]) -> None:
    """TracebackException.format: the chain ending at node, oldest first; exception groups as
    boxed trees."""
    chain: list[tuple[_Node, str | None]] = []
    current: _Node | None = node
    while current is not None:
        if current.cause is not None:
            chain.append((current, _CAUSE))
            current = current.cause
        elif current.context is not None:
            chain.append((current, _CONTEXT))
            current = current.context
        else:
            chain.append((current, None))
            current = None
    for current, message in reversed(chain):
        if message:
            out.append(ctx.emit(message))
        exc = current.exc
        if current.members is None:
            stack = format_traceback(exc.g_tb, cache, ctx.limit)
            if stack:
                out.append(ctx.emit("Traceback (most recent call last):\n"))
                out.extend(ctx.emit(entry) for entry in stack)
            out.extend(ctx.emit(line) for line in format_exception_only(exc))
        elif ctx.depth > _MAX_GROUP_DEPTH:
            out.append(ctx.emit(f"... (max_group_depth is {_MAX_GROUP_DEPTH})\n"))
        else:
            _format_group(current, ctx, cache, out)


def _format_group(group: _Node, ctx: _PrintContext, cache: dict, out: list[str]) -> None:
    top = ctx.depth == 0
    if top:
        ctx.depth += 1
    exc = group.exc
    stack = format_traceback(exc.g_tb, cache, ctx.limit)
    if stack:
        out.append(ctx.emit("Exception Group Traceback (most recent call last):\n",
                            "+" if top else "|"))
        out.extend(ctx.emit(entry) for entry in stack)
    out.extend(ctx.emit(line) for line in format_exception_only(exc))
    members = group.members
    count = len(members) if len(members) <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    for i in range(count):
        last = i == count - 1
        if last:
            ctx.need_close = True
        truncated = i >= _MAX_GROUP_WIDTH
        title = "..." if truncated else f"{i + 1}"
        out.append(" " * (2 * ctx.depth) + ("+-" if i == 0 else "  ") +
                   f"+---------------- {title} ----------------\n")
        ctx.depth += 1
        if truncated:
            remaining = len(members) - _MAX_GROUP_WIDTH
            out.append(ctx.emit(f"and {remaining} more exception{'s' if remaining > 1 else ''}\n"))
        else:
            _format(members[i], ctx, cache, out)
        if last and ctx.need_close:
            out.append(" " * (2 * ctx.depth) + "+------------------------------------\n")
            ctx.need_close = False
        ctx.depth -= 1
    if top:
        ctx.depth = 0


def format_unraisable(exc: Any) -> list[str]:
    """errors.c: write_unraisable_exc_file after its message: the traceback as pythonrun.c's
    own printer writes it (no carets), then the exception line."""
    stack = format_traceback(exc.g_tb, _LINECACHE, _Limit(plain=True))
    header = ["Traceback (most recent call last):\n"] if stack else []
    return header + stack + format_exception_only(exc)


def format_exception(exc: Any) -> list[str]:
    """The whole report for exc and its chain (TracebackException.format)."""
    lines: list[str] = []
    _format(_build(exc), _PrintContext(_Limit()), _LINECACHE, lines)
    return lines


def print_exception(exc: Any, out: TextIO) -> None:
    out.write("".join(format_exception(exc)))
