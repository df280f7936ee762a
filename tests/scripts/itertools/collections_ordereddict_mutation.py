# OrderedDict iteration after changes: 'mutated' (order changed) vs sticky 'changed size'.
from collections import OrderedDict
for op in ["o['new']=1", "del o['y']", "o.move_to_end('x')", "o.move_to_end('z', last=False)", "o['y']=5", "o.pop('x')", "o.popitem()", "dict.__setitem__(o, 'q', 1)", "o.clear()", "o.update(a=1)"]:
    o = OrderedDict.fromkeys('xyz')
    it = iter(o)
    next(it)
    exec(op)
    try: print(op, list(it))
    except RuntimeError as e: print(op, 'RuntimeError', e)
    try: print(' again', list(it))
    except RuntimeError as e: print(' again RuntimeError', e)
o = OrderedDict.fromkeys('xyz')
it = iter(o.items()); next(it); o['w'] = 1
try: list(it)
except RuntimeError as e: print('items', e)
