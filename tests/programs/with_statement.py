# with statements: __enter__/__exit__ order, exception info passed to __exit__, suppression, multiple managers.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Manager("a") as value:
    print("body", value)
with Manager("outer") as o, Manager("inner") as i:
    print("both", o, i)
with (Manager("p1") as p1,
      Manager("p2")):
    print("parenthesized", p1)
with Manager("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Manager("propagating"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
try:
    with Manager("m1"), Manager("m2", suppress=True), Manager("m3"):
        raise IndexError("inner-most")
    print("m2 suppressed it")
except IndexError:
    print("not reached")
def returns_inside():
    with Manager("ret"):
        return "returned"
print(returns_inside())
for n in range(3):
    with Manager(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
show(lambda: exec("with EnterFails(): pass", {"EnterFails": EnterFails}))
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
def use(cm):
    with cm:
        pass
show(lambda: use(NoExit()))
show(lambda: use(NoEnter()))
show(lambda: use(5))
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
def exit_replaces():
    with ExitRaises():
        raise ValueError("original")
try:
    exit_replaces()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string suppresses"
with Truthy() as nothing:
    1 / 0
print("suppressed by truthy", nothing)
class Reusable:
    depth = 0
    def __enter__(self):
        Reusable.depth += 1
        return Reusable.depth
    def __exit__(self, *a):
        Reusable.depth -= 1
r = Reusable()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", Reusable.depth)
with Manager("target") as (first, *rest):
    print(first, rest)
holder = {}
with Manager("subscript") as holder["key"]:
    pass
print(holder)
