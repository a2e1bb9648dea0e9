# Exceptions whose contexts form a cycle, and one exception appearing twice in a chain.
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
try:
    raise a
except ValueError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
shared = TypeError("shared")
first = RuntimeError("first")
first.__cause__ = shared
second = LookupError("second")
second.__context__ = first
second.__cause__ = shared
try:
    raise second
except LookupError:
    pass
raise a
