"""A small program pyroboros runs end to end: classes, closures, generators, f-strings."""


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name):
        return f"{self.greeting}, {name}!"


def countdown(n):
    while n > 0:
        yield n
        n -= 1


hello = Greeter("Hello")
print(hello("pyroboros"))
print("countdown:", *countdown(3))
print({word: len(word) for word in ["tokens", "ast", "bytecode"]})
