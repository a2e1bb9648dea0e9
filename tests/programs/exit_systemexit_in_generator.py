# SystemExit raised inside a generator's finally while it is closed by the program's end.
def producer():
    try:
        yield 1
        yield 2
    finally:
        print("producer closing")


g = producer()
print(next(g))
try:
    g.throw(SystemExit(3))
except SystemExit as e:
    print("thrown back:", e.code)
g2 = producer()
next(g2)
raise SystemExit("done: " + str(next(g2)))
