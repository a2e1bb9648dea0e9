# The exit status comes from the code attribute: changed after construction, a subclass.
class Quit(SystemExit):
    pass


try:
    raise Quit(9)
except SystemExit as e:
    print(type(e).__name__, e.code)
error = SystemExit(1)
error.code = 6
raise error
