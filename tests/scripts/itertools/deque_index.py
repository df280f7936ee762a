# deque indexing and search: [], index, count, insert, remove, del.
from collections import deque

d = deque(range(10))
print(d[0], d[-1], d[5], d[-10])
d[0] = 'first'
d[-1] = 'last'
print(d)
del d[1]
del d[-2]
print(d)
for bad in (10, -11, 'a', slice(1, 2), 10 ** 30, 1.0):
    try:
        d[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (20, 'a'):
    try:
        d[bad] = 0
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        del d[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

d = deque('abcabc')
print(d.index('b'), d.index('b', 2), d.index('c', -2), d.index('a', 0, 10 ** 30), d.count('a'), d.count('z'))
for args in (('z',), ('b', 2, 4), ('a', 'x'), ()):
    try:
        d.index(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d.remove('b')
print(d)
try:
    d.remove('z')
except ValueError as e:
    print('ValueError', e)

d = deque(range(5))
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
d.insert(0, 'zero')
print(d)
for args in ((1,), (1, 2, 3), ('a', 1)):
    try:
        d.insert(*args)
    except TypeError as e:
        print('TypeError', e)

# Against a list model, across block boundaries.
d = deque(range(300))
model = list(range(300))
for i in range(0, 300, 7):
    d.insert(i, -i)
    model.insert(i, -i)
for i in range(0, 200, 13):
    del d[i]
    del model[i]
print(list(d) == model, d[150] == model[150], d.index(model[200]) == model.index(model[200]))
