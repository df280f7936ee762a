# deque mutated while iterated or searched: RuntimeError (IndexError for remove).
from collections import deque

for op in ('rotate(1)', 'reverse()', 'append(1)', 'appendleft(1)', '__setitem__(0, 5)', 'clear()',
           'extend([])', 'remove(2)', 'insert(1, 1)', '__delitem__(0)', 'pop()', 'popleft()',
           '__imul__(1)', '__imul__(2)', '__iadd__([])', 'copy()', 'index(1)', 'count(1)'):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    eval('d.' + op)
    try:
        print(op, list(it))
    except RuntimeError as e:
        print(op, 'RuntimeError', e)
    try:
        next(it)
    except RuntimeError as e:
        print('  again: RuntimeError', e)
    except StopIteration:
        print('  again: StopIteration')

class Mutator:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False

for method in ('count', 'index', 'remove', '__contains__'):
    d = deque([1, 2])
    d.appendleft(Mutator(d))
    try:
        print(getattr(d, method)(3))
    except (RuntimeError, IndexError, ValueError) as e:
        print(method, type(e).__name__, e)

d = deque([1, 2, 3])
r = reversed(d)
next(r)
d.pop()
try:
    next(r)
except RuntimeError as e:
    print('reversed: RuntimeError', e)
