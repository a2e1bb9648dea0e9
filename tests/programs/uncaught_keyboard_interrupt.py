# An uncaught KeyboardInterrupt: traceback on stderr and death by SIGINT (like Ctrl-C).
print("before interrupt")
def loop():
    for i in range(3):
        print("iteration", i)
    raise KeyboardInterrupt
loop()
