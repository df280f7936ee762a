# deque method argument errors.
from collections import deque

d = deque([1, 2, 3])
for name, args in [('append', ()), ('append', (1, 2)), ('pop', (1,)), ('extend', ()), ('count', ()),
                   ('count', (1, 2)), ('remove', ()), ('copy', (1,)), ('clear', (1,)), ('reverse', (1,)),
                   ('index', ()), ('index', (1, 2, 3, 4)), ('extendleft', ()), ('rotate', (1, 2)),
                   ('insert', (1,)), ('insert', (1, 2, 3))]:
    try:
        getattr(d, name)(*args)
    except TypeError as e:
        print(name, e)
print(d.rotate(), d)
print(deque.__class_getitem__(int), deque[str])
print(d.__sizeof__() > 0)
