# Re-raising the same exception object adds traceback entries; resetting __traceback__ drops them.
def thrower(e):
    raise e


saved = ValueError("saved")
for _ in range(2):
    try:
        thrower(saved)
    except ValueError:
        pass
print(saved.__traceback__.tb_lineno)
count = 0
tb = saved.__traceback__
while tb is not None:
    count += 1
    tb = tb.tb_next
print("entries:", count)
saved.__traceback__ = None
thrower(saved)
