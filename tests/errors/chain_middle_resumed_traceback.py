# A middle level of a suspended 4-level yield-from chain resumed directly and
# the innermost raises: the uncaught traceback starts at the direct caller
# and lists only the levels from that middle one down (not the outer
# levels that wait on it).
def innermost():
    yield 'ready'
    yield 'second'
    raise ArithmeticError('inner failure')


def level(n):
    if n == 0:
        return (yield from innermost())
    return (yield from level(n - 1))


top = level(3)
print(next(top))
mid = top.gi_yieldfrom.gi_yieldfrom
print(next(top))
next(mid)
