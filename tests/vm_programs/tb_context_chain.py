class A:
    pass
def f(a):
    return a.missing_attr
try:
    f(A())
except AttributeError:
    raise ValueError("during")
