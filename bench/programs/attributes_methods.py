# Instance attribute reads and writes, method calls, properties and inheritance.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1


class LoudCounter(Counter):
    def bump(self):
        super().bump()
        self.count += 1


v, w = Vector(1, 2), Vector(3, 4)
c, loud = Counter(), LoudCounter()
s = 0
for i in range(900000):
    s += v.dot(w) + w.norm2
    v.scale(1)
    c.bump()
    loud.bump()
print(s, c.count, loud.count)
