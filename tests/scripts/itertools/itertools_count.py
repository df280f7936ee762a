# itertools.count: int, float and big-int counting, steps, repr, argument errors.
import itertools

c = itertools.count()
print([next(c) for _ in range(3)], c)
c = itertools.count(10, -3)
print([next(c) for _ in range(4)], c)
c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(4)], c)
c = itertools.count(0, 0.1)
print([next(c) for _ in range(4)], c)   # repeated addition, as CPython
c = itertools.count(2 ** 62 - 2)
print([next(c) for _ in range(4)], c)
c = itertools.count(-2 ** 63 - 1, 2 ** 64)
print([next(c) for _ in range(3)], c)
c = itertools.count(step=2)
print(next(c), next(c), c)
c = itertools.count(start=5, step=0)
print(next(c), next(c), c)

# A bool start with the default step counts in plain ints; other steps keep it.
c = itertools.count(True)
print(c, repr(next(c)), repr(next(c)))
c = itertools.count(True, 2)
print(c, repr(next(c)), repr(next(c)))
print(itertools.count(0, True), itertools.count(0, 1.0), itertools.count(1.0))

class Sub(itertools.count):
    pass

print(Sub(3), Sub(3, 2), isinstance(Sub(), itertools.count))

for args, kwargs in [(('a',), {}), ((1, 'a'), {}), ((1, 2, 3), {}), ((), {'x': 1}), ((None,), {})]:
    try:
        itertools.count(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

print(list(zip(itertools.count(1), 'abc')))
