# str <-> int conversion in every base, large values, and the digit-limit error.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for base in (2, 3, 7, 8, 10, 16, 36):
    print(base, [int(s, base) for s in ("1", "10", "11", "101")])
for text in ("0b101", "0B101", "0o7", "0O7", "0xAbC", "0XaBc", "-0x10", "+0b1", " 0x1_0 "):
    print(text, int(text, 0))
n = 3 ** 200
print(str(n))
print(len(str(n)), int(str(n)) == n, repr(-n)[:20])
print(str(10 ** 99), str(-(10 ** 50) + 1))
big = "9" * 4300
print(len(str(int(big))))
show(lambda: int("9" * 4301))
show(lambda: str(10 ** 4300))
print(int("1" * 5000, 16) % 1000)
for s in ("12a", "a12", "1 2", "--1", "0x", "١٢٣", "   ", "+", "1e3"):
    show(lambda: int(s))
print(str(0), str(-0), repr(123), ascii(-5), "%d" % 3, "%i" % -3, "%5d|" % 42, "%-5d|" % 42, "%05d" % -42)
