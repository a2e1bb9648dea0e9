# SystemExit with an object: its str() goes to stderr, status 1.
class Reason:
    def __str__(self):
        return "custom reason object"


raise SystemExit(Reason())
