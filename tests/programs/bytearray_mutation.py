# bytearray: mutation by index, slice assignment, methods that modify in place, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba))
ba.append(33); print(ba)
ba.extend(b" more"); print(ba)
ba.extend([65, 66]); print(ba)
ba.insert(0, 62); print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l")); print(ba)
ba[1:3] = b"XYZW"; print(ba)
ba[::2] = b"_" * len(ba[::2]); print(ba)
del ba[0:2]; print(ba)
del ba[::3]; print(ba)
ba.reverse(); print(ba)
ba += b"++"; print(ba)
ba *= 2; print(ba)
ba.clear(); print(ba, len(ba))
c = bytearray(b"abc")
d = c.copy(); d[0] = 122
print(c, d, c == b"abc", c + b"d", type(c + b"d").__name__, type(b"d" + c).__name__, bytearray(3), bytearray([1, 2]))
print(c.upper(), c.replace(b"b", b"B"), c.find(b"c"), c.hex(), bytearray.fromhex("41 42"), c.decode(), repr(bytearray()))
show(lambda: c.__setitem__(0, 256))
show(lambda: c.__setitem__(0, b"x"))
show(lambda: c.pop(10))
show(lambda: bytearray().pop())
show(lambda: c.remove(0))
show(lambda: c.__setitem__(slice(0, 3, 2), b"abc"))
show(lambda: c.index(b"q"))
show(lambda: hash(c))
m = bytearray(b"0123456789")
m[2:5] = []
print(m)
m[1:1] = b"ins"
print(m)
m[-1:] = bytearray(b"END")
print(m, m.count(b"E"), m.startswith(b"0"), m.isdigit(), m.split(b"s"), bytes(m))
