# match: literal patterns, capture and wildcard, or-patterns, guards, as-patterns, value patterns.
class Color:
    RED = "red"
    GREEN = "green"
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small int"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True literal"
        case None:
            return "None"
        case Color.RED:
            return "value pattern red"
        case 2j:
            return "complex literal"
        case -2 + 3j:
            return "complex expression"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case int(n) if n < 0:
            return f"negative {n}"
        case x if isinstance(x, float):
            return f"other float {x}"
        case _:
            return "something else"
for v in (0, 2, -1, 1.5, "hi", b"bytes", True, None, "red", "green", 2j, -2 + 3j, "a long string", -7, 3.25, [1], 1.0, False):
    print(repr(v), "->", describe(v))
def capture(value):
    match value:
        case first_name:
            return first_name
print(capture("captured"), capture([1, 2]))
def guard_order(x):
    match x:
        case n if n > 10:
            return "big"
        case n if n > 5:
            return "medium"
        case n:
            return "small " + str(n)
print([guard_order(v) for v in (1, 7, 20)])
def or_with_capture(cmd):
    match cmd:
        case ("go", direction) | ("move", direction):
            return "moving " + direction
        case ("stop" | "halt") as word:
            return "stopping via " + word
        case _:
            return "unknown"
print(or_with_capture(("go", "north")), or_with_capture(["move", "west"]), or_with_capture("halt"), or_with_capture("x"))
x = 5
match x:
    case 5 if False:
        print("guard false")
    case 5:
        print("second case matched")
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match 0:
    case False:
        print("0 matched False?")
    case _:
        print("0 does not match False (identity for singletons)")
