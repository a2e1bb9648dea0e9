# Deprecation warnings the interpreter core emits in __main__ (shown once per line by the
# default filter "default::DeprecationWarning:__main__", then remembered in
# __warningregistry__): ~ on a bool, and conversion dunders returning strict subclasses.


class Small(int):
    pass


class Real(float):
    pass


class Pair(complex):
    pass


class Convertible:
    def __int__(self):
        return Small(3)

    def __index__(self):
        return True

    def __float__(self):
        return Real(2.5)

    def __complex__(self):
        return Pair(1j)


def invert(flag):
    return ~flag


for flag in (True, False, True):
    print(invert(flag), ~flag)

value = Convertible()
for _ in range(2):
    print(int(value), float(value), complex(value))
print(bin(value), [10, 20][value], type(int(value)).__name__)
print(sorted(key for key in __warningregistry__ if key != "version"))
