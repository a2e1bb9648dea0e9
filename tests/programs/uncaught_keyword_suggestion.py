# A misspelt keyword argument of a Python function: 3.14 suggests the parameter.
def f(alpha, beta): pass
f(1, bet=2)
