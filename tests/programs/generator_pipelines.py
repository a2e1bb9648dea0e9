# Generator pipelines: producer/filter/transform chains, coroutine-style consumers with send, and tee-like splitting.
def produce(lines):
    for number, line in enumerate(lines, 1):
        print(f"  produce {number}")
        yield number, line
def non_blank(records):
    for number, line in records:
        if line.strip():
            yield number, line
def parse(records):
    for number, line in records:
        key, _, value = line.partition("=")
        yield number, key.strip(), value.strip()
def typed(records):
    for number, key, value in records:
        if value.isdigit():
            value = int(value)
        elif value.lower() in ("true", "false"):
            value = value.lower() == "true"
        yield key, value
source = ["name = demo", "", "port = 8080", "debug = True", "   ", "ratio = 0.5"]
pipeline = typed(parse(non_blank(produce(source))))
print("pipeline built, nothing consumed yet")
for key, value in pipeline:
    print(key, repr(value))
def consumer():
    total = 0
    count = 0
    try:
        while True:
            item = yield
            total += item
            count += 1
            print(f"  consumed {item}, running mean {total / count:.2f}")
    finally:
        print(f"  consumer closing after {count} items")
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
c1, c2 = consumer(), consumer()
next(c1); next(c2)
b = broadcast([c1, c2])
next(b)
for v in (10, 20, 30):
    b.send(v)
b.close()
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    return (x * x for x in it)
print(list(take(8, squares(naturals()))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(7), 3)), list(window("ab", 3)))
def flatten_deep(obj):
    if isinstance(obj, (list, tuple)):
        for o in obj:
            yield from flatten_deep(obj=o)
    else:
        yield obj
print(list(flatten_deep([1, (2, [3, (4,)]), [], [[5]]])))
def running_max(it):
    best = None
    for x in it:
        best = x if best is None or x > best else best
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
