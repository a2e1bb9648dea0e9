# String and bytes literals: every escape, raw strings, implicit concatenation, triple quotes, line continuations.
print(repr("\a\b\f\n\r\t\v\\\'\"\0\1\12\123\x41\u0042\U00000043\N{DIGIT ONE}"))
print(repr(b"\a\b\f\n\r\t\v\\\'\"\0\1\12\123\x41"), len(b"\777"[0:1]) if False else "skip")
print(repr(r"\n\t\\"), repr(R"\x41"), repr(rb"\x41\n"), repr(Rb"\d"), repr(bR"\w"), repr(br"\s"))
print(repr("""triple "double" quoted
with newline"""), repr('''single 'triple' quoted'''), repr("""\
continued start"""))
print("implicit" " " 'concatenation' """ of """ '''literals''', b"by" b"tes")
print("line \
continuation inside literal")
total = 1 + \
    2 + \
    3
print(total)
print(len("\u00e9"), len("e\u0301"), "e\u0301", "\u00e9" == "e\u0301", len("\U0001F600"), len("🇫🇷"))
print(repr("tab\there"), repr('mixed "quotes" and \'escaped\''), repr("\x00\x1f\x7f\x9f\xa0\xad"))
print(u"unicode prefix", U"upper U", repr(u"\u1234"))
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}\N{SNOWMAN}\N{black heart suit}")
print(len("""
"""), repr(""""quote at start"""), repr('''it's'''), repr(""""""), repr(''''''))
print("a" "b" == "ab", ("multi"
      "line"
      "implicit"))
print(repr("\\N{not an escape in raw}" if False else r"\N{DIGIT ONE}"), repr("\\u0041"), repr(r"\u0041"))
s = "unterminated \
line"
print(s)
print(repr("octal \0 \00 \000 \0000 \101\1011"), repr("hex \x7e\x7E"))
print(f"{'nested'!r}" 'plain' f"{1 + 1}", "a" f"{'b'}" "c")
