# f-string conversions !r !s !a and the = specifier.
s = "héllo"
print(f"{s!r} {s!s} {s!a}")
x = 42
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{s=!s}", f"{x=:5}|")
print(f"{3.5=:.2f}")
