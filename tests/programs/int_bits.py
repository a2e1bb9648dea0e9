# Bitwise operators, shifts, bit_length, bit_count, and their errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

values = [0, 1, -1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40) + 3, 12345678901234567890]
for a in values:
    print(a, a.bit_length(), a.bit_count(), a & 0xFF, a | 0x100, a ^ -1, ~a, a << 3, a >> 2)
for a in (6, -6):
    for b in (3, -3, 0):
        print(a & b, a | b, a ^ b)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 1, 5 >> 64)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 1 << 1.0)
show(lambda: 1.0 & 1)
show(lambda: True & 2)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(bin(0), bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), hex(2 ** 70))
print(int("1010", 2), int("-ff", 16), int("0x1F", 0), int("0o17", 0), int("0b11", 0), int("z", 36))
print(format(10, "b"), format(10, "#b"), format(-10, "#x"), format(255, "08b"), format(255, "#010x"))
print(format(1234567, "_b"), format(0xFFFFFFFF, "_x"), format(8, "o"), format(255, "X"))
n = 0
for i in range(64):
    n |= (i % 3 == 0) << i
print(n, hex(n), n.bit_count())
print((2 ** 64 - 1) & (2 ** 32 + 5), (2 ** 64) ^ (2 ** 63), -(2 ** 64) | 7)
