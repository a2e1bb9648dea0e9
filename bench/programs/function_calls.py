# Plain, keyword, default and *args calls, and recursion.
def add(a, b):
    return a + b


def scaled(x, factor=2, *, offset=0):
    return x * factor + offset


def total(*values):
    s = 0
    for v in values:
        s += v
    return s


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


acc = 0
for i in range(1200000):
    acc = add(acc, i)
    acc += scaled(i, offset=1)
    acc += total(i, 1, 2)
print(acc)
print(fib(25))
