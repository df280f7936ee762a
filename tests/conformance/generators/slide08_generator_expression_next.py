# Slide 8: generator expressions follow the same protocol: next() advances, StopIteration at the end
g = (x * x for x in range(3))
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
lazy = (print("computing", x) or x for x in range(3))
print("nothing computed yet")
print(next(lazy))
print(sum(x for x in range(101)))
