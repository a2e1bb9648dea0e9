class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None
n = Node(300)
print(n.child.child is not None)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class Slotted:
    __slots__ = ("a",)
    def __init__(self, a): self.a = a
print(Slotted(3).a)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
