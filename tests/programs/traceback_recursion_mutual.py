# Uncaught RecursionError through two mutually recursive functions and a method.
class Walker:
    def step(self, n):
        return ping(self, n)


def ping(walker, n):
    return pong(walker, n)


def pong(walker, n):
    return walker.step(n + 1)


print("start")
Walker().step(0)
