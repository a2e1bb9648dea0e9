# Carets under a binary operator with operands on both sides and comments in between.
def divide(a, b):
    return (a  # numerator
            /   # the operator
            b)


def compute():
    value = 10
    return value + divide(value, 0) * 2


compute()
