"""The `pyroboros` command: CPython 3.14's command line.

Mirrors Modules/main.c and Python/initconfig.c (config_parse_cmdline, the usage text) and
Python/getopt.c (short options, clustered flags, `--` forms). Parsing yields a `Config`;
running it is pyroboros.runner's job. Options pyroboros cannot honour yet say so plainly
on stderr instead of being silently ignored.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

VERSION = "3.14.10"

USAGE_LINE = "usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
TRY_HELP = "Try `python -h' for more information.\n"
HELP = """\
Options (and corresponding environment variables):
-b     : issue warnings about converting bytes/bytearray to str and comparing
         bytes/bytearray with str or bytes with int. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env: print help about Python environment variables and exit
--help-xoptions: print help about implementation-specific -X options and exit
--help-all: print complete help information and exit

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""

FLAGS = "bBdEhiIOPqsSuvVx?"      # options without an argument
WITH_ARGUMENT = "cmWX"          # options taking one (the rest of the word, or the next word)
LONG = {"--help": "h", "--version": "V"}


class UsageError(Exception):
    """A command-line error: CPython prints the message, the usage line and exits 2."""


@dataclass
class Config:
    """What the command line asks for (a subset of PyConfig)."""

    command: str | None = None        # -c
    module: str | None = None         # -m
    filename: str | None = None       # FILE, or "-" for stdin
    argv: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)   # flag -> times given
    warnoptions: list[str] = field(default_factory=list)
    xoptions: list[str] = field(default_factory=list)
    check_hash_based_pycs: str = "default"

    def flag(self, letter: str) -> int:
        return self.counts.get(letter, 0)

    @property
    def optimize(self) -> int:
        return self.flag("O")

    @property
    def isolated(self) -> bool:
        return bool(self.flag("I"))

    @property
    def ignore_environment(self) -> bool:
        return bool(self.flag("E") or self.flag("I"))

    def environ(self, name: str) -> str:
        """A PYTHON* environment variable ('' when unset or under -E/-I)."""
        return "" if self.ignore_environment else os.environ.get(name, "")

    @property
    def dev_mode(self) -> bool:
        """-X dev or PYTHONDEVMODE (initconfig.c: config_init_dev_mode)."""
        return any(opt.partition("=")[0] == "dev" for opt in self.xoptions) \
            or bool(self.environ("PYTHONDEVMODE"))

    def sys_warnoptions(self) -> list[str]:
        """sys.warnoptions, lowest precedence first (initconfig.c: config_init_warnoptions):
        dev mode's "default", PYTHONWARNINGS, the -W options, then -b's BytesWarning filter."""
        options = ["default"] if self.dev_mode else []
        options += [opt for opt in self.environ("PYTHONWARNINGS").split(",") if opt]
        options += self.warnoptions
        if self.flag("b"):
            options.append("error::BytesWarning" if self.flag("b") > 1 else "default::BytesWarning")
        return options


def parse_command_line(args: list[str]) -> Config:
    """Mirrors initconfig.c: config_parse_cmdline (with getopt.c's _PyOS_GetOpt)."""
    config = Config()
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--check-hash-based-pycs":
            if i + 1 >= len(args):
                raise UsageError("Argument expected for the --check-hash-based-pycs option")
            value = args[i + 1]
            if value not in ("always", "default", "never"):
                raise UsageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'")
            config.check_hash_based_pycs = value
            i += 2
            continue
        if word in LONG:
            word = "-" + LONG[word]
        if word == "-" or not word.startswith("-") or word == "--":
            if word == "--":
                i += 1
            break
        if word.startswith("--"):
            raise UsageError(f"Unknown option: {word}")
        j = 1
        while j < len(word):
            letter = word[j]
            if letter in WITH_ARGUMENT:
                value = word[j + 1:]
                if not value:
                    i += 1
                    if i >= len(args):
                        raise UsageError(f"Argument expected for the -{letter} option")
                    value = args[i]
                if letter == "c":
                    config.command = value
                    config.argv = ["-c", *args[i + 1:]]
                    return config
                if letter == "m":
                    config.module = value
                    config.argv = [value, *args[i + 1:]]
                    return config
                (config.warnoptions if letter == "W" else config.xoptions).append(value)
                break
            if letter not in FLAGS:
                raise UsageError(f"Unknown option: -{letter}")
            config.counts[letter] = config.counts.get(letter, 0) + 1
            j += 1
        i += 1
    rest = args[i:]
    if rest:
        config.filename = rest[0]
        config.argv = rest
    else:
        config.argv = [""]
    return config


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `pyroboros` console script."""
    args = sys.argv[1:] if argv is None else argv
    prog = sys.argv[0] if argv is None else "pyroboros"
    try:
        config = parse_command_line(args)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n{USAGE_LINE.format(prog=prog)}{TRY_HELP}")
        return 2
    if config.flag("h") or config.flag("?"):
        sys.stdout.write(USAGE_LINE.format(prog=prog) + HELP)
        return 0
    if config.flag("V"):
        print(f"Python {VERSION}")
        return 0
    if not config.ignore_environment and os.environ.get("PYTHONOPTIMIZE", "").isdigit():
        config.counts["O"] = max(config.optimize, int(os.environ["PYTHONOPTIMIZE"]))
    from .runner import run
    status = run(config, prog)
    if sys.flags.inspect:
        # The host honours PYTHONINSPECT too: it would print the SystemExit of the caller's
        # sys.exit(main()) and start its own REPL. The guest's REPL has run: leave now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status & 0xFF)
    return status


if __name__ == "__main__":
    sys.exit(main())
