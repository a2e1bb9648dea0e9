def show(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
type A = int
type B[T, *Ts, **P] = tuple[T, *Ts]
print(A, B, type(A), type(B).__module__, B.__type_params__, A.__value__)
T, Ts, P = B.__type_params__
print([type(p).__name__ for p in B.__type_params__], [p.__name__ for p in B.__type_params__])
print(T.__bound__, T.__constraints__, T.__default__, T.has_default(), T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(P.__bound__, P.__default__, Ts.__default__, type(T).__module__)
print(B[int, str], A | None, int | T, T | int, T | P)
show(lambda: A[int])
def f[X: (int, str) = int, Y: list[X] = list](a: X) -> Y:
    return a
X, Y = f.__type_params__
print(X.__constraints__, X.__default__, Y.__bound__, Y.__default__, X.has_default(), f(1))
type Later = Missing
show(lambda: Later.__value__)
Missing = 5
print(Later.__value__)
class G[K, V = None]:
    def get(self, k: K) -> V:
        return k
print(G.__type_params__, G.__bases__, G.__mro__, G[int, str], G().get(3))
print(G.__type_params__[1].__default__)
class H[Z](G[Z, int]):
    pass
print(H.__bases__, H.__orig_bases__, H().get(4), H.__type_params__)
g = G[int, str]()
print(type(g).__name__, g.__orig_class__)
class Plain(list[int]):
    pass
print(Plain.__bases__, Plain.__orig_bases__, Plain([1, 2]))
show(lambda: T.__name__)
def outer[Q]():
    def inner[R]() -> Q:
        return R
    return inner
print(outer.__type_params__, outer().__type_params__, outer()())
