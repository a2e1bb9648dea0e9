# Comprehension scoping: loop variables do not leak, class-body access rules, nested comprehensions, walrus.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
print([y for y in range(3)], "y" in globals())
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i in range(3) for row in matrix if row[i] % 2], [v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print({i: [j for j in range(i)] for i in range(4)}, {c for word in ["ab", "bc"] for c in word} == {"a", "b", "c"})
class K:
    base = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        broken = [v * base for v in values]
    except NameError as e:
        broken = "NameError: " + str(e)
print(K.scaled, K.broken)
data = [5, 12, 7, 20]
print([y for v in data if (y := v * 2) > 15], y)
total = 0
print([total := total + v for v in data], total)
def func():
    return [(n, m) for n in range(2) for m in range(n, 3)]
print(func())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([i for i in range(10) if i % 2 if i % 3], [a + b for a, b in [(1, 2), (3, 4)]], [(a, *rest) for a, *rest in ["abc", "de"]])
gen_result = list((lambda n: [n * k for k in range(3)])(4))
print(gen_result)
show(lambda: [undefined_var for _ in range(1)])
def enclosing():
    factor = 3
    return [factor * v for v in range(3)], {v: factor for v in "ab"}, list(factor + v for v in range(2))
print(enclosing())
print([[(yield_like := k) for k in range(2)] for _ in range(2)], yield_like)
print([print(v) or v for v in "xy"])
nested_lists = [[1, [2, 3]], [4, [5]]]
print([inner for _, lst in nested_lists for inner in lst])
