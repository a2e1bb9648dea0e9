def f(): raise KeyError("x") from None
try:
    f()
finally:
    print("cleanup")
