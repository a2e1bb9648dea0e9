# Text encodings: UTF-8/16/32 with and without BOM, utf-8-sig, latin-1, ascii, and every error handler.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")

text = "Aé€😀"
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "ascii", "cp1252"):
    show(f"encode {enc}", lambda: text.encode(enc))
    show(f"roundtrip {enc}", lambda: text.encode(enc).decode(enc) == text)
for handler in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"):
    show(f"ascii {handler}", lambda: text.encode("ascii", handler))
    show(f"latin-1 {handler}", lambda: "é€".encode("latin-1", handler))
raw = b"A\xc3\xa9\xff\xfeB\xed\xa0\x80"
for handler in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"):
    show(f"decode utf-8 {handler}", lambda: raw.decode("utf-8", handler))
show("surrogate encode", lambda: "\ud800".encode("utf-8"))
show("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass"))
show("surrogateescape roundtrip", lambda: b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
show("bom sig decode", lambda: b"\xef\xbb\xbfhi".decode("utf-8-sig"))
show("bom plain decode", lambda: b"\xef\xbb\xbfhi".decode("utf-8"))
show("utf-16 odd length", lambda: b"a\x00b".decode("utf-16-le"))
show("utf-32 bad", lambda: b"\xff\xff\xff\xff".decode("utf-32-le"))
show("unknown codec", lambda: "x".encode("klingon"))
show("unknown handler", lambda: "é".encode("ascii", "nope"))
show("codec aliases", lambda: ["é".encode(n) for n in ("UTF8", "utf_8", "U8", "latin1", "L1", "iso-8859-1", "ISO8859-1")])
show("bytes decode default", lambda: "€".encode().decode())
show("str() with encoding", lambda: str(b"\xe2\x82\xac", "utf-8"))
show("bytes() with errors", lambda: bytes("é€", "ascii", "replace"))
show("bytearray encode", lambda: bytearray("é", "utf-16-be"))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    "a€b".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
