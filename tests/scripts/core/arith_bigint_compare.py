# Big ints compare and hash-compare with small ints and floats correctly.
a = 2 ** 80
print(a > 2 ** 79, a < 2 ** 81, a == 2 ** 80, a != a + 1)
print(a == float(a), a + 1 == float(a))
print(2 ** 62 == 4611686018427387904, 2 ** 63 - 1 == 9223372036854775807)
d = {2 ** 70: "big", 1: "one"}
print(d[2 ** 70], d[1])
print(sorted([2 ** 65, -(2 ** 65), 0, 3, -3]))
print(max(2 ** 64, 2 ** 63), min(-(2 ** 64), 5))
