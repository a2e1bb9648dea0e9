# Conversions: roman numerals both ways, arbitrary bases, base64 by hand, and a bit-level checksum.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total
samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(n) for n in samples])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in (0, 255, -255, 10 ** 20, 2 ** 64 - 1):
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(ALPHABET.index(c), "06b") for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for raw in (b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode(), bytes(range(10))):
    enc = b64encode(raw)
    print(repr(raw), enc, b64decode(enc) == raw)
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print([hex(crc8(s)) for s in (b"", b"123456789", b"hello", bytes(range(256)))])
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(adler32(b"Wikipedia"), hex(adler32(b"")), adler32(bytes(1000)))
