# str strip/lstrip/rstrip with chars, center/ljust/rjust/zfill, expandtabs.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for t in ["  hi  ", "\t\n hi \r\x0b", "xxhixx", "", "hi", "\u3000wide\u3000"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("xh")), repr(t.strip(None)))
for w in (0, 3, 7, 10):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, ".")))
print("ab".center(5), "|" + "ab".center(6) + "|", "|" + "a".center(4) + "|", "|" + "abc".center(6, "0") + "|")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "abc".zfill(6), "-".zfill(3), "3.5".zfill(6))
show(lambda: "a".center(5, "ab"))
show(lambda: "a".ljust("5"))
show(lambda: "a".strip(5))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("x\ty\nab\tz".expandtabs(3)), repr("\t".expandtabs(0)))
