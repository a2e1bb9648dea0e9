# raise SystemExit() and SystemExit(None) exit with status 0; SystemExit(False) too.
print("output before exit")
def nested():
    def inner():
        raise SystemExit(False)
    inner()
try:
    nested()
except SystemExit as e:
    print("inner code", e.code)
raise SystemExit
