# ** is right-associative, binds tighter than unary minus; negative exponents give floats.
print(2 ** 10, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, (-2) ** 3)
print(2 ** -1, 10 ** -2)
print(0 ** 0, 1 ** 1000)
print(2.0 ** 0.5)
print(4 ** 0.5, 8 ** (1 / 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
