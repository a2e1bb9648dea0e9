# format() and format specs for integers: fill/align/sign/#/0/width/grouping/types, and errors.
nums = [0, 7, -7, 255, -255, 1234567, -1234567890, 2 ** 70, True]
specs = ["", "d", "5d", "<5d", ">5", "^7", "*^9", "+d", " d", "-d", "05d", "=+8", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", "08b", "#010b", ",", "_", "_x", "_b", ",d", "e", ".2f", "%", "g", "n", "c" if False else "10,", "#_o"]
for n in nums:
    print(repr(n), [format(n, s) for s in specs])
print(format(65, "c"), format(0x1F600, "c"), f"{97:c}{98:c}", format(10, "=^10"), format(-10, "x<6"), format(5, "0>4"))
for spec in ("c", "s", ".2d", ",x", ",b", "z", "=s", "+c", "#c", ",c", "q", "-^", "10.5s"):
    try:
        print(spec, repr(format(42, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for n, spec in ((-1, "c"), (0x110000, "c")):
    try:
        format(n, spec)
    except OverflowError as e:
        print("OverflowError:", e)
print(int.__format__(5, ""), (255).__format__("#x"), format(5), format(-0), format(12345678901234567890, ","))
w, p, a = 12, 3, ">"
print(f"{42:{a}{w}}|{42:{w}d}|{3.14159:{w}.{p}f}|{255:#{w}x}|{'x':{a}{w}}|")
print("{:d} {:+} {:x} {:#o} {:,} {:>6} {:06}".format(1, 2, 255, 8, 10 ** 6, -3, -3))
