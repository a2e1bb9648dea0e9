# Uncaught NameError with a "Did you mean" suggestion for a local and for a builtin.
def compute():
    counter = 10
    try:
        return countr + 1
    except NameError as e:
        print("caught:", e)
    try:
        return lenn([1])
    except NameError as e:
        print("caught:", e)
    return total_value
compute()
