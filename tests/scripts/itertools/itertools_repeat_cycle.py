# itertools.repeat and itertools.cycle.
import itertools
import operator

r = itertools.repeat('x', 3)
print(r, operator.length_hint(r))
print(list(r), r, r.__length_hint__())
print(itertools.repeat([1, 2]), itertools.repeat(None, -4), itertools.repeat(1, times=2))
print(itertools.repeat(object=1, times=0))
print(list(map(pow, range(4), itertools.repeat(2))))
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
for args, kwargs in [((), {}), ((1, 'a'), {}), ((1, 1.5), {}), ((1, 10 ** 30), {}), ((1, 2, 3), {}), ((1,), {'x': 2})]:
    try:
        itertools.repeat(*args, **kwargs)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

class R(itertools.repeat):
    pass

print(R('a'), R('a', 2))

c = itertools.cycle('abc')
print([next(c) for _ in range(8)])
print(list(itertools.cycle([])))

def gen():
    print('generating')
    yield 1
    yield 2

c = itertools.cycle(gen())
print([next(c) for _ in range(5)])  # the source is read once
for args in [(), ([1], [2]), (1,)]:
    try:
        itertools.cycle(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    itertools.cycle(iterable=[1])
except TypeError as e:
    print('TypeError', e)
