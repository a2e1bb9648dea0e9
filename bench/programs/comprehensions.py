# List, set and dict comprehensions, nested and filtered.
total = 0
for round_ in range(450):
    squares = [x * x for x in range(5000)]
    evens = {x for x in squares if x % 2 == 0}
    index = {x: i for i, x in enumerate(squares[:2000])}
    grid = [[i * j for j in range(300)] for i in range(30)]
    total += len(evens) + len(index) + sum(map(sum, grid))
print(total)
