# Recursion: deep but legal recursion, mutual recursion, catching RecursionError and recovering, recursive data.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50), len(str(fact(300))))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(200), is_odd(77))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        return count > 500
print("deep enough before error:", depth_reached())
print(fact(20), "still works after RecursionError")
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, [Node(2, [Node(4), Node(5, [Node(8)])]), Node(3, [Node(6), Node(7)])])
print(tree.total(), tree.depth())
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print("RecursionError in repr:", e)
nested = []
for _ in range(100):
    nested = [nested]
print(str(nested)[:30], len(str(nested)))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
