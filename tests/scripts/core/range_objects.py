# range: len, indexing, slicing, membership, negative steps, equality.
r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], r[2:4], list(r[::-1]))
print(11 in r, 12 in r, r.index(8), r.count(5))
print(list(range(5, 0, -2)), list(range(0)), len(range(10, 0)), list(range(-3, 3)))
print(range(0, 3) == range(3), range(0) == range(2, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
