# f_locals with the implicit __class__ cell of methods, in class bodies (a dict, free variables
# not copied in), and the write-through proxy of a suspended generator with a cell.
import sys
class A:
    def m(self):
        super()
        return list(sys._getframe().f_locals)
    def n(self):
        return list(sys._getframe().f_locals)
print(A().m(), A().n())
class B:
    x = 1
    def f():
        return __class__
    print(sorted(sys._getframe().f_locals))
    print(sorted(locals()))
def outer():
    v = 1
    class C:
        w = v
        print(sorted(sys._getframe().f_locals), sys._getframe().f_locals.get("v"))
    return C
outer()
def gen_with_cell():
    a = 1
    def inner():
        return a
    yield sys._getframe().f_locals
g = gen_with_cell()
p = next(g)
print(list(p), p["a"])
p["a"] = 2
print(p["inner"]())
