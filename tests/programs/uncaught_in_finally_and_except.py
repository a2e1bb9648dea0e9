# An exception raised in a finally block replaces the original one; a custom exception class in __main__.
class CleanupFailed(Exception):
    pass
def process():
    try:
        print("processing")
        raise ValueError("original failure")
    finally:
        print("cleaning up")
        raise CleanupFailed("cleanup failed too")
process()
