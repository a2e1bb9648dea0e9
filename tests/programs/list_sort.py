# list.sort and sorted: keys, reverse, stability, mixed types errors, and modifications during sort.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig", "elderberry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]), sorted(words, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c"), (1, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2.5, 0, -0.5, 10, 3, True]
nums.sort(); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(key=abs, reverse=True); print(nums)
print(sorted([3, 1, 2]), sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted({5, 1, 3}), sorted([]))
big = [(i * 7919) % 1000 for i in range(300)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big, reverse=True)[:5], sum(sorted(big)) == sum(big))
stable = sorted(range(20), key=lambda i: i % 3)
print(stable)
show(lambda: sorted([1, "a"]))
show(lambda: sorted([None, None]) and sorted([None, 1]))
show(lambda: sorted([1j, 2j]))
show(lambda: sorted([1, 2], key=5))
show(lambda: sorted([1, 2], 5))
show(lambda: [3, 1].sort(lambda x: x))
show(lambda: sorted())
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min([Rev(1), Rev(3)]))
lst = [3, 2, 1]
def key(x):
    lst.append(0)
    return x
show(lambda: lst.sort(key=key))
print(lst)
print(sorted([[2, 1], [1, 2], [1]]), sorted(["b", "A", "a", "B"], key=str.casefold), sorted([-1, 1, -2, 2], key=lambda v: v * v))
