# A RuntimeError uncaught from a generator that yields in response to close().
def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("got GeneratorExit, yielding anyway")
        yield "refused"
g = stubborn()
print(next(g))
g.close()
