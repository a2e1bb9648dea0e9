# str.maketrans/translate, encode/decode with error handlers, format_map, misc methods.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate({ord("l"): None, ord("o"): "0", 104: 72}), "abc".translate({97: "AA"}))
print(sorted(str.maketrans({"a": "1", "b": None}).items()))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: "abc".translate({97: 1.5}))
for text in ("abc", "héllo", "日本", "😀", "\udcff"):
    for enc in ("utf-8", "latin-1", "ascii", "utf-16-le", "utf-32-be"):
        for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
            try:
                print(enc, errors, text.encode(enc, errors))
            except UnicodeError as e:
                print(enc, errors, type(e).__name__ + ":", e)
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
show(lambda: b"\xff".decode("utf-8"))
show(lambda: b"\xe9".decode("ascii"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: b"\xff".decode("utf-8", "surrogateescape"))
print("x".encode("UTF8"), "x".encode("utf_8"), "é".encode("Latin1"), "{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Missing(x=1)))
