# Linked list, binary search tree and a min-heap built from classes with dunder methods.
class LinkedList:
    class Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = self.Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, list(ll), sum(ll))
ll.reverse()
print(ll, ll == LinkedList([4, 3, 2, 1]), ll == [4, 3, 2, 1])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)
    def inorder(self):
        def go(node):
            if node:
                yield from go(node[1])
                yield node[0]
                yield from go(node[2])
        return list(go(self.root))
    def height(self):
        def go(node):
            return 0 if node is None else 1 + max(go(node[1]), go(node[2]))
        return go(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k)
print(tree.inorder(), tree.height(), 45 in tree, 46 in tree)
class MinHeap:
    def __init__(self):
        self.data = []
    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i and d[(i - 1) // 2] > d[i]:
            d[(i - 1) // 2], d[i] = d[i], d[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        d = self.data
        if not d:
            raise IndexError("pop from empty heap")
        d[0], d[-1] = d[-1], d[0]
        top = d.pop()
        i = 0
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(d) and d[c] < d[smallest]:
                    smallest = c
            if smallest == i:
                return top
            d[i], d[smallest] = d[smallest], d[i]
            i = smallest
    def __bool__(self):
        return bool(self.data)
h = MinHeap()
for v in [(5, "e"), (1, "a"), (3, "c"), (4, "d"), (2, "b"), (1, "z")]:
    h.push(v)
out = []
while h:
    out.append(h.pop())
print(out)
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
