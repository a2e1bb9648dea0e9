# Assignment expressions (:=) in conditions, loops, comprehensions, calls, and their scoping.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop() if data else None) is not None:
    print("popped", item)
values = iter([1, 2, 0, 4])
while chunk := next(values):
    print("chunk", chunk)
print([(x, y) for x in range(5) if (y := x * x) % 2], y)
print(any((hit := v) > 5 for v in (1, 7, 3)), hit)
print(all((last := v) < 5 for v in (1, 2, 9, 3)), last)
def f(a):
    return a * 2
print(f(z := 21), z, (w := 5) + w, [w := w + 1, w + 1])
print((p := 1, p + 1), {(q := "k"): q * 2})
def in_function():
    [v := i for i in range(3)]
    return v
print(in_function())
def nested():
    def inner():
        return [t := s for s in "abc"]
    res = inner()
    try:
        return res, t
    except NameError as e:
        return res, "NameError: " + str(e)
print(nested())
print((a := 1) and (b := 0) or (c := 3), a, b, c)
text = "key=value"
if (idx := text.find("=")) != -1:
    print(text[:idx], text[idx + 1:])
numbers = [1, 2, 3, 4, 5, 6]
print([m for n in numbers if (m := n ** 2) > 10], m)
total = 0
print([total := total + n for n in numbers], total)
print(f"{(fx := 10)} {fx * 2}")
lam = lambda: (inside := 5) * 2
print(lam())
