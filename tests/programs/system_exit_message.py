# raise SystemExit("message"): the message goes to stderr and the exit status is 1.
print("about to exit with a message")
for code in (0, None, "text", 2, True):
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("code", repr(e.code), repr(e.args))
raise SystemExit("fatal: configuration not found")
