# str searching: find/rfind/index/rindex/count/startswith/endswith/in, with start/end and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "abracadabra"
for sub in ("a", "abra", "cad", "z", "", "ra", "aa"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.find(sub, 3), s.rfind(sub, 0, 8),
          s.count(sub, 2, -2), s.find(sub, -4), s.startswith(sub), s.endswith(sub))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("b", 0, 5))
show(lambda: s.index("z"))
show(lambda: s.rindex("z"))
show(lambda: s.find(1))
show(lambda: s.count())
show(lambda: 1 in s)
print(s.startswith(("x", "ab")), s.endswith(("ra", "q")), s.startswith("bra", 1), s.endswith("cad", 0, 7), s.startswith(()))
show(lambda: s.startswith(["a"]))
print("".find(""), "".count(""), "abc".count(""), "aaaa".count("aa"), "abc".find("", 10), "abc".rfind("", 1))
print("ab" * 3, 3 * "x", "-" * 0, "x" * -2, "abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "ab" > "a", "é" > "z")
print(max("hello"), min("hello"), sorted("hello"), list(reversed("abc")), "l" in "hello", "" in "")
print("abc".partition("b"), "abc".partition("x"), "a-b-c".rpartition("-"), "abc".rpartition("x"))
show(lambda: "abc".partition(""))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"), "hello".removesuffix(""))
