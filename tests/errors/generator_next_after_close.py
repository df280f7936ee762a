# next() on a closed generator: StopIteration, its frame is None.
def g():
    yield 1
x = g()
next(x)
x.close()
print(x.gi_frame)
print(next(x))
