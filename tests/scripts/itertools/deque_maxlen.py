# deque(maxlen=...): trimming at the opposite end, repr, limits.
from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
d = deque(maxlen=0)
d.append(1)
d.extend(range(5))
print(d, d.maxlen)

consumed = []
def gen():
    for i in range(3):
        consumed.append(i)
        yield i

d.extend(gen())
print(consumed)   # the iterable is consumed even when nothing is kept
print(deque('abcdef', 4), deque([1], maxlen=None), deque(maxlen=2).maxlen, deque().maxlen)
d = deque([1, 2, 3], maxlen=3)
try:
    d.insert(1, 'x')
except IndexError as e:
    print('IndexError', e)
d = deque([1, 2], maxlen=3)
d.insert(0, 0)
print(d)
print(d.copy(), d + deque([9]), d * 2)
d *= 5
print(d)
for kwargs in ({'maxlen': -1}, {'maxlen': 'a'}, {'maxlen': 1.5}, {'maxlen': 10 ** 30}, {'x': 1}):
    try:
        deque(**kwargs)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    deque([1], 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    d.maxlen = 5
except AttributeError as e:
    print('AttributeError')
