# Iterator protocol: __iter__/__next__, iter(callable, sentinel), exhaustion, StopIteration values, for-else.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)), [x for x in Countdown(3)], max(Countdown(6)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
show(lambda: next(c))
class Reiterable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reiterable([1, 2, 3])
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
it = iter([1, 2, 3])
print(next(it), list(it), list(it), iter(it) is it)
calls = [3, 2, 1, 0, 5]
print(list(iter(lambda: calls.pop(0), 0)), calls)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
show(lambda: iter(5, 0))
show(lambda: iter(lambda: 1, 1, 2))
show(lambda: next([1]))
show(lambda: next(5))
class BadIter:
    def __iter__(self):
        return 5
show(lambda: iter(BadIter()))
show(lambda: list(BadIter()))
class NoNext:
    def __iter__(self):
        return self
show(lambda: iter(NoNext()))
class IterNone:
    __iter__ = None
show(lambda: iter(IterNone()))
for x in range(3):
    if x == 5:
        break
else:
    print("for-else ran (no break)")
for x in range(3):
    if x == 1:
        print("breaking")
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
for x in []:
    pass
else:
    print("empty for-else")
it = iter(range(10))
for x in it:
    if x == 3:
        break
print("resumed:", list(it))
seq = [1, 2, 3]
for x in seq:
    if x == 1:
        seq.append(4)
print(seq)
d = {"a": 1}
show(lambda: [d.setdefault(k + k, 0) for k in d])
print(list(zip(iter([1, 2, 3]), iter("ab"))), list(map(pow, [2, 3], [3, 2])))
it1 = iter([1, 2])
print(type(it1).__name__, type(iter("s")).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(it1.__length_hint__(), next(it1), it1.__length_hint__())
