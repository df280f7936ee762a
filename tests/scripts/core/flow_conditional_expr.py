# Conditional expressions and short-circuiting and/or returning operands.
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, [] and 5)
print(not 0, not [1], None or 0 or "last")
def noisy(v):
    print("noisy", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
