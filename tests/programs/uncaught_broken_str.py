# An uncaught exception whose __str__ itself raises: the traceback shows the failure placeholder.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")
try:
    raise Weird("payload")
except Weird as e:
    print("caught Weird with args", e.args)
    try:
        str(e)
    except RuntimeError as inner:
        print("str failed:", inner)
raise Weird("uncaught payload")
