# An uncaught ValueError after some output: the traceback on stderr and exit status 1.
def parse(text):
    return int(text)
values = []
for item in ["1", "22", "333"]:
    values.append(parse(item))
    print("parsed", values[-1])
print("total", sum(values))
parse("not a number")
print("never printed")
