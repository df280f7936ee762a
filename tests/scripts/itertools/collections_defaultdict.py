# collections.defaultdict: __missing__, default_factory, repr, copy, |.
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d.default_factory, len(d), 'c' in d, d.get('c'), len(d))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(str, a=1), defaultdict(int, [(1, 2)]))
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(n.get('x', 'default'))
c = d.copy()
c['z'].append(0)
print(type(c).__name__, c, d.__copy__() == d)
print(defaultdict(list, a=[1]) | {'b': 2}, {'b': 2} | defaultdict(list, a=[1]))
m = defaultdict(set)
m |= {'k': {1}}
print(m, isinstance(m, dict), defaultdict.__name__)
d.default_factory = lambda: 'new'
print(d['q'])
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']))

class Rec(defaultdict):
    pass

r = Rec(list)
r[1].append(r)
print(type(r).__name__, len(r))
