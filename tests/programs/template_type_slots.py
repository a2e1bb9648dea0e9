# Template and Interpolation: module string.templatelib, __class_getitem__, their own __new__
# (tp_new_wrapper checks naming tp_name), Interpolation.__reduce__, read-only members.
x = 1
t = t"a{x!r:>3}b"
T, I = type(t), type(t.interpolations[0])
print(T.__module__, I.__module__, T[int], I[str], "__module__" in dir(T))
i = t.interpolations[0]
print(i.__reduce__())
r = i.__reduce__()
print(r[0](*r[1]))
print(T.__new__(T, "a", i, "b"), I.__new__(I, 5, "y"))
for bad in [lambda: T.__new__(int), lambda: T.__new__(1), lambda: I.__new__(T, 1),
            lambda: setattr(i, "value", 2), lambda: setattr(t, "strings", ()), lambda: T(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(T.strings.__get__(t), I.value.__get__(i))
