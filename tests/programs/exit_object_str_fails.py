# SystemExit with an object whose str() raises.
class Reason:
    def __str__(self):
        raise ValueError("cannot describe")


raise SystemExit(Reason())
