# Float formatting: format specs e/f/g/%/n-free, precision, alignment, signs, grouping, '%' operator.
nums = [0.0, -0.0, 1.0, 3.14159265358979, -2.5, 1234567.891, 1e-7, 6.02214076e23, 0.5, 1 / 3, float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "G", "#g", "%", ".1%", "+.2f", " .2f",
         "10.2f", "<10.1f", "^12.3f", ">+10.2f", "=+10.2f", "010.2f", ",.2f", "_.3f", ".2", "r" if False else "10"]
for n in nums:
    print(repr(n), [format(n, s) for s in specs])
for n in (123.456, -0.001, 1e100):
    print("%f|%.1f|%e|%.2E|%g|%G|%10.3f|%-10.3f|%+f|% f|%#g|%.0e" % ((n,) * 12))
print("%.3s|%5.1f%%|%(a)s" % ("abcdef", 99.5, 0) if False else "%.3s|%5.1f%%" % ("abcdef", 99.5))
print(format(1e16, "f"), format(1e16, "g"), format(1e16, ".17g"), format(123456789.0, ".3g"))
print(format(0.0001, "g"), format(0.00001, "g"), format(1e-5, ".10f"), format(2 ** 0.5, ".50f"))
print(format(1234.5678, "z.2f"), format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0001, ".2f"))
print(f"{2.5:{'>'}{8}.{2}f}|{-1.25:010.3f}|{1e-3:.2%}|{12345.678:,}|{12345.678:_}")
for bad in ("d", "x", "c", ".2d", ",_f", "=z", "10.f"):
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError:", e)
print(str(1.0), str(1e5), str(1e16), str(1.23e-5), str(-1e-10), 1e16 == 10 ** 16)
print(format(5, "f"), format(5, ".3e"), format(5, "%"), format(True, ".1f"), format(3, "g"))
