class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
print(type(A1), isinstance(A1, type))
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
