# repr() of a 100,000-deep nested dict: RecursionError, no stack overflow.
x = {}
for i in range(100000):
    x = {1: x}
repr(x)
