# Docstrings and function attributes: __doc__, __name__/__qualname__ assignment, __dict__, __module__, __defaults__ edits.
def documented(a, b=2):
    """Add two numbers.

    Second paragraph, indented.
    """
    return a + b
def undocumented():
    x = "not a docstring"
    return x
class C:
    """Class doc."""
    def m(self):
        "Method doc in single quotes."
    def n(self):
        f"not a docstring {1}"
print(repr(documented.__doc__), undocumented.__doc__, C.__doc__, C.m.__doc__, C.n.__doc__)
print(documented.__name__, documented.__qualname__, documented.__module__, C.m.__qualname__)
documented.__name__ = "renamed"
documented.__qualname__ = "Some.renamed"
documented.__doc__ = "new doc"
print(documented.__name__, documented.__qualname__, documented.__doc__)
documented.custom = "attribute"
print(documented.custom, documented.__dict__)
print(documented(1), documented.__defaults__)
documented.__defaults__ = (100,)
print(documented(1))
documented.__defaults__ = None
try:
    documented(1)
except TypeError as e:
    print("TypeError:", e)
def kw(*, k=1):
    return k
kw.__kwdefaults__ = {"k": "changed"}
print(kw())
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    documented.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
print(type(documented.__code__).__name__, documented.__code__.co_name, documented.__globals__ is globals(), documented.__builtins__ is not None)
print(len.__doc__.splitlines()[0], int.__doc__.splitlines()[0], str.upper.__doc__, (lambda: 0).__doc__)
class WithBytesDoc:
    b"bytes are not docstrings"
print(WithBytesDoc.__doc__)
def swap_code():
    return "original"
def other():
    return "other code"
swap_code.__code__ = other.__code__
print(swap_code(), swap_code.__name__)
class Slotted:
    __slots__ = ()
    """doc after slots is not a docstring"""
print(Slotted.__doc__)
