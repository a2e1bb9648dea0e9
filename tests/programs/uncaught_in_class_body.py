# An exception raised while executing a class body, after a successfully created class.
class Fine:
    value = 1
print("Fine created", Fine.value)
class Broken:
    first = 1
    print("in class body, first =", first)
    second = first / 0
    third = 3
