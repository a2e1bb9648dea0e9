# str classification predicates over ASCII and Unicode samples.
samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "Ⅻ", "a1", " ", "\t\n", "", "_x", "x_1", "1x", "class", "ñ",
           "ǅ", "hello world", "Hello World", "\x00", "é", "中文", "x\u200b", "\u00a0", "𝒳", "٣.٥", "MixedCase1"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper", "islower", "istitle",
         "isidentifier", "isprintable", "isascii"]
print("".join(p[2:5].ljust(6) for p in preds))
for s in samples:
    print("".join(("T" if getattr(s, p)() else "f").ljust(6) for p in preds), ascii(s))
print([chr(c) for c in range(32, 127) if chr(c).isalnum() != chr(c).isalpha() + chr(c).isdigit()])
print(sum(chr(c).isspace() for c in range(0x3000)), sum(chr(c).isdigit() for c in range(0x700)), sum(chr(c).isupper() for c in range(0x250)))
