# str.format: auto/manual numbering, keyword and attribute/index fields, nested specs, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("{} {} {}".format(1, "a", [2]), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7), "{0.x},{0.y}".format(p), "{p.x}".format(p=p), "{0[1]}{0[0]}".format("ab"))
print("{d[key]} {d[0]} {l[2]}".format(d={"key": "v", "0": "strzero", 0: "intzero"}, l=[1, 2, 3]))
print("{:>{}}|{:{}{}}|".format("r", 4, "c", "^", 5), "{0:{1}.{2}f}".format(3.14159, 8, 2), "{!r:>6}".format("q"))
print("{{}} {{{}}} {{0}}".format("in"), "{0!s}{0!r}{0!a}".format("é"), "{:}".format(5), "{0:}".format("z"))
show(lambda: "{} {1}".format(1, 2))
show(lambda: "{1} {}".format(1, 2))
show(lambda: "{}".format())
show(lambda: "{2}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "{0.nope}".format(p))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0[a]}".format({}))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0!x}".format(1))
show(lambda: "{:d}".format("s"))
show(lambda: "{0:{1:{2}}}".format(1, 2, 3))
show(lambda: "{0[}".format(1))
print("{0[-1]}".format({"-1": "neg-key"}), "{0.real}".format(5), "{:<{w}}|".format("a", w=3), "{:%}".format(0.5))
print("{a}{b}".format(**{"a": 1, "b": 2}), "{}-{}".format(*"xy"), "{0}{1}".format(*range(2)), str.format("{}", 9))
