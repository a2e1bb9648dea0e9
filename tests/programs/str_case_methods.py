# str case methods: upper/lower/casefold/title/capitalize/swapcase, with non-ASCII text.
words = ["hello", "HELLO", "hello world", "hELLO wORLD", "they're bill's", "ǅungla", "straße", "ΣΊΣΥΦΟΣ", "İstanbul",
         "ﬁne", "123abc", "", "a1b2 c3", "o'neil mc-donald", "ß", "ŉ", "ﬃ", "Ⅻ", "ǈ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()), len(w), len(w.upper()))
print("ΑΣ".lower(), "ΑΣ Α".lower(), "ΣΑ".lower(), "Σ".lower())
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".upper(), "ǆ".title(), "ǆ".upper(), "ǆ".capitalize())
print([c.isupper() for c in "aA1ǅΣ"], [c.islower() for c in "aA1ǅσ"], [c.istitle() for c in ("Ab", "AB", "ǅ", "A b")])
print("Hello World".istitle(), "Hello world".istitle(), "".istitle(), "123".isupper(), "A1".isupper())
