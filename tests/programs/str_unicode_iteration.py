# Unicode strings: iteration by code point, combining marks, wide characters, case mapping lengths, comparisons.
texts = ["naïve café", "e\u0301", "😀👍🏽", "日本語テキスト", "ﬃ", "İı", "Σίσυφος", "\u0000\u007f\u0080\u00ff\u0100", "🇫🇷🇩🇪"]
for t in texts:
    print(ascii(t), len(t), [hex(ord(c)) for c in t][:6], ascii(t[::-1]), ascii(t.upper()), len(t.upper()), len(t.lower()))
print(sorted(["é", "e", "f", "E", "ё", "z", "Z", "ä", "a"]), max("aé"), min("é😀"), "é" < "😀")
print("".join(reversed("abc😀")), "😀".encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode("utf-16")), "日".encode("utf-8"))
print("straße".upper(), "STRASSE".lower(), "ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ß".casefold(), "ẞ".lower())
print([c for c in "a\u0301b" if c.isalpha()], "\u0301".isalpha(), "\u0301".isprintable(), "\u200b".isprintable(), "\u00a0".isspace())
s = "mixed ASCII and ünïcödé"
print(s.find("ü"), s.index("é"), s.count("ï"), s.split("ü"), s.replace("ö", "oe"), s.encode("ascii", "replace"), s.center(30, "·"))
print(ascii("\t\n\x1b"), repr("\U0010FFFF"), repr("\ud83d"), len("\ud83d\ude00"), "\ud83d\ude00" == "😀")
print("%s|%5s|%-5s|" % ("é", "é", "日本"), f"{'日本':>6}|{'é':^5}|", "{:*<4}".format("ü"))
print(str.maketrans("äöü", "aou") == {228: 97, 246: 111, 252: 117}, "äöü".translate(str.maketrans("äöü", "aou")))
counts = {}
for ch in "ababcé😀é":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=ord))
