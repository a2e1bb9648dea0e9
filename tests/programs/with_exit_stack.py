# A hand-written ExitStack: callbacks unwound in reverse, exceptions passed along, suppression and replacement.
class ExitStack:
    def __init__(self):
        self.exits = []
    def enter(self, cm):
        result = type(cm).__enter__(cm)
        self.exits.append(lambda *exc: type(cm).__exit__(cm, *exc))
        return result
    def callback(self, fn, *args):
        def call(*exc):
            fn(*args)
            return False
        self.exits.append(call)
    def __enter__(self):
        return self
    def __exit__(self, typ, exc, tb):
        pending = exc
        suppressed = False
        while self.exits:
            fn = self.exits.pop()
            try:
                if fn(type(pending) if pending else None, pending, pending.__traceback__ if pending else None):
                    pending, suppressed = None, True
            except BaseException as new:
                new.__context__ = pending
                pending = new
        if pending is not None and pending is not exc:
            raise pending
        return suppressed and pending is None
class Resource:
    def __init__(self, name, fail_exit=False, suppress=False):
        self.name, self.fail_exit, self.suppress = name, fail_exit, suppress
    def __enter__(self):
        print("open", self.name)
        return self.name
    def __exit__(self, typ, exc, tb):
        print("close", self.name, "with", repr(exc))
        if self.fail_exit:
            raise RuntimeError(f"close of {self.name} failed")
        return self.suppress
with ExitStack() as stack:
    names = [stack.enter(Resource(n)) for n in "abc"]
    stack.callback(print, "callback with", names)
    print("body", names)
print("---")
try:
    with ExitStack() as stack:
        stack.enter(Resource("x"))
        stack.enter(Resource("y", fail_exit=True))
        raise ValueError("body failed")
except Exception as e:
    print("escaped", repr(e), "context", repr(e.__context__))
print("---")
with ExitStack() as stack:
    stack.enter(Resource("outer"))
    stack.enter(Resource("suppressor", suppress=True))
    raise KeyError("swallowed")
print("after suppression")
print("---")
def nested_with():
    with Resource("1") as one, Resource("2", suppress=True) as two:
        with Resource("3"):
            raise IndexError("deep")
    return "nested done"
print(nested_with())
