# itertools.starmap, compress, filterfalse, pairwise.
import itertools

print(list(itertools.starmap(pow, [(2, 3), (3, 2), [10, 0]])))
print(list(itertools.starmap(lambda *a: a, ['ab', (1,), ()])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('abc', [1, 1])), list(itertools.compress('ab', [0, 1, 1])))
print(list(itertools.compress(data=range(5), selectors=itertools.cycle([True, False]))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', [], [0]])))
print(list(itertools.filterfalse(lambda x: x % 3, range(10))))
print(list(itertools.filterfalse(bool, [0, 2])))
print(list(itertools.pairwise('abcd')), list(itertools.pairwise('a')), list(itertools.pairwise([])))

it = iter(range(5))
p = itertools.pairwise(it)
print(next(p), next(p), list(it), list(p))

for call in (lambda: itertools.starmap(pow), lambda: list(itertools.starmap(pow, [1])),
             lambda: itertools.starmap(pow, [(2, 3)], x=1), lambda: itertools.compress(),
             lambda: itertools.compress([1]), lambda: itertools.compress(1, [1]),
             lambda: itertools.filterfalse(None), lambda: itertools.pairwise(),
             lambda: itertools.pairwise(1), lambda: itertools.pairwise(iterable=[1]),
             lambda: itertools.pairwise([1], [2])):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
