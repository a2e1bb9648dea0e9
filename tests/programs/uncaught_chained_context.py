# Uncaught exception raised while handling another: "During handling of the above exception, another exception occurred".
def cleanup(resource):
    raise OSError(f"cannot release {resource}")
def work():
    try:
        print("working")
        [1, 2, 3][10]
    except IndexError:
        cleanup("lock")
work()
