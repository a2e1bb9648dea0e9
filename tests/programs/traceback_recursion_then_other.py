# A recursion ending in a different function: the repeated-line summary, then the last frames.
def recurse(n):
    if n == 0:
        return finish()
    return recurse(n - 1)


def finish():
    return {}["missing"]


recurse(50)
