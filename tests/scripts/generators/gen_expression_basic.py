# Generator expressions are lazy, single-pass iterators.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g))
print(list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bbb", "cc"]))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
nested = (list(c for c in w) for w in ["hi", "yo"])
print(list(nested))
