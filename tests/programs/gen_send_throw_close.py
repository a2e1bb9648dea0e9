# Generator protocol: send(), throw() with handled and unhandled exceptions, close() and GeneratorExit.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
                print("received", value)
            except ValueError as e:
                print("handled ValueError", e)
                yield "recovered"
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("echo finally")
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
print(g.gi_frame)
g.close()
show(lambda: g.send(1))
fresh = echo()
show(lambda: fresh.send("not None"))
show(lambda: fresh.throw(KeyError("k")))
show(lambda: next(fresh))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"
bad = ignores_exit()
next(bad)
show(bad.close)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
r = returns_on_close()
next(r)
print(r.close())
def averager():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        if value is None:
            return average
        total += value
        count += 1
        average = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def thrower():
    yield 1
t = thrower()
show(lambda: t.throw(RuntimeError("before start")))
show(lambda: next(t))
t = thrower()
next(t)
show(lambda: t.throw(TypeError))
def catches_type():
    while True:
        try:
            yield
        except TypeError as e:
            print("caught type error", repr(e))
ct = catches_type()
next(ct)
ct.throw(TypeError("once"))
ct.throw(TypeError)
ct.close()
print("closed", ct.gi_frame is None)
show(lambda: ct.throw(ValueError("after close")))
