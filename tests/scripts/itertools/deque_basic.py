# collections.deque: both ends, len/bool/iteration, repr, copy, clear.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft('ba')
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
print(list(d), list(reversed(d)), 3 in d, 'z' in d)
print(deque('abc'), deque(range(3)), deque(iter([1, 2])), deque(deque([1])))
e = d.copy()
e.append('new')
print(d, e, d.__copy__() == d, d.copy() is d)
d.clear()
print(d, len(d))
for method in (d.pop, d.popleft):
    try:
        method()
    except IndexError as err:
        print('IndexError', err)

# Across many blocks, both directions.
d = deque()
for i in range(1000):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[1000], sum(d))
while len(d) > 3:
    d.pop()
    d.popleft()
print(d)
q = deque()
total = 0
for i in range(10000):   # a queue: append right, pop left
    q.append(i)
    if len(q) > 100:
        total += q.popleft()
print(len(q), total, q[0], q[-1])

d = deque([1, 2])
d.__init__([7, 8, 9])
print(d, d.maxlen)
d.__init__('xy', 1)
print(d, d.maxlen)
print(deque.__name__, deque.__module__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(iter(d).__length_hint__(), reversed(deque('abc')).__length_hint__())
