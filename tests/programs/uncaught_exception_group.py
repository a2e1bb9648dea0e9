# Uncaught ExceptionGroup: the boxed, nested traceback rendering of groups with sub-groups and notes.
def fail(kind, msg):
    raise kind(msg)
def collect():
    errors = []
    for kind, msg in ((ValueError, "bad value"), (TypeError, "bad type"), (KeyError, "missing")):
        try:
            fail(kind, msg)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner group", errors[1:])
    inner.add_note("note on inner group")
    return ExceptionGroup("outer group", [errors[0], inner, ZeroDivisionError("never raised")])
print("collecting")
raise collect()
