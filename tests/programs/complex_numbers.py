# Complex numbers: construction, repr, arithmetic, attributes, errors, formatting.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

zs = [1j, 1 + 2j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex(-0.0, 0), complex("1+2j"), complex(" -3.5j "),
      complex(2, 3) * complex(4, -1), 1e300j * 1e10, complex(float("nan"), 1), complex(1, float("inf"))]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z.real == z.real else "nan")
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, -a, +a, abs(a), a == 3 + 4j, a != b, a == complex(3, 4))
print(1 + 0j == 1, 2j * 2j, (1j) ** 2, 1j ** 1j, (0j) ** 0, 2 ** (1j) == 2 ** 1j, hash(3 + 0j) == hash(3))
show(lambda: a < b)
show(lambda: a // b)
show(lambda: a % b)
show(lambda: 1 / 0j)
show(lambda: 0j ** -1)
show(lambda: complex("1+"))
show(lambda: complex("abc"))
show(lambda: complex("1", 2))
show(lambda: complex([]))
show(lambda: int(1j))
show(lambda: float(1 + 1j))
print(complex(1, 2).__repr__(), format(1 + 2j, ".2f"), format(-1.25 - 3j, ">20"), f"{3 - 4j:+.1e}", format(1j, "g"))
print(complex.__mro__, complex(True, False), complex(1.5), complex(), complex(imag=2), complex(real=-1))
print((1+2j).__add__(1), (1+2j).__radd__(1), type(1j * 1).__name__, 1j.real, 1j.imag)
class C:
    def __complex__(self):
        return 5j
print(complex(C()), isinstance(1j, complex), [complex(x, 1) for x in range(3)])
