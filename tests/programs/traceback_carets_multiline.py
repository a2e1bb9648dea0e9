# Carets for an expression spanning several lines, with a subscript and a call inside.
def fail(*args):
    return args[5]


data = {"key": [1, 2, 3]}
total = (
    data["key"][0]
    + fail(
        1,
        2,
    )
)
