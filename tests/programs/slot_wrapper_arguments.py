# The argument-count errors of slot wrappers and method-wrappers as typeobject.c's wrap_*
# functions word them (named for __setitem__/__setattr__/__set__/__get__, "1 or 2" for __pow__).
x = [1]
for bad in [lambda: x.__len__(1), lambda: x.__add__(), lambda: x.__add__(1, 2), lambda: x.__getitem__(),
            lambda: x.__setitem__(0), lambda: x.__eq__(), lambda: (1).__pow__(), lambda: (1).__pow__(1, 2, 3),
            lambda: object().__setattr__("a"), lambda: x.__len__(a=1), lambda: list.__add__(x), lambda: x.__iter__(1),
            lambda: x.__init__(1, 2), lambda: object().__get__ if False else (lambda: 0).__get__(),
            lambda: x.__contains__(), lambda: x.__delitem__(), lambda: (1).__round__(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
p = property()
for f in [lambda: p.__set__(1), lambda: p.__set__(1, 2, 3), lambda: (1).__rpow__(), lambda: p.__get__(1, 2, 3),
          lambda: p.__delete__(), lambda: [].__setitem__(1, 2, 3), lambda: object().__setattr__(1, 2, 3),
          lambda: p.__set__(1, a=2), lambda: list.__setitem__([1], 0), lambda: (2).__pow__(3, None)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
d = {}
for f in [lambda: d.__delitem__(), lambda: object().__delattr__(), lambda: object().__delattr__(1, 2),
          lambda: d.__setitem__(k=1), lambda: type(d).__setitem__(d, 1), lambda: d.__setitem__(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(d)
