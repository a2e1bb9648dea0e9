# mappingproxy.__hash__ hashes the mapping (descrobject.c: mappingproxy_hash); tuples holding
# None or slices hash as 3.14 hashes them.
class C:
    pass
p = vars(C)
for call in [lambda: hash(p), lambda: type(p).__hash__(p)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
MP = type(p)
q = MP({"a": 1})
try:
    hash(q)
except TypeError as e:
    print(e)
class HashableMapping:
    def __getitem__(self, key):
        return key
    def __hash__(self):
        return 42
    def keys(self):
        return []
print(hash(MP(HashableMapping())), MP(HashableMapping()).__hash__())
print(hash((None, slice(1, 2), 3)) == hash((None, slice(1, 2), 3)))
