# collections.Counter: counting, most_common, elements, arithmetic, comparisons.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({'x': 2}), Counter(a=1, b=2), Counter(['b', 'a', 'b']))
c.update('aaz')
c.update({'b': 10})
c.update(q=3)
print(c)
c.subtract('aaaaaaaaaa')
c.subtract({'q': 1}, b=1)
print(c)
del c['zz']
del c['q']
print(c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b, +Counter(a=-1, b=1, c=0), -Counter(a=-1, b=1))
x = Counter(a=3, b=1)
x += Counter(b=-1, c=2)
print(x)
x -= Counter(a=1, z=-5)
print(x)
x |= Counter(a=10)
print(x)
x &= Counter(a=4, c=9)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) < Counter(a=2),
      Counter(a=1) <= Counter(a=1), Counter(a=2, b=1) > Counter(a=1), Counter(a=1) >= Counter(b=1))
print(Counter(a=1) == {'a': 1}, Counter('ab').copy(), type(Counter('a').copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter({'a': 'x', 'b': 1}) if False else Counter(words='the cat the hat'.split()))
print(Counter('the cat the hat'.split()).most_common(1))
print(Counter(Counter('aab')), Counter(dict(a=1)) + Counter())
