# An exception group raised while handling another, with an exception group as cause.
try:
    raise ExceptionGroup("first", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    cause = eg
    try:
        raise RuntimeError("in handler")
    except RuntimeError as e:
        raise ExceptionGroup("second", [e]) from cause
