# raise SystemExit(3): finally blocks run, nothing printed on stderr, exit status 3.
def shutdown():
    try:
        print("shutting down")
        raise SystemExit(3)
    finally:
        print("finally still runs")
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    shutdown()
except Exception:
    print("not caught by except Exception")
