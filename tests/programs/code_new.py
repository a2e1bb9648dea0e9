# code.__new__: its clinic (positional only, int/bytes/tuple/str converters), its range checks,
# validate_and_copy_tuple and PyCode_NewWithPosOnlyArgs.
c = (lambda x, *, y=1: x + y).__code__
C = type(c)
args = [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
        c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname,
        c.co_firstlineno, c.co_linetable, c.co_exceptiontable]
d = C(*args)
print(d == c, d is c, d.co_varnames, d.co_freevars, d.co_qualname)
print(C(*args, ("a",), ("b",)).co_freevars, C(*args, (), ("x",)).co_cellvars)
for bad in [lambda: C(), lambda: C(*args, (), (), 1), lambda: C(*args, x=1), lambda: C("1", *args[1:]),
            lambda: C(*args[:6], "s", *args[7:]), lambda: C(*args[:7], [], *args[8:]),
            lambda: C(*args[:10], b"f", *args[11:]), lambda: C(-1, *args[1:]),
            lambda: C(*args[:3], 5, *args[4:]), lambda: C(*args[:8], (1,), *args[9:]),
            lambda: C(*args, (1,)), lambda: C.__new__(int, *args), lambda: C(*args[:5], -1, *args[6:]),
            lambda: C(*args[:6], b"\x00", *args[7:]), lambda: C(5, 6, *args[2:])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
