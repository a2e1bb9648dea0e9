# f_back chains seen from tracebacks (no sys): through methods, properties, __init__, nested
# functions, generators and class bodies, and frames kept after their function returned.
def walk(frame):
    names = []
    while frame is not None:
        names.append(frame.f_code.co_qualname)
        frame = frame.f_back
    return names


def capture():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame


class Widget:
    def __init__(self):
        self.frame = capture()

    @property
    def prop(self):
        return capture()

    def method(self):
        def nested():
            return capture()
        return nested()


w = Widget()
print(walk(w.frame))
print(walk(w.prop))
print(walk(w.method()))


def gen():
    yield capture()


print(walk(next(gen())))


class Body:
    frame = capture()
    listed = [capture() for _ in range(1)][0]


print(walk(Body.frame), walk(Body.listed))
kept = capture()
print(walk(kept), kept.f_code.co_name, kept.f_back.f_code.co_name)
print(sorted(kept.f_locals), "e" in kept.f_locals)
print(kept.f_globals is globals(), kept.f_builtins is kept.f_back.f_builtins)
