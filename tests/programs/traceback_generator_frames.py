# An uncaught error inside a generator driven by a comprehension inside a class body inside a lambda.
def numbers():
    yield 1
    yield 1 / 0


make = lambda: type("Made", (), {"values": [n for n in numbers()]})
make()
