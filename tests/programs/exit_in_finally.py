# raise SystemExit inside finally replaces the pending exception; sys.exit with a code.
import sys


def work():
    try:
        raise ValueError("lost")
    finally:
        print("cleaning up")
        sys.exit(4)


try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code, e.args)
try:
    sys.exit(None)
except SystemExit as e:
    print("sys.exit(None) code:", e.code, e.args)
for args in [(1, 2)]:
    try:
        sys.exit(*args)
    except BaseException as e:
        print(type(e).__name__, e)
try:
    sys.exit(code=3)
except BaseException as e:
    print(type(e).__name__, e)
work()
