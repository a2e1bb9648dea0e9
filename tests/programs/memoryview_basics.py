# memoryview over bytes and bytearray: slicing, tolist, tobytes, writes through, release, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(mv[0], mv[-1], mv[2:5].tobytes(), mv.tolist(), len(mv), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
mv[0] = 65
mv[1:3] = b"BC"
print(data, bytes(mv[::2]), mv[::-1].tobytes(), mv.hex(), mv == b"ABCdefgh", mv[3:].nbytes)
ro = memoryview(b"xyz")
print(ro.readonly, ro.tobytes(), ro[1], bytes(ro), list(ro))
show(lambda: ro.__setitem__(0, 1))
show(lambda: mv.__setitem__(0, 300))
show(lambda: mv.__setitem__(slice(0, 2), b"abc"))
show(lambda: mv[100])
show(lambda: memoryview("str"))
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
show(lambda: m2.tobytes())
print(repr(m2)[:20] == "<released memory at ")
c = mv.cast("H")
print(c.format, c.itemsize, len(c), c.shape)
sub = mv[2:6]
sub[0] = ord("!")
print(data, sub.obj is data, mv.contiguous, mv.c_contiguous)
mv.release()
show(lambda: len(mv))
