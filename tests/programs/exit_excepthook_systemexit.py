# SystemExit never reaches sys.excepthook.
import sys


def hook(*args):
    print("hook called", args)


sys.excepthook = hook
sys.exit("leaving")
