# Graph algorithms on dict-of-lists graphs: BFS, DFS, topological sort, Dijkstra with a list-based queue, cycles.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs("a"), dfs("a"), topo())
def shortest_paths(edges, source):
    dist = {source: 0}
    prev = {}
    frontier = [(0, source)]
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in edges.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev
weighted = {"s": [("a", 7), ("b", 2)], "b": [("a", 3), ("c", 8)], "a": [("c", 1), ("d", 6)], "c": [("d", 2)], "d": []}
dist, prev = shortest_paths(weighted, "s")
print(sorted(dist.items()))
def path_to(node):
    out = [node]
    while node in prev:
        node = prev[node]
        out.append(node)
    return out[::-1]
print(path_to("d"), path_to("c"), path_to("s"))
def has_cycle(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {n: WHITE for n in g}
    def visit(n):
        color[n] = GREY
        for m in g[n]:
            if color[m] == GREY or (color[m] == WHITE and visit(m)):
                return True
        color[n] = BLACK
        return False
    return any(color[n] == WHITE and visit(n) for n in g)
print(has_cycle(graph), has_cycle({1: [2], 2: [3], 3: [1]}), has_cycle({}))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "...#..#E"]
def maze():
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    dist = {start: 0}
    queue = [start]
    while queue:
        r, c = queue.pop(0)
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return None
print("maze distance", maze())
components = {1: [2], 2: [1], 3: [4], 4: [3], 5: []}
seen = set()
groups = []
for n in sorted(components):
    if n not in seen:
        stack, group = [n], []
        while stack:
            x = stack.pop()
            if x not in seen:
                seen.add(x)
                group.append(x)
                stack.extend(components[x])
        groups.append(sorted(group))
print(groups)
