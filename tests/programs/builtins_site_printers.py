# copyright, credits and help as site installs them (_sitebuiltins._Printer and _Helper): reprs,
# types, calls through the non-terminal pager.

print(repr(copyright))
print(repr(credits))
print(repr(help))
print(type(copyright).__name__, type(copyright).__module__, type(help).__name__, type(help).__module__)
print(type(help).__doc__ == type(help).__doc__, repr(type(copyright).__doc__))
print(repr(type(help).__doc__))
copyright()
credits()
try:
    copyright(1)
except TypeError as e:
    print(e)
print(callable(license), callable(help))
