# float methods: is_integer, as_integer_ratio, hex-free conversions, int rounding.
print((3.0).is_integer(), (3.5).is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(float("1e3"), float("  2.5  "), float("-0"))
print(int(1e20))
print(1e20 == 10 ** 20, 1e23 == 10 ** 23)
print(max(1, 2.5), min(-1, -1.5))
