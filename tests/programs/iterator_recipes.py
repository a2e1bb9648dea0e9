# Hand-written versions of itertools-style helpers: chain, islice, groupby, product, permutations, combinations, accumulate.
def chain(*its):
    for it in its:
        yield from it
def islice(it, start, stop, step=1):
    it = iter(it)
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
def groupby(items, key=lambda x: x):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    group, k = [current], key(current)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            group, k = [x], kx
    yield k, group
def product(*pools):
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    return result
def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest
def combinations(seq, r):
    seq = list(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest
def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(chain("ab", [1, 2], range(2))), list(islice(range(100), 5, 20, 4)), list(islice("abc", 0, 0)))
print([(k, g) for k, g in groupby("aaabccdaa")], [(k, len(g)) for k, g in groupby(range(10), key=lambda v: v // 3)])
print(product("ab", [0, 1]), len(product(range(3), repeat if False else range(3), range(2))), product())
print(list(permutations("abc")), len(list(permutations(range(5), 2))), list(permutations([], 0)))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))), list(combinations("ab", 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(pairwise("abcd")), list(pairwise([1])), list(zip(*[iter(range(9))] * 3)))
def roundrobin(*its):
    iterators = [iter(it) for it in its]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)
print(list(roundrobin("ABC", "D", "EF")))
def unique_everseen(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen([3, 1, 3, 2, 1])))
