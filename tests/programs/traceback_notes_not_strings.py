# __notes__ that are not a list of str: a tuple, a non-sequence, str subclasses, objects whose
# str() fails.
class Weird:
    def __str__(self):
        raise ValueError("no")

    def __repr__(self):
        return "Weird()"


class MyStr(str):
    pass


inner = ValueError("tuple notes")
inner.__notes__ = ("first", 2, MyStr("third"))
try:
    raise inner
except ValueError as e:
    print(e.__notes__)
outer = KeyError("not a sequence")
outer.__notes__ = 42
try:
    try:
        raise inner
    except ValueError:
        raise outer
except KeyError:
    final = TypeError("weird note")
    final.__notes__ = [Weird(), "multi\nline note"]
    raise final
