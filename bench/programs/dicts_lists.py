# Dict insertion, lookup, update and iteration; list append, index, sort and pop.
counts = {}
for i in range(1500000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
names = {}
for i in range(200000):
    names["k" + str(i)] = i
hits = 0
for i in range(0, 400000, 2):
    if ("k" + str(i)) in names:
        hits += 1
items = list(range(1000000, 0, -1))
items.sort()
stack = []
for x in items[:600000]:
    stack.append(x)
while stack:
    stack.pop()
print(len(counts), sum(counts.values()), hits, items[:3], sum(names.values()))
