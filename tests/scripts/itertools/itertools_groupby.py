# itertools.groupby: consecutive groups, key functions, invalidated groupers.
import itertools

print([(k, list(g)) for k, g in itertools.groupby('aaabccaa')])
print([(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([(k, ''.join(g)) for k, g in itertools.groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])])
print(list(itertools.groupby([])))
print([k for k, _ in itertools.groupby('aabbbc')])

# Advancing the groupby invalidates the previous group.
g = itertools.groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))

g = itertools.groupby('aab')
k, group = next(g)
print(next(group))
print(next(g)[0], list(group))

# A partly consumed group is skipped.
g = itertools.groupby('xxxyz')
k, group = next(g)
next(group)
print([key for key, _ in g])

# Keys are computed once per item.
calls = []
def key(x):
    calls.append(x)
    return x // 10

print([(k, list(v)) for k, v in itertools.groupby([1, 2, 11, 12, 21], key)], calls)
print([(k, list(v)) for k, v in itertools.groupby(iterable=[1, 1, 2], key=None)])
print(type(next(itertools.groupby('a'))[1]).__name__)

for call in (lambda: itertools.groupby(), lambda: itertools.groupby(1), lambda: itertools.groupby([1], x=1),
             lambda: itertools._grouper(1, 2), lambda: itertools._grouper()):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
