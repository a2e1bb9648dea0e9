# Uncaught exception raised "from None": the context is not displayed; a three-level chain otherwise is.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key!r}") from None
print(lookup({"a": 1}, "a"))
try:
    lookup({}, "b")
except LookupError as e:
    print("caught:", e, e.__context__ is not None, e.__suppress_context__)
def level3():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("level 2") from e
def level1():
    try:
        level3()
    except ValueError:
        raise TypeError("level 1")
level1()
