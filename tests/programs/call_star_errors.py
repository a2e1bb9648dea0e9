"""Calls with *args/**kwargs (CALL_FUNCTION_EX) and keyword calls (CALL_KW): the errors
for bad iterables and mappings, duplicate keywords and their 3.14 wording."""


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: -> {result!r}")


def f(*args, **kwargs):
    return args, kwargs


def g(a, b=2, *, c=3):
    return a, b, c


class K:
    def method(self, *args, **kwargs):
        return args, kwargs

    @staticmethod
    def static(*args):
        return args

    @classmethod
    def klass(cls, *args):
        return cls.__name__, args


print(f(*[1, 2], *(3,), *"ab", **{"x": 1}, **{"y": 2}))
print(f(*range(3), z=1, **dict(w=2)))
print(g(*[1], **{"c": 5}), g(**{"a": 1, "b": 1}))
print(K().method(*[1], **{"k": 2}), K.static(*"xy"), K.klass(*[1]))
print(f(*(x for x in range(2))), f(**{k: v for k, v in [("a", 1)]}))

show("star int", lambda: f(*5))
show("star None", lambda: f(*None))
show("star int method", lambda: K().method(*5))
show("star int builtin", lambda: print(*5))
show("star int type", lambda: int(*5))
show("star int lambda", lambda: (lambda *a: a)(*5))
show("star int static", lambda: K.static(*5))
show("star int class method", lambda: K.klass(*5))
show("double star int", lambda: f(**5))
show("double star list", lambda: f(**[("a", 1)]))
show("double star None method", lambda: K().method(**None))
show("double star builtin", lambda: print(**5))
show("duplicate keyword", lambda: f(x=1, **{"x": 2}))
show("duplicate in two maps", lambda: f(**{"x": 1}, **{"x": 2}))
show("duplicate method", lambda: K().method(**{"a": 1}, **{"a": 2}))
show("duplicate builtin", lambda: print(**{"sep": 1}, **{"sep": 2}))
show("non-str key", lambda: f(**{1: 2}))
show("non-str key function", lambda: g(1, **{2: 3}))
show("non-str key builtin", lambda: print(**{1: 2}))
show("multiple values positional", lambda: g(1, **{"a": 2}))
show("unexpected keyword", lambda: g(1, **{"d": 4}))
show("keyword-only positional", lambda: g(1, 2, 3))


class BadIter:
    def __iter__(self):
        raise RuntimeError("iter failed")


class BadMapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        if key == "b":
            raise KeyError("missing b")
        return key.upper()


class KeysNotIterable:
    def keys(self):
        return 5

    def __getitem__(self, key):
        return key


class OnlyGetItem:
    def __getitem__(self, key):
        return key


show("iter raises", lambda: f(*BadIter()))
show("mapping getitem raises", lambda: f(**BadMapping()))
show("keys not iterable", lambda: f(**KeysNotIterable()))
show("mapping without keys", lambda: f(**OnlyGetItem()))


class GoodMapping:
    def keys(self):
        return iter(["p", "q"])

    def __getitem__(self, key):
        return key * 2


print(f(**GoodMapping()), g(**{"a": 0}, c=9))


class IterTypeError:
    def __iter__(self):
        raise TypeError("inner type error")


show("iter raising TypeError", lambda: f(*IterTypeError()))


class Callable:
    def __call__(self, *args, **kwargs):
        return "called", args, kwargs


print(Callable()(*[1], **{"a": 2}))
show("call non-callable with star", lambda: 5(*[1]))
show("call None with kwargs", lambda: None(**{"a": 1}))
show("star after keyword in method", lambda: K().method(1, *[2], k=3, *[4]))
