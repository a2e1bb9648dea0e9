# Operator precedence and associativity: arithmetic, bitwise, comparison, boolean, unary, power, conditional, lambda.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 17 // 5 * 5 + 17 % 5, 2 * 3 % 4, 2 * (3 % 4))
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 5 ^ 3 & 1)
print(~1 + 1, ~(1 + 1), -~5, ~-5, not 1 + 1, not (1 == 2), 1 < 2 == 2, (1 < 2) == 2, 3 > 2 > 1, 3 > 2 and 2 > 1)
print(True or False and False, (True or False) and False, not True or True, not (True or True), 0 or 1 and 2, 1 and 0 or 3)
print(1 if True else 2 if False else 3, (1 if False else 2) + 1, 1 + 1 if False else 0, [x for x in range(5) if x % 2 or x == 0])
print(-3 // 2, -(3 // 2), 2 * -1, 2 - -1, 3 * +2, -3 % 5, -(3 % 5), 2 ** 2 * 3, 2 * 2 ** 3, -2 ** 0.5 if True else 0)
print("a" + "b" * 3, ("a" + "b") * 3, "x" in "xy" == True, ("x" in "xy") == True, 1 in [1] in [[1]], not 1 in [2], 1 not in [1])
print(1 is not None, (not 1) is None, None is not False is not True)
f = lambda x: x + 1 if x else -1
print(f(0), f(5), (lambda: 1 or 2)(), [lambda: i for i in range(2)][0]() if True else 0)
a = b = 5
a += b * 2
print(a, b, 2 @ 3 if False else "matmul skip", (1, 2) + (3,) * 2, [1] * 2 + [0])
x = 5
print(0 < x < 10 != 11, x == 5 is not None, 1 < x > 2, x < 10 < x * 3)
print(2 ** -1 ** 2, (-1) ** 0.5 == 1j or "complex", 10 ** -2 * 100, 8 >> 1 >> 1, 1 << 2 << 3, 7 & -7, -7 | 2)
print(await_like if False else "ok", *[1, 2] if True else [], sep=":")
