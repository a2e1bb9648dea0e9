# An uncaught exception raised by a key function inside sorted(): the traceback runs through the builtin.
records = [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c"}]
print(sorted(records[:2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["name"]))
by_age = sorted(records, key=lambda r: r["age"])
print(by_age)
