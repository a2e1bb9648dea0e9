# format specs for strings and objects: align/fill/width/precision, !r !s !a conversions, __format__.
for s in ("abc", "", "héllo", "a longer string"):
    print([format(s, spec) for spec in ("", "s", "5", "<8", ">8", "^8", "*^9", ".2", "10.3", "-<6.1", "=>4")])
for spec in ("d", "x", "+s", "=^5", ",", "#s", "z"):
    try:
        format("abc", spec)
    except ValueError as e:
        print(spec, "ValueError:", e)
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(format(p), format(p, "xyz"), f"{p}", f"{p:>10}", f"{p!r}", f"{p!s}", f"{p!a}", f"{p!r:>8}", "{0!r:^9}".format(p))
class Plain:
    def __repr__(self):
        return "Plain()"
print(format(Plain()), f"{Plain()!s:>10}|", str(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
print(format(None), format(None, ""), format([1, 2], ""), format((1,), "") , f"{'é'!a}", f"{'q'!r}")
try:
    format(None, "^5")
except TypeError as e:
    print("TypeError:", e)
print(format([], ""), "{:10}|{:<10}|".format("x", "y"), "{0:{1}}|".format("z", 6), "{0:{fill}{align}{w}}".format("t", fill="~", align="^", w=7))
