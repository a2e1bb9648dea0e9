# A KeyboardInterrupt subclass escaping: the traceback, then death by SIGINT.
class Stop(KeyboardInterrupt):
    pass


def work():
    raise Stop("user asked")


print("working")
work()
