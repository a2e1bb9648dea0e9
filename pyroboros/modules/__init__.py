"""Modules CPython writes in C (builtins, sys, ...), written here in Python. Mirrors Modules/."""
