"""pyroboros: CPython 3.14 rebuilt from scratch in Python.

Four phases, as in CPython: parser/ (source to tokens to AST), compiler/ (AST to code objects),
vm/ (the eval loop), and objects/, runtime/, modules/ (the object model and the runtime).
"""
__version__ = "0.1.0"
