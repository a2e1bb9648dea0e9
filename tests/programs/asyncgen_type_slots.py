# The async generator type's slots: __del__ closes it, __sizeof__, __class_getitem__, the
# read-only ag_running member.
async def agen():
    try:
        yield 1
    finally:
        print("fin")
g = agen()
print(g.ag_running, type(g).__sizeof__(g) > 0, type(g)[int])
a = g.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value)
type(g).__del__(g)
print("after del")
try:
    type(g).ag_running.__set__(g, True)
except AttributeError as e:
    print(e)
