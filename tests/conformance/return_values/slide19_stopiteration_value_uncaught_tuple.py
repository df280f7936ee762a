# Slide 19: an uncaught StopIteration shows the returned value: here a tuple (exit 1)
def gen():
    yield "x"
    return ("done", 2)

g = gen()
print(next(g))
next(g)
