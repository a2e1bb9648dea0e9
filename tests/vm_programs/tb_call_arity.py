def g(a, b):
    return a * b
print(g(2, 3))
g(1, 2, 3)
