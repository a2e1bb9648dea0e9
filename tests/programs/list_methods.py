# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear, operators, and errors.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-2, "neg"); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-3), a)
print(a.index(1), a.index(5), a.count(1), a.count("zz"), a.index(4, 1, 5))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
show(lambda: a.remove("missing"))
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: a.index(42))
show(lambda: a.insert("x", 1))
show(lambda: a.pop("0"))
show(lambda: a.extend(5))
print([1, 2] + [3], [0] * 3, 2 * [None], [1, 2] * 0, [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0])
show(lambda: [1] + (2,))
show(lambda: [1] < ["a"])
show(lambda: [1] * 1.5)
x = [1, 2]
y = x
x += [3]; print(x, y, x is y)
x *= 2; print(x, y)
x += "ab"; print(x)
x = x + [0]; print(x, y, x is y)
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(reversed([1, 2, 3])), len([[], []]))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], [row[0] for row in nested], sum(nested[0]), nested.__len__(), 3 in nested[1], [4, 5] in nested[1])
rec = [1]
rec.append(rec)
print(rec, repr(rec), str([rec, rec]))
print(list.__name__, [].__class__.__name__, isinstance([], list), list.__mro__, hash.__name__)
show(lambda: hash([]))
