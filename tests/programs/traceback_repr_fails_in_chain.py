# An exception with a failing __str__ as the cause, an exception with args of many kinds.
class Boom(Exception):
    def __str__(self):
        raise Boom("again")


try:
    raise Boom()
except Boom as b:
    raise Exception(1, "two", [3], None) from b
