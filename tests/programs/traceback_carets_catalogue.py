# Many expression shapes printed through sys.__excepthook__ (the default report, without ending
# the program): which part gets ~ and ^, multi-line spans, "...<N lines>...", suppressed carets.
import sys


def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


class Obj:
    attr = None

    def method(self, *args, **kwargs):
        return None


o = Obj()
d = {"k": [1, 2]}


def binop():
    return d["k"][0] + "s"


def nested_binop():
    return (1 + 2) * (3 - "x")


def attribute_chain():
    return o.attr.missing


def method_chain():
    return o.method().upper()


def call_with_kwargs():
    return len(1, key=2)


def subscript_slice():
    return d["k"][1:2]["x"]


def subscript_multiline():
    return d[
        "missing"
    ]


def call_multiline():
    return o.method(
        1,
        2,
    ).attr


def long_span():
    return (
        1
        +
        2
        +
        3
        +
        4
        +
        None
    )


def unary():
    return -"text"


def compare():
    return 1 < "2"


def augmented():
    x = 1
    x += "a"


def assignment_call():
    value = int("zz")
    return value


def return_call():
    return int("zz")


def fstring():
    return f"{1 / 0}"


def lambda_inside():
    return (lambda: 1 / 0)()


def comprehension():
    return [1 / n for n in (1, 0)]


def with_comment():
    return (1  # one
            + None)  # none


def power_and_floordiv():
    return 2 ** 3 // 0


def parenthesized_operand():
    return ((1)) + (("a"))


for case in (binop, nested_binop, attribute_chain, method_chain, call_with_kwargs,
             subscript_slice, subscript_multiline, call_multiline, long_span, unary, compare,
             augmented, assignment_call, return_call, fstring, lambda_inside, comprehension,
             with_comment, power_and_floordiv, parenthesized_operand):
    print("---", case.__name__, file=sys.stderr)
    report(case)
