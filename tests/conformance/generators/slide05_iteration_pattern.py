# Slide 5: generators support the iteration pattern: for loops, list(), in, unpacking, iter(g) is g
def three():
    yield 1
    yield 2
    yield 3

g = three()
print(iter(g) is g)
print(hasattr(g, "__iter__"), hasattr(g, "__next__"))
print(list(three()))
print(2 in three(), 5 in three())
a, b, c = three()
print(a, b, c)
first, *rest = three()
print(first, rest)
print(sorted(three(), reverse=True), max(three()), tuple(three()))
print(dict(zip(three(), "xyz")))
print([x * 2 for x in three()])
g = three()
print(next(g), list(g), list(g))
