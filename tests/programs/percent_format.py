# printf-style % formatting of str: conversions, flags, width/precision, mappings, '*', and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%o %x %X" % (8, 255, 255), "%#o %#x %#X" % (8, 255, 255))
print("%e %E %f %F %g %G" % (1234.5, 1234.5, 1.5, 2.5, 0.00001234, 1e20), "%c%c" % (65, "z"), "100%%")
print("[%5s][%-5s][%.2s][%5.1s]" % ("abc", "abc", "abc", "abc"), "[%05d][%+d][% d][%-6d]" % (42, 42, 42, 42))
print("[%*d][%-*d][%.*f][%*.*f]" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s%(x)r" % {"x": "v"}, "%s" % [1, 2], "%s" % ((1, 2),))
print("%d" % 3.99, "%x" % -255, "%s" % None, "%.3f" % 2, "%5.1f%%" % 99.44, "%-8.3e|" % 12345.678, "%#g" % 1.0)
show(lambda: "%d" % "a")
show(lambda: "%s %s" % ("a",))
show(lambda: "%s" % ("a", "b"))
show(lambda: "%(a)s" % ("a",))
show(lambda: "%(a)s" % {"b": 1})
show(lambda: "%y" % 1)
show(lambda: "%c" % "ab")
show(lambda: "%c" % 0x110000)
show(lambda: "%x" % 1.5)
show(lambda: "%" % ())
show(lambda: "%*d" % ("a", 1))
show(lambda: "%d %d" % 1)
print("%s" % "only", "%%" % (), "no format" % (), "%s" % {"k": 1}, "%r" % b"x", "%a" % "ü")
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"raw"), b"%5.2f|%-4d|" % (3.14159, 7), b"%(k)s" % {b"k": b"v"})
show(lambda: b"%s" % "str")
show(lambda: b"%r" % 1)
