# list.sort / sorted make exactly CPython 3.14's comparisons (timsort with 3.13's count_run,
# binary insertion, galloping, powersort merges), and leave the list as CPython does when a
# comparison fails or the list is changed during the sort.

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


LOG = []


class Item:
    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        LOG.append((self.tag, other.tag))
        return self.value < other.value

    def __repr__(self):
        return f"{self.value}/{self.tag}"


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 1009 + b) % 2305843009213693951
    return h


def shapes(n):
    yield "random", [rand(1000) for _ in range(n)]
    yield "dups", [rand(5) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "equal", [7] * n
    partial = list(range(n))
    for _ in range(n // 10 + 1):
        if n > 1:
            i, j = rand(n), rand(n)
            partial[i], partial[j] = partial[j], partial[i]
    yield "partial", partial
    yield "sawtooth", [i % 17 for i in range(n)]
    yield "runs", [(i // 13) * (-1) ** (i // 13) + rand(3) for i in range(n)]
    yield "desc-dups", sorted([rand(4) for _ in range(n)], reverse=True)


lengths = list(range(0, 40)) + [47, 63, 64, 65, 66, 71, 100, 128, 129, 200, 257, 600]
for n in lengths:
    for name, values in shapes(n):
        items = [Item(v, i) for i, v in enumerate(values)]
        del LOG[:]
        items.sort()
        order = [x.tag for x in items]
        print(n, name, len(LOG), digest(LOG), digest(zip(order, order)))
        del LOG[:]
        result = sorted(items, reverse=True)
        print(" reverse", len(LOG), digest(LOG), digest(zip([x.tag for x in result], order)))
        del LOG[:]
        keyed = [Item(v, i) for i, v in enumerate(values)]
        result = sorted(range(n), key=lambda i: keyed[i])
        print(" key", len(LOG), digest(LOG), digest(zip(result, result)))


class Failing(Item):
    budget = 0

    def __lt__(self, other):
        Failing.budget -= 1
        if Failing.budget < 0:
            raise ArithmeticError("stop")
        return self.value < other.value


for n, budget in [(10, 5), (40, 100), (100, 300), (100, 500), (300, 1200), (300, 2000), (300, 2500)]:
    for name, values in shapes(n):
        items = [Failing(v, i) for i, v in enumerate(values)]
        Failing.budget = budget
        try:
            items.sort()
        except ArithmeticError as e:
            print(n, budget, name, "failed:", e, digest(enumerate(x.tag for x in items)))
        else:
            print(n, budget, name, "sorted", digest(enumerate(x.tag for x in items)))
        items = [Failing(v, i) for i, v in enumerate(values)]
        Failing.budget = budget
        try:
            items.sort(key=lambda x: x, reverse=True)
        except ArithmeticError as e:
            print(" reverse key failed:", e, digest(enumerate(x.tag for x in items)))
        else:
            print(" reverse key sorted", digest(enumerate(x.tag for x in items)))


class Backwards:
    """__lt__ declines; the reflected __gt__ answers."""

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        LOG.append(("lt", self.value, other.value))
        return NotImplemented

    def __gt__(self, other):
        LOG.append(("gt", self.value, other.value))
        return self.value > other.value


del LOG[:]
print([b.value for b in sorted([Backwards(v) for v in [3, 1, 2, 5, 4]])])
print(LOG)

del LOG[:]
pairs = [(Item(v, i), i) for i, v in enumerate([2, 1, 2, 0, 1])]
pairs.sort()
print([t for _, t in pairs], LOG)
del LOG[:]
mixed = [(1, Item(3, 0)), (1, Item(1, 1)), (0, Item(2, 2)), (1, Item(1, 3))]
mixed.sort()
print([x[1].tag for x in mixed], LOG)


class Truthy:
    def __init__(self, answer):
        self.answer = answer

    def __bool__(self):
        LOG.append("bool")
        return self.answer


class Odd:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return Truthy(self.value < other.value)


del LOG[:]
print([o.value for o in sorted(map(Odd, [2, 3, 1]))], LOG)

seen = []


class Peek:
    def __init__(self, value, target):
        self.value = value
        self.target = target

    def __lt__(self, other):
        seen.append(len(self.target))
        return self.value < other.value


target = []
target.extend(Peek(v, target) for v in [3, 1, 2])
target.sort()
print([p.value for p in target], seen)


class Grow:
    def __init__(self, value, target):
        self.value = value
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.value < other.value


target = []
target.extend(Grow(v, target) for v in [3, 1, 2])
try:
    target.sort()
except ValueError as e:
    print("ValueError", e, [g.value for g in target])

target = [3, 1, 2]
try:
    target.sort(key=lambda x: target.append(x) or x)
except ValueError as e:
    print("ValueError", e, target)


def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return -x


target = [3, 1, 2, 0]
try:
    target.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, target)

values = [float("nan"), 2.0, 1.0, float("nan"), 0.5, 3.0, 1.0, 0.2]
print(sorted(values), sorted(values, reverse=True))
values = [3.0, 2.0, float("nan"), 1.0, 5.0, 4.0, float("nan"), 0.1] * 5
print(sorted(values))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["b", "a", "c"], key=str.upper, reverse=True))
print(sorted([3, 1, 2.5, True, 0]))
for bad in ([1, "a"], ["a", 1], [(1, "a"), (1, 2)], [1, 2, None], [None, None], [{1}, 2]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)
print(sorted([{1, 2}, {1}, {3}, {1, 2, 3}]))


class Sneaky(list):
    """list.sort reads the items directly, never through the subclass's methods."""

    def __getitem__(self, i):
        print("getitem")
        return 0

    def __len__(self):
        print("len")
        return 0

    def __iter__(self):
        print("iter")
        return iter([])


sneaky = Sneaky([3, 1, 2])
sneaky.sort()
print(list.__repr__(sneaky))
sneaky.sort(reverse=True, key=lambda v: -v)
print(list.__repr__(sneaky))
print(sorted(Sneaky([5, 4])))
for call in (lambda: [].sort(1), lambda: [].sort(foo=1), lambda: [2, 1].sort(key=1),
             lambda: sorted(), lambda: sorted([1], 2), lambda: sorted([1], foo=2),
             lambda: sorted(iterable=[1]), lambda: sorted(1), lambda: list.sort(1), lambda: list.sort()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], reverse=1.5), sorted([3, 1, 2], reverse="x"), sorted([3, 1, 2], reverse=None))
