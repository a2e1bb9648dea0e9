# A tokenizer and recursive-descent parser/evaluator for arithmetic, with error reporting via custom exceptions.
class ParseError(Exception):
    pass
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(("num", float(num) if "." in num else int(num)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*/()^%,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def parse(self):
        value = self.expr()
        self.take("end")
        return value
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return value
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise ParseError(f"unknown variable {value!r}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            self.take()
            inner = self.expr()
            self.take("op", ")")
            return inner
        raise ParseError(f"unexpected token {value!r}")
env = {"x": 3, "y": 4.5, "big": 10 ** 20}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x * y", "big * big + 1", "10 / 4", "10 % 3 + 7 % -3",
             "max(1, x, 2) + min(y, 2)", "abs(-5) * -x", "1.5 + .5", "((((1))))", "1 +", "2 * (3", "foo + 1", "3 $ 4",
             "1 / 0", "max()", "4 4", "2 ^ -1"]:
    try:
        print(f"{text!r} = {Parser(text, env).parse()!r}")
    except ParseError as e:
        print(f"{text!r}: ParseError: {e}")
    except (ZeroDivisionError, ValueError, KeyError, TypeError) as e:
        print(f"{text!r}: {type(e).__name__}: {e}")
print(tokenize("a1 + 22*(b-3.5)"))
