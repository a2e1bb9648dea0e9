# del: names, attributes, items, slices, tuples of targets, in loops and functions, and the errors it raises.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

x = 1
del x
show(lambda: x)
a, b, c = 1, 2, 3
del a, b
print("c" in globals(), "a" in globals())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
class O:
    cls_attr = "class"
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o))
show(lambda: exec("del o.x", {"o": o}))
show(lambda: exec("del o.cls_attr", {"o": o}))
del O.cls_attr
print(hasattr(O, "cls_attr"))
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def local_del():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local_del())
def del_unbound():
    del never_assigned_local
    never_assigned_local = 1
show(del_unbound)
show(lambda: exec("del undefined_global_name"))
show(lambda: exec("l = [1]; del l[5]"))
show(lambda: exec("d = {}; del d['k']"))
show(lambda: exec("t = (1,); del t[0]"))
show(lambda: exec("s = 'x'; del s[0]"))
(p, [q, r]) = (1, [2, 3])
del (p, [q, r])
print("p" in globals(), "q" in globals())
class DelHook:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)
h = DelHook()
del h[1], h[1:2], h["k", 2]
del h.anything
for i in range(3):
    pass
del i
show(lambda: i)
def del_in_closure():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_in_closure())
