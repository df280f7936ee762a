# An uncaught exception from the innermost of a 4-level yield-from chain: the
# printed traceback lists the driver, every level's `yield from` line, then
# the raise.
def innermost():
    yield 'ready'
    raise LookupError('nothing at the bottom')


def level(n):
    if n == 0:
        return (yield from innermost())
    return (yield from level(n - 1))


def drive(top):
    print(next(top))
    next(top)


drive(level(3))
