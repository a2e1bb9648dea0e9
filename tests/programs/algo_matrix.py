# Matrix arithmetic with a class using __matmul__, __getitem__ with tuple keys, determinant, inverse with fractions-free ints.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]
    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value
    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, e):
        result, base = Matrix.identity(self.n), self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def det(self):
        if self.n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.n))
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, a + b, 3 * a, a * -1, a.transpose(), sep="\n--\n")
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1], (Matrix([[2, 0], [0, 2]]) ** 64)[0, 0])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.det(), Matrix.identity(4).det(), (m3 @ Matrix.identity(3)) == m3, m3.transpose().det())
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
big = Matrix([[i * 5 + j for j in range(5)] for i in range(5)])
print(big @ big.transpose())
print(big.det(), Matrix([[1.5, 2], [0.5, 4]]).det())
rot = Matrix([[0, -1], [1, 0]])
print([(rot ** k).rows for k in range(5)])
