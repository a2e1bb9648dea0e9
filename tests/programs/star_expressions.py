# Star expressions: in calls, literals, returns, subscripts (PEP 646), for targets, and unpacking errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def f(*args, **kwargs):
    return args, kwargs
a, b = [1, 2], (3, 4)
print(f(*a, *b), f(0, *a, 5, *b), f(*"xy", **{"k": 1}, **{"j": 2}), f(*range(3), *{}, **{}))
print([*a, *b], (*a, *b), {*a, *b}, {**{"p": 1}, **{"q": 2}}, [*a, 10, *"s"], (*a,))
def ret():
    return *a, *b
def ret2():
    return 0, *a
print(ret(), ret2())
class Sub:
    def __getitem__(self, key):
        return key
print(Sub()[*a], Sub()[*a, 5], Sub()[1, *b], Sub()[*()])
for x, *rest in [(1, 2, 3), "ab"]:
    print(x, rest)
first, *middle, last = range(10)
print(first, middle, last)
print(*[], sep="-")
print(*[1], *[2, 3], sep="-")
def gen():
    yield from range(3)
print([*gen()], (*gen(), *gen()))
show(lambda: f(*5))
show(lambda: f(**[1]))
show(lambda: f(**{"a": 1}, **{"a": 2}))
show(lambda: f(*None))
show(lambda: [*5])
show(lambda: {**[]})
def kwonly(*, a, b):
    return a + b
print(kwonly(**{"a": 1, "b": 2}), kwonly(**{"a": 1}, b=5))
show(lambda: kwonly(**{"a": 1, "b": 2, "c": 3}))
print(max(*[3, 1, 2]), min(*"cab"), sorted([*{3, 1}, *{2}]), dict([*{"a": 1}.items(), ("b", 2)]))
t = 1, *a
print(t, type(t).__name__)
print(f(*a, k=1, *b), f(*[1], **dict(z=0)))
