# The argument errors of type(...) (type_vectorcall, type_call), type.__new__ (tp_new_wrapper,
# type_new's PyArg_ParseTuple), type.__init__ (type_init) and metaclass calls.
class M(type):
    pass
for bad in [lambda: type(1, bogus=1), lambda: type("A", (), {}, bogus=1), lambda: type.__new__(type, 1),
            lambda: type.__new__(type), lambda: type.__new__(1, "A", (), {}), lambda: type.__new__(int, "A", (), {}),
            lambda: type("A", 1, {}), lambda: type("A", (), 1), lambda: type(1, 2), lambda: M(1),
            lambda: type.__call__(1), lambda: type.__call__(type), lambda: type.__init__(type, 1, 2),
            lambda: type.__init__(type, "A", (), {}, x=1), lambda: M("A", (), {}, x=1)]:
    try:
        r = bad()
        print(r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(type(e).__name__, e)
