# ExceptionGroup: construction, nesting, subgroup/split/derive, exceptions attribute, and validation errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg).__name__, type(eg).__mro__)
vals = eg.subgroup(ValueError)
print(repr(vals))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
m2, r2 = eg.split((TypeError, KeyError))
print(repr(m2), repr(r2))
print(eg.split(Exception)[1], eg.subgroup(ExceptionGroup) is eg, eg.subgroup(BaseException) is eg)
print(repr(BaseExceptionGroup("base", [KeyboardInterrupt()])), type(BaseExceptionGroup("x", [ValueError()])).__name__)
show(lambda: ExceptionGroup("bad", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("empty", []))
show(lambda: ExceptionGroup("notseq", ValueError()))
show(lambda: ExceptionGroup("notexc", [1]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("x"))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
mg.add_note("a note")
mg.__cause__ = KeyError("cause")
sub = mg.subgroup(ValueError)
print(repr(sub), type(sub).__name__, sub.__notes__, repr(sub.__cause__))
d = eg.derive([ValueError("only")])
print(repr(d), type(d).__name__)
def leaves(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])
try:
    raise ExceptionGroup("raised", [ValueError("inside")])
except ExceptionGroup as caught:
    print("caught as plain except:", repr(caught))
print(str(ExceptionGroup("msg", [ValueError()] * 3)), ExceptionGroup("m", (ValueError(),)).exceptions)
