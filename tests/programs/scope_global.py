# global statements, module namespace, name resolution order (local, enclosing, global, builtin) and NameError/UnboundLocalError.
g = "module"
def read():
    return g
def write():
    global g
    g = "written"
def local_shadow():
    g = "local"
    return g
print(read(), local_shadow(), g)
write()
print(read(), g)
def create_new():
    global created
    created = 42
create_new()
print(created)
def unbound_local():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = 1
unbound_local()
def missing():
    return not_defined_anywhere
try:
    missing()
except NameError as e:
    print("NameError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max(3, 4)
print(uses_builtin())
x = 0
def augment():
    global x
    for i in range(5):
        x += i
augment()
print(x)
class Scope:
    y = 10
    z = y * 2
    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(Scope.z, Scope().method())
def del_global():
    global to_delete
    del to_delete
to_delete = 1
del_global()
print("to_delete" in globals())
try:
    del_global()
except NameError as e:
    print("NameError:", e)
def delete_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(delete_local())
print(sorted(k for k in globals() if not k.startswith("__")))
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
