# deque rotate/reverse, operators and comparisons.
from collections import deque

d = deque(range(5))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(12)
print(d)
d.rotate(-10 ** 9)
print(d)
deque().rotate(5)
d.reverse()
print(d)
d = deque(range(200))
d.rotate(70)
print(d[0], d[-1], d[69], d[70])
d.reverse()
print(d[0], d[-1], list(d)[:3])
for args in (('a',), (1.5,), (10 ** 30,), (1, 2)):
    try:
        d.rotate(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

a = deque([1, 2, 3])
print(a + deque([4]), a * 2, 2 * a, a * 0, a * -1)
b = a
b += [4, 5]
print(a, b is a)
a *= 2
print(a)
a += a
print(len(a))
a.extend(a)
a.extendleft(deque('xy'))
print(len(a), a[0], a[1])
for expr in (lambda: a + [1], lambda: [1] + a, lambda: a * 'x', lambda: a * 10 ** 30):
    try:
        expr()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e.__class__.__name__)

x, y = deque([1, 2, 3]), deque([1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2]) == deque([1, 2]), deque() == deque(), x == [1, 2, 3])
print(deque([1, 2]) == deque([1, 2], maxlen=5), deque('ab') > deque('a'))
try:
    x < [1]
except TypeError:
    print('TypeError for deque < list')
try:
    hash(x)
except TypeError:
    print('unhashable')

class D(deque):
    pass

s = D([1, 2], maxlen=4)
print(s, s.copy(), type(s.copy()).__name__, type(s + s).__name__, type(s * 2).__name__, s == deque([1, 2]))
r = deque()
r.append(r)
print(r)
