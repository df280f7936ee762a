# Set algebra on int sets: union, intersection, difference, symmetric difference, subsets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.isdisjoint({7, 8}), a.issubset(range(10)))
print(len(a), 3 in a, 9 in a, set() == set(), {1, 2} == {2, 1})
