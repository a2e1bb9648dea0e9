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


def test_skip_first_line_keeps_line_numbers(tmp_path):
    program = tmp_path / "dos.py"
    program.write_text("@echo off & python -x %0 & goto :eof\nprint('ran')\n1/0\n")
    ours, theirs = run_ours("-x", str(program)), run_reference(["-x", str(program)])
    assert (ours.stdout, ours.stderr, ours.returncode) == \
        (theirs.stdout.decode(), theirs.stderr.decode(), theirs.returncode)


def test_options_not_honoured_are_said_plainly(tmp_path):
    program = tmp_path / "p.py"
    program.write_text("print('ran')\n")
    ours = run_ours("-v", "-W", "error", "-X", "dev", "-X", "importtime", str(program))
    assert ours.stdout == "ran\n"
    assert ours.stderr.splitlines() == [
        "pyroboros: -v (import tracing) is not supported yet; ignored",
        "pyroboros: -X importtime is not supported yet; ignored",
    ]


def test_syntax_warnings_of_every_phase_print_as_cpython(tmp_path):
    # tokenizer (invalid decimal literal), parser (invalid escape), compiler ("is" literal)
    program = tmp_path / "warned.py"
    program.write_text('x = "\\d"\nif x is 1: pass\ny = [0x1for x in ()]\nprint("ran")\n')
    ours, theirs = run_ours(str(program)), run_reference([str(program)])
    assert "SyntaxWarning" in theirs.stderr.decode()
    assert (ours.stdout, ours.stderr, ours.returncode) == \
        (theirs.stdout.decode(), theirs.stderr.decode(), theirs.returncode)
