# Errors raised in class bodies, decorators and default-argument expressions show those frames.
def decorate(fn):
    return fn.missing_attribute


def factory():
    class Local:
        value = int("not a number") if False else 1

        @decorate
        def method(self):
            pass

    return Local


factory()
