# String concatenation, join, formatting, methods and slicing.
parts = []
text = ""
for i in range(400000):
    parts.append(f"{i:05d}:{i % 7}")
    if i % 10 == 0:
        text += str(i)
joined = ",".join(parts)
words = joined.split(",")
upper = [w.upper().replace("0", "o") for w in words[:20000]]
print(len(joined), len(text), len(words), upper[-1])
print(sum(len("%s-%d" % (w, n)) for n, w in enumerate(words[:30000])))
print(joined[1000:1020], joined[::9973][:30])
