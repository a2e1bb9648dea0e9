# SystemExit with several arguments: code is the args tuple, printed on stderr, status 1.
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e.code), e.args)
raise SystemExit("a", 2)
