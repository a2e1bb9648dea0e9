# Carets under an expression preceded by tabs inside the line and by non-ASCII narrow characters.
def f(value):
    return value


def caller():
    café = "x";	résumé = [1]; return f(café) + résumé[5]


caller()
