# Function parameters: defaults, *args, **kwargs, keyword-only and positional-only, and call forms.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5))
print(f(1, c=3, e=6, d=0))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
print(f(c=1, a=2))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def kwargs_named_like_pos(a, /, **kw):
    return a, kw
print(kwargs_named_like_pos(1, a=2))
def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
n = 10
def late(v=n):
    return v
n = 20
print(late())
def varargs(*args):
    return args
print(varargs(), varargs(1), varargs(*range(3), 4, *"ab"))
def varkw(**kw):
    return sorted(kw.items())
print(varkw(), varkw(a=1, **{"b": 2}), varkw(**dict(x=1), y=2))
print(f.__defaults__, f.__kwdefaults__, pos_only.__defaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount,
      pos_only.__code__.co_posonlyargcount, f.__code__.co_varnames)
def order(*, b, a):
    return a, b
print(order(a=1, b=2), order(b=1, a=2))
def all_kinds(p1, p2=20, /, n1=30, *va, k1, k2=50, **vk):
    return p1, p2, n1, va, k1, k2, vk
print(all_kinds(1, k1=4))
print(all_kinds(1, 2, 3, 4, 5, k1=6, k2=7, extra=8))
print(all_kinds(1, n1=3, k1=4, p2=99))
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b=1, *, c=2: a + b + c)(10, c=5))
