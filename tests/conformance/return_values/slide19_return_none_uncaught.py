# Slide 19: a generator that returns nothing ends with a bare StopIteration (exit 1, no value shown)
def gen():
    yield 1
    return

g = gen()
print(next(g))
next(g)
