# Evaluation order: operands, call arguments, subscripts, dict literals, assignment targets and chained assignment.
def t(label, value=None):
    print("eval", label)
    return label if value is None else value
print(t("a") + t("b", "b") * t("c", 2))
print(t("f", lambda *a, **k: (a, k))(t("x"), t("y"), kw=t("z"), **{t("k", "kk"): t("v")}))
d = {t("k1"): t("v1"), t("k2"): t("v2"), **{t("k3"): t("v3")}}
print(d)
lst = [0, 0, 0]
lst[t("idx", 1)] = t("rhs", 9)
print(lst)
class O:
    pass
obj = O()
t("target", obj).attr = t("value", 5)
print(obj.attr)
a = b = t("chained", [])
print(a is b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 5
print(i, x)
print(t("cond") if t("test", True) else t("else"))
print(t("left", 0) or t("right", 2), t("l2", 1) and t("r2", 3))
print([t(f"item{n}") for n in range(2)], (t("tuple1"), t("tuple2")))
counter = [0]
def nxt():
    counter[0] += 1
    return counter[0]
print(nxt() - nxt() * nxt(), nxt() ** nxt(), [nxt(), nxt()][nxt() - 9])
s = {}
s[t("key", "k")] = s.get(t("getkey", "k"), 0) + 1
print(s)
y = 10
y += t("aug", 5)
print(y)
lst = [1, 2, 3]
lst[t("ai", 0)] += t("av", 100)
print(lst)
print(t("cmp1", 1) < t("cmp2", 2) < t("cmp3", 0) < t("cmp4", 5))
def defaults(a=t("default evaluated at def time")):
    return a
print(defaults())
print(f"{t('f1')}{t('f2')}")
print(t("base", "abc")[t("start", 0):t("stop", 2)])
print({t("set1", 1), t("set2", 2)})
print(t("func", max)(t("arg1", 1), *[t("star", 3)], t("arg2", 2)))
