# repr/ascii of strings: quote choice, escapes for control, non-printable and non-ASCII characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "cr\r", "nul\0", "bell\a",
           "\x7f", "\x80", "\xa0", "é", "\u200b", "\u2028", "\U0001f600", "\ud800", "中", "\x1b[0m", "\\n", "'", '"', "",
           "\ufeff", "\U000e0001", "ÿ\u0100"]
for s in samples:
    print(repr(s), ascii(s), len(s), len(repr(s)))
print(str("x"), repr(repr("a")), repr(['a', "b'c"]), repr(("é",)), repr({"k": "\n"}))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EM DASH}", "\u00e9" == "é", "\x41\102\u0043\U00000044")
print(r"raw\n\t", R"\d+", rb"\x00", "con" "cat" 'en' """ation""", '''multi
line''')
print(len("\
"), "a\
b")
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(0x1F600), chr(0), repr(chr(0x110000 - 1)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
