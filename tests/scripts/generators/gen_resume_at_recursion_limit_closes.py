# A suspended generator resumed (next(), send(), a for loop, yield from)
# where no recursion level is left is closed without running any of its
# code: RecursionError at the resumption, the generator GEN_CLOSED, and its
# finally block never runs (CPython's frame fails to start).
import inspect


def counter():
    try:
        while True:
            yield 1
    finally:
        print('finally ran')


def first_in_for(gen):
    for item in gen:
        return item


def through_yield_from(gen):
    # The level above stays alive between attempts (dropping it would close
    # the generator); it delegates to `gen` from its second step on.
    if not hasattr(through_yield_from, 'outer'):
        def outer():
            yield 'start'
            yield from gen
        through_yield_from.outer = outer()
        next(through_yield_from.outer)
    return next(through_yield_from.outer)


def probe(label, resume):
    gen = counter()
    next(gen)

    def descend(n):
        if n == 0:
            return resume(gen)
        return descend(n - 1)

    for depth in range(960, 1000):
        try:
            descend(depth)
        except RecursionError as e:
            print(label, 'at depth', depth, type(e).__name__, e, inspect.getgeneratorstate(gen))
            return
    print(label, 'no RecursionError')


probe('next', next)
probe('send', lambda gen: gen.send(None))
probe('for', first_in_for)
probe('yield from', through_yield_from)
