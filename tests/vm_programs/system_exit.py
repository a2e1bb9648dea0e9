def f():
    raise SystemExit(3)
print("before")
f()
