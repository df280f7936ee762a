# f-strings: expressions, nested quotes, braces escaping, method calls.
name = "World"
n = 3
print(f"Hello, {name}!")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{{literal}} {{{n}}}")
print(f"{'quoted'} {[1, 2][0]} {dict(a=1)['a']}")
print(f"{n if n > 2 else 0}", f"{'yes' if not n else 'no'}")
