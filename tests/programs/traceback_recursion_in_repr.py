# RecursionError from __repr__ calling repr on itself, raised through a builtin.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"


print("before")
repr(Loop())
