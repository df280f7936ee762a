# Slide 19, as in the IPython session: the third next(g) ends with "StopIteration: 42" uncaught (exit 1).
def gen():
    yield 1
    yield 2
    return 42
g = gen()
print(next(g))
print(next(g))
next(g)
