# NotImplemented has no truth value in 3.14: every place that asks for one raises TypeError.
def show(label, thunk):
    try:
        print(label, "=", thunk())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


show("bool()", lambda: bool(NotImplemented))
show("not", lambda: not NotImplemented)
show("if-expression", lambda: 1 if NotImplemented else 2)
show("and", lambda: NotImplemented and 1)
show("or", lambda: NotImplemented or 1)
show("comprehension filter", lambda: [x for x in [1] if NotImplemented])
show("__bool__", lambda: type(NotImplemented).__bool__(NotImplemented))
show("all", lambda: all([1, NotImplemented]))
show("any", lambda: any([0, NotImplemented]))
show("all stops first", lambda: all([0, NotImplemented]))
show("any stops first", lambda: any([1, NotImplemented]))
show("bool(1, 2)", lambda: bool(1, 2))
show("bool(x=1)", lambda: bool(x=1))
show("bool()", lambda: bool())


class Vector:
    def __eq__(self, other):
        return NotImplemented


show("== falls back", lambda: Vector() == Vector())
show("__eq__ result", lambda: bool(Vector().__eq__(1)))
while True:
    try:
        while NotImplemented:
            break
    except TypeError as e:
        print("while ->", e)
    break
