# Where a traceback finds source lines (linecache): exec'd strings have none, a file name that
# cannot be read borrows __main__'s source through its loader (none from a .pyc), other
# namespaces give nothing; generator frames of exec'd code.
import sys


def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


report(lambda: exec("x = 1\n1 / 0"))
report(lambda: eval("1 +\n None"))
report(lambda: exec(compile("def f():\n    return [][0]\nf()", "no_such_file_for_test.py", "exec")))
report(lambda: exec(compile("\n\n[][1]", "no_such_file_for_test.py", "exec"), {}))
report(lambda: exec(compile("[][1]", "/no/such/dir/file.py", "exec"), {"__name__": "other"}))
report(lambda: exec("def g():\n    yield 1 / 0\nnext(g())", {}))
report(lambda: exec(compile("1 / 0", "<made up>", "exec")))
