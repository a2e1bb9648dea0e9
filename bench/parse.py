"""Parse throughput: pyroboros.parser.parse against python3.14's ast.parse on a sample of the
reference's Lib/ (source bytes to AST), in MB/s. Run it under PyPy to time pyroboros on PyPy.

    python bench/parse.py [--sample N | --all | FILE ...]
"""
import sys

from throughput import main

if __name__ == "__main__":
    sys.exit(main("parse", "pyroboros.parser", "parse", "ast.parse"))
