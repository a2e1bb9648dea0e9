# Loops: nested break/continue, else clauses, loop variable after loop, modifying during iteration, while True patterns.
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j > 3:
            break
        print("pair", i, j)
    else:
        print("inner finished for", i)
print("i after loop", i)
for k in range(0):
    pass
try:
    print(k)
except NameError as e:
    print("NameError:", e)
n = 27
steps = 0
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
found = None
for row, line in enumerate(["abc", "def", "ghi"]):
    for col, ch in enumerate(line):
        if ch == "h":
            found = (row, col)
            break
    else:
        continue
    break
print("found", found)
total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 20:
        break
    total += x
print("total", total)
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("while", i)
else:
    print("not reached")
items = [1, 2, 3, 4, 5, 6]
for item in items[:]:
    if item % 2 == 0:
        items.remove(item)
print(items)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
for ch in "ab":
    for ch2 in "cd":
        pass
print(ch, ch2)
countdown = 3
while countdown:
    print("countdown", countdown)
    countdown -= 1
else:
    print("liftoff")
result = []
for i in range(3):
    try:
        if i == 1:
            continue
        result.append(i)
    finally:
        result.append(f"f{i}")
print(result)
for i in range(5):
    pass
else:
    print("else after normal completion, i =", i)
it = iter(range(6))
for a in it:
    print("pairs", a, next(it))
