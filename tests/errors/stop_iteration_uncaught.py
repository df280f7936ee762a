# next() on an exhausted iterator at module level: uncaught StopIteration.
it = iter([1])
print(next(it))
next(it)
