# types.GenericAlias forwards attributes to its origin except its own (ga_getattro) and lists
# both in dir() (ga_dir); its type is types.GenericAlias.
g = list[int]
print(type(g), type(g).__module__, repr(type(g)))
print(g.append is list.append, g.__name__, g.__qualname__, g.__module__, g.__origin__, g.__args__)
print(g.__class__, g.__doc__ == list.__doc__)
d = dir(g)
print(len(d) > 0, "__origin__" in d, "append" in d, d == sorted(d))
print(type(g).__getattribute__(g, "__origin__"), type(g).__dir__(g) == dir(g))
try:
    g.nope
except AttributeError as e:
    print(e)
print(g.__mro_entries__((g,)), g.__parameters__, g.__unpacked__, g.__typing_unpacked_tuple_args__)
print(type(g).__dir__(g)[-6:])
