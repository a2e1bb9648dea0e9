# Raising and catching exceptions, try/finally, and exception-driven control flow.
class Stop(Exception):
    pass


def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise Stop
    return i


caught = 0
finals = 0
for i in range(800000):
    try:
        risky(i)
    except ValueError:
        caught += 1
    except Stop:
        caught += 2
    finally:
        finals += 1
missing = 0
d = {}
for i in range(600000):
    try:
        d[i]
    except KeyError:
        missing += 1
print(caught, finals, missing)
