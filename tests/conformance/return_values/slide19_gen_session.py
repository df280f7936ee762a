# Slide 19: the gen() session — next(g) gives 1, then 2, and the third next(g) ends with an uncaught "StopIteration: 42" (exit 1)
def gen():
    yield 1
    yield 2
    return 42

g = gen()
print(next(g))
print(next(g))
next(g)
