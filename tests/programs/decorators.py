# Decorators: plain, with arguments, stacked order, class decorators, decorating methods, arbitrary expressions.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    wrapper.__name__ = "traced_" + func.__name__
    wrapper.__wrapped__ = func
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__.__name__)
def repeat(times):
    print("repeat factory called with", times)
    def decorate(func):
        print("decorating", func.__name__)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
def tag(label):
    def deco(func):
        print("applying", label)
        def wrapper():
            return f"<{label}>{func()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Service:
    pass
print(registry, Service.registered)
def add_method(cls):
    cls.greet = lambda self: f"greetings from {type(self).__name__}"
    return cls
@add_method
@register
class Person:
    pass
print(Person().greet(), registry)
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
decorators = {"up": lambda f: lambda: f().upper()}
@decorators["up"]
def shout():
    return "quiet"
print(shout())
@(lambda f: f())
def immediately_called():
    return "called at definition"
print(immediately_called)
def count_calls(func):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return func(*a, **k)
    wrapper.calls = 0
    return wrapper
class Widget:
    @count_calls
    def render(self):
        return "render"
    @staticmethod
    @count_calls
    def helper():
        return "helper"
    @property
    @count_calls
    def size(self):
        return 3
w = Widget()
w.render(); w.render(); Widget.helper()
print(Widget.render.calls, Widget.helper.calls, w.size, Widget.size.fget.calls)
def returns_none(func):
    return None
@returns_none
def gone():
    pass
print(gone)
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def both():
    pass
print(order)
