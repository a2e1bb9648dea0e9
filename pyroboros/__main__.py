"""`python -m pyroboros` is the `pyroboros` command."""
import sys

from .cli import main

sys.exit(main())
