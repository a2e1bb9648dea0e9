# StopIteration escaping a generator becomes RuntimeError, with the StopIteration as its cause.
def gen():
    yield 1
    raise StopIteration("escaped")


for item in gen():
    print(item)
