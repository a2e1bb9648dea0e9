# str split/rsplit/splitlines/join with maxsplit, separators, whitespace kinds, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

texts = ["a b  c", "  leading and trailing  ", "a,b,,c,", "", "   ", "one", "tab\tsep\nnew\x0bvt\x0cff\x1cfs\u2003em"]
for t in texts:
    print(repr(t), t.split(), t.split(" "), t.split(",", 1), t.rsplit(None, 1), t.rsplit(" ", 2), t.split(maxsplit=1))
print("a1b1c1".split("1"), "a1b1c1".rsplit("1", 1), "abc".split("abc"), "x".split("x"), "a::b::c".split("::", -1))
show(lambda: "abc".split(""))
show(lambda: "abc".split(1))
lines = "one\ntwo\r\nthree\rfour\x85five\u2028six\n\nend"
print(lines.splitlines(), lines.splitlines(True), "".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(5))), "ab".join(("1", "2", "3")))
show(lambda: ",".join(["a", 1]))
show(lambda: ",".join([b"a"]))
show(lambda: ",".join(5))
print("\t".join(x.strip() for x in " a , b ,c ".split(",")), "/".join(reversed("a/b/c".split("/"))))
