# Conway's Game of Life on a small torus, printed generation by generation, plus pattern statistics.
def step(cells, width, height):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % width, (y + dy) % height)
                    counts[key] = counts.get(key, 0) + 1
    return {pos for pos, n in counts.items() if n == 3 or (n == 2 and pos in cells)}
def render(cells, width, height):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(width)) for y in range(height))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = set(glider)
for gen in range(5):
    print(f"generation {gen}, {len(cells)} alive")
    print(render(cells, 8, 6))
    cells = step(cells, 8, 6)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker, 5, 5), 5, 5) == blinker, sorted(step(blinker, 5, 5)))
seed = 12345
random_cells = set()
for y in range(20):
    for x in range(20):
        seed = (seed * 1664525 + 1013904223) % 2 ** 32
        if seed >> 30:
            random_cells.add((x, y))
history = []
cells = random_cells
for gen in range(60):
    history.append(len(cells))
    cells = step(cells, 20, 20)
print(history)
print(sorted(cells)[:10], min(history), max(history))
