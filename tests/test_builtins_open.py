"""open() behaves as python3.14's: path-likes, descriptors through __index__, modes and their
errors, text and binary streams with their guest `_io` types and reprs, an opener, OSError
subclasses with errno and filename, argument errors; differential against python3.14."""
from __future__ import annotations

from pathlib import Path

from run_compare import run_both, write_tree

PROGRAM = r'''
def show(label, thunk):
    try:
        r = thunk()
    except BaseException as e:
        print(label, "->", type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
    else:
        print(label, "=", r)


with open("data.txt", "w") as f:
    print(type(f), type(f).__mro__, f.write("first\nsecond\n"), repr(f), f.mode, f.closed)
print(f.closed)


class PathLike:
    def __fspath__(self):
        return "data.txt"


class BadPath:
    def __fspath__(self):
        return 1


class Number:
    def __float__(self):
        return 1.0


for arg in [PathLike(), BadPath(), [], 1.5, None, Number(), print, "missing/x", b"data.txt"]:
    show(f"open({type(arg).__name__})", lambda: open(arg).readline())
for mode in ["z", "rw", "rb", "r+", "a", "U", "rbt", "x"]:
    def attempt():
        with open("data.txt", mode) as f:
            return type(f).__name__, type(getattr(f, "buffer", f)).__name__
    show(f"mode {mode}", attempt)
with open("data.txt") as f:
    print(list(f), f.tell(), f.name, f.encoding, f.buffer.raw)
with open("data.txt", "rb") as f:
    print(f.read(), repr(f), f.raw, f.raw.closefd)
with open(b"data.txt", "rb", buffering=0) as f:
    print(repr(f), f.readall())


def opener(path, flags):
    print("opener", path, flags)
    return 1 / 0


show("opener", lambda: open("data.txt", opener=opener))
show("binary encoding", lambda: open("data.txt", "rb", encoding="utf-8"))
show("buffering str", lambda: open("data.txt", buffering="x"))
show("no file", lambda: open())
show("bad keyword", lambda: open(x=1))
show("too many", lambda: open("data.txt", "r", -1, None, None, None, True, None, 1))
show("closefd", lambda: open("data.txt", closefd=False))
print(open.__name__, open.__module__, type(open), open.__qualname__)
'''


def test_open_matches_python314(tmp_path: Path) -> None:
    write_tree(tmp_path, {"prog.py": PROGRAM})
    theirs, ours = run_both(["prog.py"], tmp_path)
    assert ours == theirs
    assert "FileNotFoundError [Errno 2] No such file or directory" in theirs[0]
