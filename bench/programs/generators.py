# Generator functions, generator expressions, yield from and send().
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def chained(n):
    yield from countdown(n)
    yield from range(n)


def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


print(sum(chained(1500000)))
print(sum(x * x for x in range(3000000) if x % 3))
acc = accumulator()
next(acc)
for i in range(1000000):
    result = acc.send(i)
print(result)
