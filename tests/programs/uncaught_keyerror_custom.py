# Uncaught KeyError (its repr-style message) raised inside a method of a dict subclass.
class Registry(dict):
    def require(self, name):
        print("looking up", name)
        return self[name]
r = Registry(alpha=1)
print(r.require("alpha"))
r.require("beta")
