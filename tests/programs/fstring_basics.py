# f-strings: expressions, nested quotes, nested f-strings, conversions, self-documenting '=', braces.
x, y, name = 10, 3.5, "World"
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"Hello, {name}!", f"{x + 1}", f"{x * y:.2f}", f"{items[0]}{items[-1]}", f"{d['key']}", f'{d["n"]}')
print(f"{x=}", f"{y = }", f"{name=!s}", f"{name=!r:>10}", f"{x*2=:04d}", f"{items=}", f"{ x = }")
print(f"{{literal}}", f"{{{x}}}", f"}}{x}{{", f"{'{'}{'}'}")
print(f"{f'{x}'}", f"{f'{f"{name}"}'}", f"{'nested' + f'{x:>{x - 6}}'}")
print(f"{'a' if x > 5 else 'b'}", f"{(lambda v: v * 2)(x)}", f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }")
print(f"{x:>{x}}|", f"{name:{'^'}{12}}|", f"{y:{'.'}{'3'}}", f"{3.14159:.{x - 7}f}")
print(f"{name!r}", f"{name!a}", f"{'é'!a}", f"{name!s:*^11}")
print(f"multi{
    x
    + 1
}line", f"""triple {name}
quoted {x}""")
print(f"{x:#x}{x:#o}{x:b}", f"{1e6:,.0f}", f"{-x:+}", f"{None}", f"{True!r}", f"{b'b'}")
print(f"{'\n'.join(['a', 'b'])}", f"{'\\'}", f"{"same quotes"}", f"{x # a comment
}")
print(rf"\d{x}\n", fr"{name}\t", f"{x}" f"{y}" "plain" f"{name}")
width = 5
print("\n".join(f"{i:>{width}}|{i * i:<{width}}|{i ** 3:^{width}}" for i in range(1, 6)))
class A:
    attr = "attr!"
    def method(self):
        return "m!"
a = A()
print(f"{a.attr}{a.method()}{A.attr!r:>9}", f"{len(name)}", f"{name[::-1]}", f"{name.upper():.3}")
