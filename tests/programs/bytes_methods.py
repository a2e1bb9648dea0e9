# bytes: construction, indexing, slicing, methods, comparisons, repr, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], b[::3], len(b), b"lo" in b, 111 in b, b.upper(), b.lower(), b.swapcase(), b.title())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b.split(), b"a b  c".split(None, 1), b.replace(b"l", b"L", 2), b.partition(b", "), b"-".join([b"a", b"b"]))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"ab".center(6, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"ab".ljust(4, b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(bytes(3), bytes([65, 66]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"mv")))
print(repr(b"\x00\x7f\x80\xff\t\n\r'\""), repr(b"it's"), repr(b'"q"'), str(b"s"), ascii(b"a"), b"abc" < b"abd", b"" < b"\x00")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"abc" == b"abc", b"a" == "a", list(b"hi"), tuple(b"ok"), sorted(b"cab"))
print(b"hello".hex(), b"hello".hex(":"), b"hello".hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00FF"))
print(b"a,b".removeprefix(b"a,"), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"x".decode(), b"caf\xc3\xa9".decode("utf-8"), b"line1\nline2\r\n".splitlines(), b"A".lower()[0], hash(b"") == hash(b""))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes("str"))
show(lambda: bytes(-1))
show(lambda: bytes.fromhex("zz"))
show(lambda: bytes.fromhex("abc"))
show(lambda: b"abc"[5])
show(lambda: b"abc" + "d")
show(lambda: b"abc".find("a"))
show(lambda: b"abc".split(b""))
show(lambda: bytes(1.5))
show(lambda: b"a".join(["b"]))
show(lambda: 300 in b"abc")
print(bytes.__mro__, type(b[0]).__name__, type(b[0:1]).__name__, b"%b-%s" % (b"x", b"y"), int.from_bytes(b[:2], "big"))
