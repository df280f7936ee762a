# itertools.accumulate: default addition, a function, initial, errors.
import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate('abc')))
print(list(itertools.accumulate([1, 2], initial=10)))
print(list(itertools.accumulate([], initial=10)))
print(list(itertools.accumulate([])))
print(list(itertools.accumulate([1, 2, 3], initial=None)))
print(list(itertools.accumulate(iterable=[1, 2], func=lambda a, b: a - b)))
print(list(itertools.accumulate([[1], [2], [3]])))
print(list(itertools.accumulate([0.1] * 4)))

calls = []
def f(a, b):
    calls.append((a, b))
    return a + b

print(list(itertools.accumulate([1, 2, 3], f, initial=100)), calls)

try:
    list(itertools.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)
for args, kwargs in [((), {}), ((1,), {}), (([1], None, None), {}), (([1],), {'x': 1})]:
    try:
        itertools.accumulate(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
