# Creating and calling closures, nonlocal updates, and lambdas.
def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


total = 0
step = make_counter()
for i in range(900000):
    total += make_adder(i)(1)
    step()
square = lambda x: x * x
for i in range(900000):
    total += square(i) % 7
print(total, step())
