# Tuples: packing, indexing, count/index, concatenation, comparison, hashing.
t = 1, "two", 3.0
print(t, len(t), t[1], t[-1], t[::-1])
print((1, 2) + (3,), (0,) * 3, (1, 2, 3).count(2), (1, 2, 3).index(3))
print((1, 2) < (1, 3), (1, 2) == (1, 2), () == tuple(), (1,) != (1, 0))
d = {(1, 2): "pair"}
print(d[(1, 2)], hash((1, 2)) == hash((1, 2)))
print(tuple([1, 2]), tuple(range(3)), type(()).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
