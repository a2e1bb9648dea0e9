# builtins.__loader__: the BuiltinImporter class, its class and static methods.
import sys
B = sys.modules['builtins'].__loader__
print(B, B.__name__, B.__module__, B.__mro__, repr(B.__doc__), B._ORIGIN, B.__static_attributes__)
print(sorted(n for n in dir(B)))
class S: name = 'nope'
for a in [lambda: B.get_code('x'), lambda: B.get_source('sys'), lambda: B.is_package('sys'), lambda: B.find_spec('sys'),
          lambda: B.find_spec('nope'), lambda: B.create_module(S()),
          lambda: B.exec_module(sys), lambda: B.load_module('sys'), lambda: B.load_module('nope'), lambda: type(B())]:
    try: print(a())
    except Exception as e: print(type(e).__name__, e, getattr(e, 'name', None))
print(sys.__spec__.loader is B, __loader__ is B)
