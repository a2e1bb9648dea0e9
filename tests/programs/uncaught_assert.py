# assert statements: passing asserts, caught AssertionError with messages, then an uncaught one.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-1)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("caught bare:", repr(e), e.args)
assert (1, "tuple is truthy")
assert 1 == 1, "never shown"
values = [3, 2, 1]
assert values == sorted(values), "values must be sorted"
