# Two outer generators delegate to one shared inner generator; while a
# resumes it, the inner generator resumes b, which tries to resume the
# running inner: b gets ValueError "generator already executing" at its
# `yield from` (and finishes with it); a and the inner carry on.
import inspect


def inner():
    yield 'first'
    try:
        next(b)
    except ValueError as e:
        print('  inner saw from b:', e)
    yield 'second'
    yield 'third'


def outer(name, sub):
    try:
        yield from sub
    except ValueError as e:
        print(' ', name, 'caught at its yield from:', e)
        raise


shared = inner()
a = outer('a', shared)
b = outer('b', shared)
print(next(a))
b_started = False
print(next(a))
print([inspect.getgeneratorstate(g) for g in (a, b, shared)])
print(next(a))
a.close()
print([inspect.getgeneratorstate(g) for g in (a, b, shared)])
