"""Compile throughput: pyroboros.compiler.compile_source against python3.14's compile() on a sample
of the reference's Lib/ (source bytes to code objects), in MB/s. Run it under PyPy to time pyroboros
on PyPy.

    python bench/compile.py [--sample N | --all | FILE ...]
"""
import sys

from throughput import main

if __name__ == "__main__":
    sys.exit(main("compile", "pyroboros.compiler", "compile_source",
                  "lambda source, path: compile(source, path, 'exec', dont_inherit=True)"))
