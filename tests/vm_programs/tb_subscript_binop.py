def inner(x):
    return x["key"] + 1
def outer():
    data = {"key": "s"}
    return inner(data)
outer()
