# exit and quit (site's Quitter): repr, arguments, SystemExit codes; calling one closes sys.stdin,
# so input() then fails.

print(repr(exit), repr(quit), str(exit), type(exit).__name__, type(exit).__module__, type(exit).__qualname__)
print(exit.name, exit.eof, exit.__doc__, callable(exit))
try:
    exit(1, 2)
except TypeError as e:
    print(e)
try:
    exit(code=3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    input()
except ValueError as e:
    print("ValueError", e)
exit(4)
