# Sorting algorithms implemented by hand and cross-checked against sorted(): quick, merge, heap, insertion, counting.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        yield seed
gen = lcg(42)
data = [next(gen) % 1000 for _ in range(400)]
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out
def heap_sort(xs):
    a = xs[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def insertion_sort(xs):
    a = xs[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def counting_sort(xs, k):
    counts = [0] * k
    for x in xs:
        counts[x] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]
expected = sorted(data)
for name, fn in (("quick", quicksort), ("merge", merge_sort), ("heap", heap_sort), ("insertion", insertion_sort),
                 ("counting", lambda xs: counting_sort(xs, 1000))):
    result = fn(data)
    print(name, result == expected, result[:8], result[-3:])
records = [(next(gen) % 5, i) for i in range(30)]
print(merge_sort(records)[:10], sorted(records, key=lambda r: r[0])[:10])
def binary_search(a, target):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([binary_search(expected, t) for t in (0, 500, 999, 1000, expected[100])])
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(quicksort(words), merge_sort(words) == sorted(words), heap_sort(words)[-3:])
