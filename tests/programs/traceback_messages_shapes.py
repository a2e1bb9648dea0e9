# Exception lines of many shapes: empty str, multi-line messages (also inside a group), a
# KeyError of a tuple, a message ending in a newline, and args that are not strings.
errors = [ValueError(""), KeyError(("a", 1)), RuntimeError("line one\nline two"),
          TypeError("trailing newline\n"), OSError(2, "No such file"), Exception(None),
          ArithmeticError(1, 2, 3)]
for e in errors:
    print(repr(str(e)))
group = ExceptionGroup("shapes\nwith two lines", errors)
raise group
