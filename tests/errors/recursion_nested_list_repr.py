# repr() of a 100,000-deep nested list: RecursionError, no stack overflow.
x = []
for i in range(100000):
    x = [x]
repr(x)
