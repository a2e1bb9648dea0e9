# Nested exception groups with notes and tracebacks.
def fail(n):
    raise ValueError(f"value {n}")


def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            e.add_note(f"note for {n}")
            errors.append(e)
    return errors


inner = ExceptionGroup("inner group", collect())
inner.add_note("inner note")
try:
    raise inner
except ExceptionGroup as g:
    caught = g
outer = ExceptionGroup("outer group", [caught, KeyError("plain"), BaseExceptionGroup("base", [TypeError("t")])])
raise outer
