# match: sequence patterns with fixed length, star captures, nesting, and what counts as a sequence.
def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [*init, [a, b]]:
            return f"ends with pair {a},{b} after {init}"
        case (1, 2, 3):
            return "one two three"
        case [_, _, *middle, _]:
            return f"middle {middle}"
    return "no match"
tests = [[], [5], (1, 2), [0, 9, 8], [7, 1, 7], [1, [2, 3]], [1, 2, 3], [4, 5, 6, 7, 8], "ab", "abc", b"ab",
         range(2), {"a": 1}, {1, 2}, (x for x in []), bytearray(b"xy"), [[1, 2]], (4, 5, 6)]
for t in tests:
    print(type(t).__name__, repr(t) if not hasattr(t, "gi_frame") else "generator", "->", shape(t))
def nested(v):
    match v:
        case [(a, b), [c, *d], {"k": e}]:
            return a, b, c, d, e
        case [[[deep]]]:
            return "deep", deep
    return None
print(nested([(1, 2), [3, 4, 5], {"k": 6, "extra": 7}]), nested([[[42]]]), nested([[[1, 2]]]))
def star_types(v):
    match v:
        case (*head, tail):
            return type(head).__name__, head, tail
print(star_types((1, 2, 3)), star_types([9]), star_types(range(3)))
class MySeq(list):
    pass
match MySeq([1, 2]):
    case [a, b]:
        print("list subclass matches", a, b)
match memoryview(b"ab"):
    case [a, b]:
        print("memoryview matches", a, b)
    case _:
        print("memoryview does not match")
