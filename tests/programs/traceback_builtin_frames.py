# Errors raised inside functions called by builtins (sorted key, map, min with key, str.join of
# a generator): the builtins add no frames.
def key(value):
    return 10 / value


def job():
    data = sorted([3, 2, 1], key=key)
    values = list(map(key, [1, 2]))
    return min([5, 0], key=key) + data[0] + values[0]


job()
