# Annotations as 3.14 evaluates them: lazily via __annotate__, forward references, class and module annotations.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(type(f.__annotate__).__name__, f.__annotate__(1))
def forward(x: UndefinedType) -> AlsoUndefined:
    pass
print("defined without error")
show(lambda: forward.__annotations__)
class Later:
    pass
UndefinedType = Later
AlsoUndefined = int
print(forward.__annotations__)
class Model:
    name: str
    count: int = 0
    ref: "Model"
    def method(self) -> None: ...
print(Model.__annotations__, Model.count, hasattr(Model, "name"), Model.method.__annotations__)
x: int = 5
y: "forward"
print(x, "y" in globals(), __annotations__ if False else "module annotations exist")
def no_annotations():
    pass
print(no_annotations.__annotations__, no_annotations.__annotate__)
def local_annotations():
    z: int = 1
    w: str
    return z
print(local_annotations(), local_annotations.__annotations__)
f.__annotations__ = {"replaced": True}
print(f.__annotations__)
show(lambda: setattr(f, "__annotations__", 5))
class Sub(Model):
    extra: bytes
print(Sub.__annotations__)
calls = []
def side(v):
    calls.append(v)
    return v
def lazy(p: side("param")) -> side("ret"):
    pass
print("calls before access:", calls)
print(lazy.__annotations__, "calls after:", calls)
lazy.__annotations__
print("cached, calls:", calls)
class WithAnnotate:
    a: int
print(type(WithAnnotate.__annotate__).__name__, WithAnnotate.__annotate__(1))
show(lambda: WithAnnotate.__annotate__(2))
