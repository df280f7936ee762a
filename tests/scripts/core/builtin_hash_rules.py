# hash() rules that don't depend on randomisation: ints, equal numbers hash equal, tuples.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(42), hash(-1), hash(2 ** 64) == hash(2 ** 64), hash((1, 2)) == hash((1, 2)))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
