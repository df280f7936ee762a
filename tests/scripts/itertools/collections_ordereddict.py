# collections.OrderedDict: order operations, views, equality, repr.
from collections import OrderedDict

o = OrderedDict()
o['b'] = 1
o['a'] = 2
o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end('b')
print(list(o))
o.move_to_end('c', last=False)
print(list(o), list(reversed(o)))
print(o.popitem(), o.popitem(last=False), o)
o['a'] = 'updated'
print(o)
try:
    o.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

o = OrderedDict.fromkeys('abcde', 0)
del o['c']
o['c'] = 1
print(o, o.pop('a'), o.pop('zz', 'dflt'), o.setdefault('b', 5), o.setdefault('f', 6))
print(o.keys(), o.values(), o.items(), list(reversed(o.items())), list(reversed(o.values())))
print(OrderedDict([('x', 1)]), OrderedDict(), OrderedDict(a=1, b=2), OrderedDict({'k': 'v'}))

a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == {1: 1, 2: 2})
c = a.copy()
c[3] = 3
print(c, a, type(c).__name__, a | {5: 5}, {0: 0} | a)
a |= [(9, 9)]
print(a)
a.update({7: 7}, eight=8)
print(a, len(a), 7 in a)
a.clear()
print(a, len(a))

o = OrderedDict.fromkeys('xyz')
try:
    for k in o:
        o['new'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
o = OrderedDict()
o['self'] = o
print(o)
print('a' in OrderedDict(a=1).keys(), ('a', 1) in OrderedDict(a=1).items(), 1 in OrderedDict(a=1).values())
print(sorted(OrderedDict(a=1, b=2).keys() & {'a', 'z'}))
