# Uncaught error raised inside a generator consumed by a for loop and by sum().
def readings():
    for raw in ["1.5", "2.5", "three", "4"]:
        print("reading", raw)
        yield float(raw)
total = 0.0
for value in readings():
    total += value
    print("running total", total)
