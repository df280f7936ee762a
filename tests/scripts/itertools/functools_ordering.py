# functools.total_ordering and cmp_to_key.
import functools

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), a >= Version(1))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__gt__.__doc__)
print(Version.__le__.__doc__)
print(Version.__ge__.__doc__)
try:
    a <= 3
except TypeError as e:
    print('TypeError', e)

@functools.total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n

print(Desc(3) > Desc(2), Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc.__lt__.__doc__)
try:
    functools.total_ordering(type('Plain', (), {}))
except ValueError as e:
    print('ValueError', e)

def numeric(x, y):
    return x - y

print(sorted([5, 1, 4], key=functools.cmp_to_key(numeric)))
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
K = functools.cmp_to_key(numeric)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj, type(K).__name__)
try:
    K(1) < 2
except TypeError as e:
    print('TypeError', e)
try:
    hash(K(1))
except TypeError:
    print('unhashable')
print(max([3, 7, 5], key=functools.cmp_to_key(numeric)))
