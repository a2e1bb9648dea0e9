def f(xs):
    k = 2
    return [lambda: x * k for x in xs]
print([g() for g in f([1, 2])])
def outer():
    vals = [1, 2, 3]
    return [[v * i for v in vals] for i in range(2)]
print(outer())
print([[i * j for j in range(3)] for i in range(2)])
