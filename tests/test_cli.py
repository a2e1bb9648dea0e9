"""The command line behaves as CPython 3.14's (Modules/main.c)."""
import subprocess
import sys

from pyroboros.reference import run_reference


def run_ours(*args):
    return subprocess.run([sys.executable, "-m", "pyroboros", *args], capture_output=True, text=True)


def normalize(text, prog):
    return text.replace(prog, "PROG")


def test_version():
    assert run_ours("-V").stdout == run_reference(["-V"]).stdout.decode()


def test_unknown_option_and_missing_argument():
    for args in (["-Q"], ["-X"], ["-W"], ["--frobnicate"]):
        ours = run_ours(*args)
        theirs = run_reference(args)
        assert ours.returncode == theirs.returncode == 2, args
        assert ours.stderr.splitlines()[0] == theirs.stderr.decode().splitlines()[0], args


def test_help_text_matches():
    ours = run_ours("-h").stdout.splitlines()[1:]
    theirs = run_reference(["-h"]).stdout.decode().splitlines()[1:]
    assert ours == theirs


def test_missing_file(tmp_path):
    missing = str(tmp_path / "nope.py")
    ours, theirs = run_ours(missing), run_reference([missing])
    assert ours.returncode == theirs.returncode == 2
    assert ours.stderr.split(": ", 1)[1] == theirs.stderr.decode().split(": ", 1)[1]
