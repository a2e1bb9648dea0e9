class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
def f(v):
    match v:
        case [1, *rest]: return f"list1 {rest}"
        case {"a": a, **kw}: return f"map {a} {kw}"
        case P(0, y=yy): return f"P0 {yy}"
        case P(x, y): return f"P {x} {y}"
        case int(n) if n > 5: return f"big {n}"
        case str() | bytes(): return "text"
        case (a, b): return f"pair {a} {b}"
        case _: return "other"
for v in [[1, 2, 3], {"a": 1, "b": 2}, P(0, 5), P(1, 2), 9, "s", (1, 2), 3.5]:
    print(f(v))
