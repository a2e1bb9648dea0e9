# match in realistic use: command interpreter with nested patterns, AST-like node evaluation, and guard side effects.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand
def evaluate(node):
    match node:
        case Num(value=v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(operand):
            return -evaluate(operand)
        case BinOp("+", Num(0), right) | BinOp("+", right, Num(0)):
            return evaluate(right)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp(op, left, right):
            l, r = evaluate(left), evaluate(right)
            match op:
                case "+": return l + r
                case "-": return l - r
                case "*": return l * r
                case "/" if r == 0:
                    return float("nan")
                case "/": return l / r
                case _:
                    raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")
tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Neg(Num(4)))))
print(evaluate(tree), evaluate(BinOp("+", Num(0), Num(7))), evaluate(BinOp("*", Num(9), Num(0))), evaluate(BinOp("/", Num(1), Num(0))))
for bad in (BinOp("%", Num(1), Num(2)), "text"):
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def command(line):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, *rest] if rest and rest[0] == "from":
            return f"take {item} from {' '.join(rest[1:]) or 'nowhere'}"
        case ["take", *items] if items:
            return f"take {', '.join(items)}"
        case ["say", *words]:
            return " ".join(words).upper()
        case [verb, *_]:
            return f"unknown verb {verb}"
for line in ["", "quit", "go north", "go up", "take lamp from table", "take coin key", "take", "say hello there", "dance wildly"]:
    print(repr(line), "->", command(line))
seen = []
def record(x):
    seen.append(x)
    return False
match 5:
    case int(n) if record(("first guard", n)):
        pass
    case int(n) if record(("second guard", n)):
        pass
    case _:
        seen.append("fallback")
print(seen)
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first_port, *other_ports]}, "debug": bool(debug)}:
        print(host, first_port, other_ports, debug)
match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]) if a + b + c + d == 10:
        print("deep match", a, b, c, d)
