# Sequence unpacking: tuples, lists, nested, swap, from any iterable.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
i, j, k = range(3)
print(i, j, k)
for n, (c, d) in enumerate([("a", 1), ("b", 2)]):
    print(n, c, d)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
