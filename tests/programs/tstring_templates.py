# t-strings (PEP 750): Template objects, their strings and interpolations, conversions and format specs.
name, count = "World", 3
t = t"Hello {name}! You have {count:>4} items {name!r}."
print(type(t).__name__, type(t).__module__)
print(t.strings)
print([(i.value, i.expression, i.conversion, i.format_spec) for i in t.interpolations])
print(t.values)
print([type(part).__name__ for part in t])
for part in t:
    print(repr(part) if isinstance(part, str) else (part.value, part.expression, part.conversion, part.format_spec))
empty = t""
print(empty.strings, empty.interpolations, list(empty))
only = t"{count}"
print(only.strings, only.values)
adjacent = t"{name}{count}"
print(adjacent.strings, len(adjacent.interpolations))
w = 6
nested = t"{count:{w}d} {count * 2 = } {[1, 2]!s:^10}"
print(nested.strings, [(i.value, i.expression, i.conversion, i.format_spec) for i in nested.interpolations])
combined = t"a{1}" + t"b{2}"
print(combined.strings, combined.values)
def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = part.value
            if part.conversion == "r":
                value = repr(value)
            elif part.conversion == "s":
                value = str(value)
            out.append(format(value, part.format_spec))
    return "".join(out)
print(render(t), "|", render(nested))
try:
    t"x" + "y"
except TypeError as e:
    print("TypeError:", e)
try:
    "y" + t"x"
except TypeError as e:
    print("TypeError:", e)
print(t"{'multi'} {'parts'}" .strings, rt"\n{name}".strings, t"{{literal}}".strings)
