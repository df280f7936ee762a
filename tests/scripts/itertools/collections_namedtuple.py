# collections.namedtuple: fields, defaults, rename, helpers, errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point.__doc__, Point.__new__.__doc__, Point.__module__)
print(Point.x.__doc__, Point.__match_args__, Point._field_defaults)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), p.__getnewargs__())
x, y = p
print(x + y, p + (3,), p * 2, hash(p) == hash((1, 2)))
print(Point._replace.__doc__)
print(Point.__new__.__qualname__, Point.__repr__.__qualname__, Point._asdict.__qualname__)

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[2, 3])
print(P3(1), P3(1, c=9), P3._field_defaults, P3.__new__.__defaults__)
print(namedtuple('One', 'a')(5), namedtuple('One', 'a').__doc__, namedtuple('Empty', '')())
print(namedtuple('Commas', 'a, b,c')._fields, namedtuple('Gen', (n for n in 'uv'))._fields)
print(namedtuple('R', ['a', 'def', '_c', 'a', '2x'], rename=True)._fields)
print(namedtuple('M', 'a', module='somewhere').__module__)

class Sub(namedtuple('Base', 'a b')):
    def total(self):
        return self.a + self.b

s = Sub(1, 2)
print(s, s.total(), type(s._replace(a=5)).__name__)

for stmt in ['p.x = 5', 'del p.x', 'Point(1)', 'Point(1, 2, 3)', 'Point(1, y=2, z=3)', 'Point._make([1])',
             'p._replace(z=1)', "namedtuple('1a', 'x')", "namedtuple('A', 'x x')", "namedtuple('A', '_x')",
             "namedtuple('A', 'def')", "namedtuple('class', 'x')", "namedtuple('A', ['x', 1])",
             "namedtuple('A', 'x', defaults=(1, 2))", "namedtuple('A', 'x', rename=True, verbose=True)"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, type(e).__name__, e)
