# collections.ChainMap: lookup order, writes to the first map, children.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm, cm['user'], cm['color'], cm.get('x'), cm.get('x', 0), len(cm), list(cm), 'color' in cm)
print(list(cm.keys()), list(cm.values()), list(cm.items()), cm.keys())
cm['color'] = 'blue'
print(env, defaults)
try:
    del cm['user']
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['x'] = 1
print(child, child.parents, child.maps[0], cm.new_child({'m': 1}, k=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys('ab', 0))
print(cm.copy(), cm.pop('color'), cm.pop('nope', None))
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(ChainMap({1: 1}) | {2: 2}, {2: 2} | ChainMap({1: 1}), ChainMap({'a': 1}) == {'a': 1})
cm = ChainMap({'a': 1})
cm |= {'b': 2}
cm.update(c=3)
print(cm, cm.setdefault('a', 9), cm.setdefault('d', 4))
cm.clear()
print(cm)
