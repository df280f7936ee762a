# operator.itemgetter, attrgetter, methodcaller.
import operator as op
from collections import namedtuple

get1 = op.itemgetter(1)
get_many = op.itemgetter(0, 2)
print(get1('abc'), get_many('abc'), get1({1: 'one'}), op.itemgetter(slice(1, None))([1, 2, 3]))
print(repr(get1), repr(get_many), repr(op.itemgetter('k')))
rows = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(1, 0)))
P = namedtuple('P', 'name address')
A = namedtuple('A', 'city')
p = P('ann', A('paris'))
print(op.attrgetter('name')(p), op.attrgetter('address.city')(p), op.attrgetter('name', 'address.city')(p))
print(repr(op.attrgetter('a.b', 'c')))
up = op.methodcaller('upper')
rep = op.methodcaller('replace', 'a', 'o', 1)
split = op.methodcaller('split', sep=',', maxsplit=1)
print(up('abc'), rep('banana'), split('a,b,c'), repr(rep), repr(split))
for call in (lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1),
             lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.attrgetter('zz')(p),
             lambda: op.itemgetter(5)([1])):
    try:
        call()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
